/// A question the analysis cannot answer as asked, with what to do instead.
public struct AccessError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The sentence to show.
    public var message: String

    /// Creates an error.
    public init(_ message: String) { self.message = message }

    /// The message.
    public var description: String { message }

    /// The principal is not a user or role of the snapshot.
    static func unknownPrincipal(_ arn: String, in analysis: AccessAnalysis) -> AccessError {
        let names = analysis.principals.prefix(5).map(\.arn).joined(separator: ", ")
        let known = names.isEmpty ? "the snapshot has no IAM users or roles" : "known principals include \(names)"
        return AccessError(
            "\(arn) is not an IAM user or role of account \(analysis.accountID) in the snapshot; \(known)"
        )
    }
}
