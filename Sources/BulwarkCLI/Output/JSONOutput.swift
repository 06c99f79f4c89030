import BulwarkIAM

/// The one JSON writer behind every `--format json`.
///
/// A command describes its document as `Encodable` types; this encodes them into a ``JSONValue``
/// (members in declaration order, `nil` optionals left out) and writes it with the package's
/// ``JSONWriter``, so every command escapes and indents the same way and no JSON is built by
/// string interpolation.
enum JSONOutput {
    /// The pretty-printed JSON text of `value`.
    static func string(_ value: some Encodable) throws -> String {
        let root = JSONTreeNode()
        try value.encode(to: JSONTreeEncoder(node: root, codingPath: []))
        return JSONWriter.string(root.json, pretty: true)
    }
}

extension Console {
    /// Writes `value` as one JSON document on the output.
    func json(_ value: some Encodable) throws {
        out(try JSONOutput.string(value))
    }
}
