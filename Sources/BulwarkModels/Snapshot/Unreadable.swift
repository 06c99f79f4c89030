public import BulwarkIAM

/// Why a snapshot cannot say something: which call, and the AWS error code or the loader's reason.
public struct Unreadable: Sendable, Hashable, CustomStringConvertible {
    /// The call whose answer is missing.
    public var call: SnapshotCall
    /// The AWS error code (`AccessDenied`), or one of the loader's codes such as ``notCollected``.
    public var code: Code
    /// A sentence from AWS or from the loader.
    public var message: String

    /// Creates a reason.
    public init(call: SnapshotCall, code: Code, message: String = "") {
        self.call = call
        self.code = code
        self.message = message
    }

    /// Why a call's answer is missing: an AWS error code, spelled as AWS spells it, or a loader code.
    ///
    /// An open set: every AWS error code is a value (`AccessDenied`, `AccessDeniedException`, …);
    /// the loader's own codes use the same PascalCase spelling.
    public struct Code: AWSString {
        /// The code as AWS or the loader spells it.
        public var rawValue: String

        /// Creates a code from its spelling.
        public init(rawValue: String) { self.rawValue = rawValue }
    }

    /// The snapshot has neither a result file nor an error file for the call.
    public static let notCollected: Code = "NotCollected"
    /// The result or error file exists but is not valid JSON of the expected shape (see the snapshot's issues).
    public static let malformedFile: Code = "MalformedFile"
    /// The file exists but could not be read (permissions, I/O error).
    public static let unreadableFile: Code = "UnreadableFile"

    /// Whether the call failed at AWS (an error file), rather than being absent or malformed.
    public var isCallFailure: Bool {
        code != Self.notCollected && code != Self.malformedFile && code != Self.unreadableFile
    }

    /// `<call>: <code> (<message>)`.
    public var description: String {
        message.isEmpty ? "\(call): \(code)" : "\(call): \(code) (\(message))"
    }
}
