import BulwarkIAM

/// Compiles catalog templates such as `arn:${Partition}:s3:::${BucketName}` or
/// `s3:ExistingObjectTag/<key>` into ``Glob`` elements: each placeholder becomes `replacement`,
/// every other byte stays literal (so a `*` in a template is never a wildcard).
enum Placeholders {
    /// The elements of `template` and the number of literal bytes it has.
    ///
    /// - Parameters:
    ///   - replacement: the elements that stand for one placeholder (`[.star]` for "any text",
    ///     `[.question, .star]` for "at least one character").
    ///   - angleBrackets: whether `<name>` is a placeholder too (condition keys use both spellings).
    static func compile(
        _ template: String,
        replacement: [WildcardElement],
        angleBrackets: Bool
    ) -> (elements: [WildcardElement], literalLength: Int) {
        var elements: [WildcardElement] = []
        var literal = 0
        var closing: UInt8?
        var previous: UInt8 = 0
        for byte in template.utf8 {
            if let end = closing {
                if byte == end { closing = nil }
            } else if byte == UInt8(ascii: "{") && previous == UInt8(ascii: "$") {
                elements.removeLast()
                literal -= 1
                elements += replacement
                closing = UInt8(ascii: "}")
            } else if angleBrackets && byte == UInt8(ascii: "<") {
                elements += replacement
                closing = UInt8(ascii: ">")
            } else {
                elements.append(.byte(byte))
                literal += 1
            }
            previous = byte
        }
        return (elements, literal)
    }
}
