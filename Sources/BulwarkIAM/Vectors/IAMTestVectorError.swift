/// Why a vector file could not be read, with every problem found and where it is.
///
/// Printed one problem per line as `FILE:LINE:COLUMN: PATH: MESSAGE`, for example
/// `cross-account.json:14:24: [3].request.context.aws:SourceIp: expected a string, number, boolean or array, found null`.
public struct IAMTestVectorError: Error, Sendable, Hashable, CustomStringConvertible {
    /// One problem in a vector file.
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        /// The JSON path of the offending value, such as `[3].request.context.aws:SourceIp`.
        public var path: JSONPath
        /// Where the offending value starts, when known.
        public var location: SourceLocation?
        /// What is wrong and what to do about it.
        public var message: String

        /// Creates a problem.
        public init(path: JSONPath, location: SourceLocation?, message: String) {
            self.path = path
            self.location = location
            self.message = message
        }

        /// `LINE:COLUMN: PATH: MESSAGE` (without the location when unknown).
        public var description: String {
            let place = location.map { "\($0): " } ?? ""
            return "\(place)\(path): \(message)"
        }
    }

    /// The file name as given to the decoder.
    public var file: String
    /// Every problem, in document order.
    public var problems: [Problem]

    /// Creates an error.
    public init(file: String, problems: [Problem]) {
        self.file = file
        self.problems = problems
    }

    /// One line per problem, each starting with the file name.
    public var description: String {
        problems.map { $0.location == nil ? "\(file): \($0)" : "\(file):\($0)" }.joined(separator: "\n")
    }
}
