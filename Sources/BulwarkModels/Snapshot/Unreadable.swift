/// Why a snapshot cannot say something: which call, and the AWS error code or the loader's reason.
public struct Unreadable: Sendable, Hashable, CustomStringConvertible {
    /// The call whose answer is missing.
    public var call: SnapshotCall
    /// The AWS error code (`AccessDenied`), or one of the loader's codes such as ``notCollected``.
    public var code: String
    /// A sentence from AWS or from the loader.
    public var message: String

    /// Creates a reason.
    public init(call: SnapshotCall, code: String, message: String = "") {
        self.call = call
        self.code = code
        self.message = message
    }

    /// The snapshot has neither a result file nor an error file for the call.
    public static let notCollected = "NotCollected"
    /// The result or error file exists but is not valid JSON of the expected shape (see the snapshot's issues).
    public static let malformedFile = "MalformedFile"
    /// The file exists but could not be read (permissions, I/O error).
    public static let unreadableFile = "UnreadableFile"

    /// Whether the call failed at AWS (an error file), rather than being absent or malformed.
    public var isCallFailure: Bool {
        code != Self.notCollected && code != Self.malformedFile && code != Self.unreadableFile
    }

    /// `<call>: <code> (<message>)`.
    public var description: String {
        message.isEmpty ? "\(call): \(code)" : "\(call): \(code) (\(message))"
    }
}
