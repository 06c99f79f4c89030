/// A catalog file that could not be loaded: missing, unreadable or not in the expected format.
public struct CatalogError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem this is (stable; new codes may be added).
    public let code: Code
    /// What is wrong and where, such as `catalog.tsv:12: an A record needs 6 fields`.
    public let message: String

    init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The message.
    public var description: String { message }

    /// The kind of a ``CatalogError``.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private enum Value: String, Sendable, Hashable {
            case missingResource
            case unreadable
            case malformed
        }
        private let value: Value

        /// The bundled resource is missing (a packaging problem).
        public static let missingResource = Code(value: .missingResource)
        /// The file could not be read.
        public static let unreadable = Code(value: .unreadable)
        /// The text is not in the catalog format; regenerate it with `Scripts/generate-catalog.py`.
        public static let malformed = Code(value: .malformed)

        /// The code's name.
        public var description: String { value.rawValue }
    }
}
