import BulwarkIAM

/// An IAM-style pattern where `*` matches any run of characters and `?` exactly one, matched in
/// linear time (case-sensitive, like ARNs).
struct WildcardPattern: Sendable, Hashable {
    private let glob: Glob

    /// Compiles `text`.
    init(_ text: String) { glob = Glob(text, caseInsensitive: false) }

    /// Whether `text` matches.
    func matches(_ text: String) -> Bool { glob.matches(text) }
}
