// libFuzzer harness: wildcard and policy-variable matching.
//
// The input is split at the first NUL into a pattern and a subject. Glob results are checked against a
// quadratic reference matcher on small inputs; ActionPattern, ResourcePattern and PolicyTemplate run on
// the same text. Then the pattern and subject are repeated to ~100 KB each and matched again: that must
// finish within a time bound, which catches super-linear matching that small inputs hide.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMatching(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let split = bytes.firstIndex(of: 0) ?? bytes.count
    let pattern = String(decoding: bytes[..<split], as: UTF8.self)
    let subject = String(decoding: bytes[min(split + 1, bytes.count)...], as: UTF8.self)

    for ignoreCase in [false, true] {
        let glob = Glob(pattern, caseInsensitive: ignoreCase)
        let expected = referenceMatch(Glob.elements(wildcardText: pattern), Array(subject.utf8), ignoreCase)
        if let expected, glob.matches(subject) != expected {
            fatalError("Glob(\(pattern.debugDescription)) on \(subject.debugDescription): expected \(expected)")
        }
    }
    _ = ActionPattern(pattern).matches(subject)
    _ = ResourcePattern(pattern).matches(subject)
    let context: RequestContext = ["aws:username": .string(subject), "aws:TagKeys": ["a", "b"]]
    let template = PolicyTemplate(pattern, variablesEnabled: true)
    if let elements = template.resolve(in: context, wildcards: true) {
        _ = Glob(elements: elements, caseInsensitive: false).matches(subject)
    }
    _ = template.resolvedText(in: context)

    // Amplified: the same shapes at ~20-50 KB must stay fast. Two ways: repeat the whole text, and
    // stretch every byte (so `*ab` becomes `*aaaa…bbbb`, a long segment after a star).
    guard !pattern.isEmpty, !subject.isEmpty else { return 0 }
    let stretch = max(1, 4_000 / pattern.utf8.count)
    let shapes = [
        (
            "*" + String(repeating: pattern, count: max(1, 8_000 / pattern.utf8.count)),
            String(repeating: subject, count: max(1, 40_000 / subject.utf8.count))
        ),
        (
            String(decoding: pattern.utf8.flatMap { repeatElement($0, count: stretch) }, as: UTF8.self),
            String(
                decoding: subject.utf8.flatMap { repeatElement($0, count: max(1, 40_000 / subject.utf8.count)) },
                as: UTF8.self
            )
        ),
    ]
    for (bigPattern, bigSubject) in shapes {
        let start = DispatchTime.now().uptimeNanoseconds
        _ = Glob(bigPattern, caseInsensitive: true).matches(bigSubject)
        _ = ResourcePattern("arn:aws:s3:::" + bigPattern).matches("arn:aws:s3:::" + bigSubject)
        _ = PolicyTemplate(bigPattern, variablesEnabled: true).resolve(in: context, wildcards: true)
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        if elapsed > 0.5 {
            fatalError(
                "matching a \(bigPattern.utf8.count)-byte pattern on \(bigSubject.utf8.count) bytes took \(elapsed) s"
            )
        }
    }
    return 0
}

/// Dynamic-programming glob match (O(n·m) time, O(n) space): the oracle.
func referenceMatch(_ pattern: [Int16], _ subject: [UInt8], _ ignoreCase: Bool) -> Bool? {
    guard pattern.count * subject.count <= 1_000_000 else { return nil }
    let n = subject.count
    var row = [Bool](repeating: false, count: n + 1)
    row[0] = true
    for e in pattern {
        var next = [Bool](repeating: false, count: n + 1)
        if e == Glob.star {
            var any = false
            for j in 0...n {
                any = any || row[j]
                next[j] = any
            }
        } else {
            for j in 0..<n where row[j] {
                let b = ignoreCase ? Glob.fold(subject[j]) : subject[j]
                let p = ignoreCase && e >= 0 ? Int16(Glob.fold(UInt8(e))) : e
                if e == Glob.question || p == Int16(b) { next[j + 1] = true }
            }
        }
        row = next
    }
    return row[n]
}
