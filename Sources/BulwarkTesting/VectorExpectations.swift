public import Foundation
public import Testing

/// Runs every vector in a vector file (the IAM test-vector format) and records one issue, at the caller's
/// line, per vector whose decision differs from its `expect`, and one per problem in a malformed file.
///
/// ```swift
/// @Test func bucketPolicyVectors() throws {
///     let url = try #require(Bundle.module.url(forResource: "bucket-policy", withExtension: "json"))
///     expectVectorsHold(contentsOf: url)
/// }
/// ```
///
/// - Returns: how many vectors were checked (those with an `expect`).
@discardableResult
public func expectVectorsHold(
    contentsOf url: URL,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> Int {
    guard let data = try? Data(contentsOf: url) else {
        Issue.record("cannot read the vector file \(url.path)", sourceLocation: sourceLocation)
        return 0
    }
    return expectVectorsHold(data, file: url.lastPathComponent, sourceLocation: sourceLocation)
}

/// Runs every vector in vector-file bytes named `file` (for messages); see ``expectVectorsHold(contentsOf:sourceLocation:)``.
///
/// - Returns: how many vectors were checked (those with an `expect`).
@discardableResult
public func expectVectorsHold(
    _ bytes: some Collection<UInt8>,
    file: String,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> Int {
    // A vector that cannot be read is reported; the file's other vectors still run.
    let contents = IAMTestVector.decodeEach(bytes, file: file)
    for line in contents.error?.description.split(separator: "\n") ?? [] {
        Issue.record(Comment(rawValue: String(line)), sourceLocation: sourceLocation)
    }
    var checked = 0
    for vector in contents.vectors {
        guard let expected = vector.expected else { continue }
        checked += 1
        let evaluation = vector.evaluate()
        if evaluation.decision != expected {
            Issue.record(
                Comment(
                    rawValue: """
                        \(vector.source) '\(vector.name)': expected \(expected), got \(evaluation.decision)
                        because: \(vector.because ?? "(no reason given)")
                        \(evaluation.explanation)
                        """
                ),
                sourceLocation: sourceLocation
            )
        }
    }
    return checked
}
