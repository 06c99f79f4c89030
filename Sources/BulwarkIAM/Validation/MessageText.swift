/// Keeps problem messages readable when they quote hostile input.
///
/// Messages quote the offending value (`'s3:GetObjectX' is not an action: …`); a 1 MB value would
/// make a 1 MB line. Long messages keep their beginning and their end (where the advice is) and say
/// how much was left out.
package enum MessageText {
    /// The longest message kept whole, in characters.
    package static let limit = 1_200

    /// `message`, or its first 800 and last 300 characters around a note of what was omitted.
    package static func abbreviated(_ message: String) -> String {
        let count = message.count
        guard count > limit else { return message }
        let head = message.prefix(800)
        let tail = message.suffix(300)
        return head + "…[\(count - head.count - tail.count) characters omitted]…" + tail
    }
}
