/// A position in JSON source text.
///
/// Lines and columns start at 1; the column counts UTF-8 bytes from the start of the line, as most
/// compilers do, so that computing it stays linear on one-line (minified) policies. `offset` is the
/// 0-based byte offset from the start of the input.
public struct TextPosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The 1-based line.
    public var line: Int
    /// The 1-based column, in UTF-8 bytes.
    public var column: Int
    /// The 0-based byte offset from the start of the input.
    public var offset: Int

    /// Creates a location.
    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// The start of the input: line 1, column 1, offset 0.
    public static let start = TextPosition(line: 1, column: 1, offset: 0)

    /// Orders locations by their byte offset.
    public static func < (lhs: TextPosition, rhs: TextPosition) -> Bool { lhs.offset < rhs.offset }

    /// `LINE:COLUMN`, as editors and compilers print it.
    public var description: String { "\(line):\(column)" }
}
