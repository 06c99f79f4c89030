/// The path of a value inside a JSON document, such as `Statement[2].Condition.StringLike`.
///
/// Keys print bare when they are made of letters, digits and `: / _ - $ * ? @ +`; other keys print
/// quoted in brackets (`Condition["a.b"]`) so that a path always reads back unambiguously. The
/// empty path (the document itself) prints as `$`.
public struct JSONPath: Sendable, Hashable, CustomStringConvertible, LosslessStringConvertible,
    ExpressibleByArrayLiteral
{
    /// One step of a path; a string literal is a key and an integer literal an index
    /// (`["Statement", 0, "Action"]`).
    public enum Component: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
        /// An object member, by key.
        case key(String)
        /// An array element, by 0-based index.
        case index(Int)

        /// A key step.
        public init(stringLiteral value: String) { self = .key(value) }
        /// An index step.
        public init(integerLiteral value: Int) { self = .index(value) }
    }

    /// The steps from the document root.
    public var components: [Component]

    /// Creates a path from its steps.
    public init(_ components: [Component] = []) { self.components = components }

    /// Creates a path from its steps.
    public init(arrayLiteral elements: Component...) { self.components = elements }

    /// The path of the document itself.
    public static let root = JSONPath()

    /// This path followed by the member `key`.
    public func appending(key: String) -> JSONPath {
        var copy = self
        copy.components.append(.key(key))
        return copy
    }

    /// This path followed by the array element at `index`.
    public func appending(index: Int) -> JSONPath {
        var copy = self
        copy.components.append(.index(index))
        return copy
    }

    /// This path followed by every step of `other` (for a policy embedded at this path).
    public func appending(_ other: JSONPath) -> JSONPath {
        JSONPath(components + other.components)
    }

    /// Parses a path as ``description`` prints it: `Statement[2].Condition.StringLike`,
    /// `Condition["a.b"]`, or `$` for the root; `nil` when the text is not such a path.
    public init?(_ description: String) {
        if description == "$" {
            self.init()
            return
        }
        var components: [Component] = []
        var rest = Substring(description)
        while !rest.isEmpty {
            if rest.first == "[" {
                guard let close = Self.closingBracket(in: rest) else { return nil }
                let inside = rest[rest.index(after: rest.startIndex)..<close]
                if let index = Int(inside), index >= 0, !inside.hasPrefix("+") {
                    components.append(.index(index))
                } else if inside.first == "\"", let key = (try? JSONParser.parse(String(inside)))?.value.stringValue {
                    components.append(.key(key))
                } else {
                    return nil
                }
                rest = rest[rest.index(after: close)...]
            } else {
                if rest.first == "." {
                    guard !components.isEmpty else { return nil }
                    rest = rest.dropFirst()
                }
                let end = rest.firstIndex { $0 == "." || $0 == "[" } ?? rest.endIndex
                let key = String(rest[..<end])
                guard Self.isBare(key) else { return nil }
                components.append(.key(key))
                rest = rest[end...]
            }
        }
        guard !components.isEmpty else { return nil }
        self.init(components)
    }

    /// The `]` that closes the bracket at the start of `text`, skipping a quoted key's contents.
    private static func closingBracket(in text: Substring) -> Substring.Index? {
        var inString = false
        var escaped = false
        for index in text.indices.dropFirst() {
            let character = text[index]
            if inString {
                if escaped {
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == "\"" {
                    inString = false
                }
            } else if character == "\"" {
                inString = true
            } else if character == "]" {
                return index
            }
        }
        return nil
    }

    /// The path without its last step (the root stays the root).
    public var parent: JSONPath { JSONPath(Array(components.dropLast())) }

    /// The last key of the path, if the last step is a key.
    public var lastKey: String? {
        if case .key(let key) = components.last { return key }
        return nil
    }

    /// The path as text: `Statement[2].Condition.StringLike`, or `$` for the root.
    public var description: String {
        if components.isEmpty { return "$" }
        var text = ""
        for component in components {
            switch component {
            case .index(let index):
                text += "[\(index)]"
            case .key(let key) where Self.isBare(key):
                if !text.isEmpty { text += "." }
                text += key
            case .key(let key):
                text += "[" + JSONWriter.quoted(key) + "]"
            }
        }
        return text
    }

    private static func isBare(_ key: String) -> Bool {
        guard !key.isEmpty else { return false }
        return key.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"):
                true
            case UInt8(ascii: ":"), UInt8(ascii: "/"), UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "$"),
                UInt8(ascii: "*"), UInt8(ascii: "?"), UInt8(ascii: "@"), UInt8(ascii: "+"):
                true
            default: false
            }
        }
    }
}
