public import BulwarkIAM

/// A suppressions or baseline file that cannot be used: which file, where in it, what is wrong and
/// how to fix it.
public struct ScanInputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file, as the user named it.
    public var file: String
    /// Where in the JSON (`suppressions[2].expires`), or the root for the whole file.
    public var path: JSONPath
    /// The line and column, when known.
    public var location: TextPosition?
    /// What is wrong.
    public var message: String
    /// How to fix it.
    public var fix: String

    /// Creates an error.
    public init(file: String, path: JSONPath = .root, location: TextPosition? = nil, message: String, fix: String) {
        self.file = file
        self.path = path
        self.location = location
        self.message = message
        self.fix = fix
    }

    /// `file:line:column: path: message (fix)`.
    public var description: String {
        let place = location.map { "\(file):\($0)" } ?? file
        let where_ = path.components.isEmpty ? "" : " \(path):"
        return "\(place):\(where_) \(message). \(fix)"
    }
}

/// Reads typed members of a located JSON object, throwing ``ScanInputError`` with the path.
struct JSONFieldReader {
    let file: String

    func object(_ node: LocatedJSON, _ path: JSONPath) throws(ScanInputError) -> LocatedJSON {
        guard node.members != nil else { throw mismatch(node, path, "an object") }
        return node
    }

    func array(_ node: LocatedJSON, _ path: JSONPath) throws(ScanInputError) -> [LocatedJSON] {
        guard let elements = node.elements else { throw mismatch(node, path, "an array") }
        return elements
    }

    func string(_ node: LocatedJSON, _ path: JSONPath) throws(ScanInputError) -> String {
        guard case .string(let text) = node.value else { throw mismatch(node, path, "a string") }
        return text
    }

    func optionalString(_ parent: LocatedJSON, _ key: String, _ path: JSONPath) throws(ScanInputError) -> String? {
        guard let node = parent[key], node.value != .null else { return nil }
        return try string(node, path.appending(key: key))
    }

    func mismatch(_ node: LocatedJSON, _ path: JSONPath, _ expected: String) -> ScanInputError {
        ScanInputError(
            file: file,
            path: path,
            location: node.location,
            message: "expected \(expected), found \(node.value.typeName)",
            fix: "Write \(expected) here"
        )
    }

    func parse(_ bytes: [UInt8]) throws(ScanInputError) -> LocatedJSON {
        do {
            return try JSONParser.parse(bytes)
        } catch {
            throw ScanInputError(
                file: file,
                location: error.location,
                message: "not valid JSON: \(error.message)",
                fix: "Fix the JSON syntax"
            )
        }
    }
}
