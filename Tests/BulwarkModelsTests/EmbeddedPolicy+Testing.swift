import BulwarkIAM
import BulwarkModels

extension EmbeddedPolicy {
    /// The parsed document, or `nil` when the policy could not be parsed (for `#expect` and `#require`).
    var parsedDocument: PolicyDocument? { try? parsed.get() }
}
