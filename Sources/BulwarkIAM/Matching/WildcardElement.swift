/// One element of a wildcard pattern: a literal byte, `?` or `*`.
///
/// A wildcard may exclude one byte, which is how an ARN field is kept from crossing a `:`, or a
/// catalog placeholder such as S3's `${BucketName}` from crossing a `/`, when patterns are compared
/// with each other (``Glob/overlap(_:_:caseInsensitive:)``, ``Glob/covers(_:_:caseInsensitive:)``).
/// Patterns compiled from policy text hold no exclusions.
package enum WildcardElement: Sendable, Hashable {
    /// One literal byte (ASCII-lowercased in a case-insensitive pattern).
    case byte(UInt8)
    /// `?`: exactly one byte, other than `excluding` when given.
    case anyByte(excluding: UInt8?)
    /// `*`: any run of bytes, including an empty one, none of which is `excluding` when given.
    case anyRun(excluding: UInt8?)

    /// `*`: any run of bytes.
    package static let star = WildcardElement.anyRun(excluding: nil)
    /// `?`: any one byte.
    package static let question = WildcardElement.anyByte(excluding: nil)

    /// The elements of text in which `*` and `?` are wildcards and every other byte is literal.
    package static func parse(_ text: some StringProtocol) -> [WildcardElement] {
        text.utf8.map { byte in
            switch byte {
            case UInt8(ascii: "*"): star
            case UInt8(ascii: "?"): question
            default: .byte(byte)
            }
        }
    }

    /// The elements that match `text` literally (its `*` and `?` are plain bytes).
    package static func literal(_ text: some StringProtocol) -> [WildcardElement] {
        text.utf8.map { .byte($0) }
    }

    /// Whether this is a `*`.
    package var isRun: Bool {
        if case .anyRun = self { true } else { false }
    }

    /// The literal byte, when this is one.
    package var literalByte: UInt8? {
        if case .byte(let b) = self { b } else { nil }
    }

    /// The same element with a literal byte ASCII-lowercased.
    package var folded: WildcardElement {
        if case .byte(let b) = self { .byte(Glob.fold(b)) } else { self }
    }

    /// The same element with a wildcard kept from matching `byte` (a literal is unchanged).
    package func excluding(_ byte: UInt8) -> WildcardElement {
        switch self {
        case .byte: self
        case .anyByte: .anyByte(excluding: byte)
        case .anyRun: .anyRun(excluding: byte)
        }
    }
}
