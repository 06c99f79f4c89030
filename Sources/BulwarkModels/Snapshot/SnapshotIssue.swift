public import BulwarkIAM

/// A problem found while loading a snapshot: which file, where inside it, and what is wrong.
///
/// Issues never stop loading: the rest of the snapshot is still read, and the affected values
/// become ``Observed/unknown(_:)``.
public struct SnapshotIssue: Sendable, Hashable, CustomStringConvertible {
    /// The file, relative to the snapshot directory (`global/iam/get-account-authorization-details.json`).
    public var file: String
    /// Where in the file, such as `RoleDetailList[2].AssumeRolePolicyDocument.Statement[0]`; `nil` for the whole file.
    public var jsonPath: String?
    /// What kind of problem this is.
    public var code: SnapshotIssueCode
    /// What is wrong and what to do, in a sentence.
    public var message: String

    /// Creates an issue.
    public init(file: String, jsonPath: String? = nil, code: SnapshotIssueCode, message: String) {
        self.file = file
        self.jsonPath = jsonPath
        self.code = code
        self.message = message
    }

    /// `<file>: <json path>: <message> [<code>]`.
    public var description: String {
        let location = jsonPath.map { $0.isEmpty ? file : "\(file): \($0)" } ?? file
        return "\(location): \(message) [\(code)]"
    }
}

/// The kind of a ``SnapshotIssue``.
///
/// An open set, so new kinds can be added without breaking callers.
public struct SnapshotIssueCode: AWSString {
    /// The code as printed.
    public var rawValue: String

    /// Creates a code.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// The file is not valid JSON (truncated, binary, not UTF-8).
    public static let malformedJSON = SnapshotIssueCode(rawValue: "MalformedJSON")
    /// The JSON is valid but does not have the shape the AWS CLI prints for this call.
    public static let unexpectedShape = SnapshotIssueCode(rawValue: "UnexpectedShape")
    /// A policy inside the file could not be parsed; the resource is kept, its policy is unknown.
    public static let invalidPolicy = SnapshotIssueCode(rawValue: "InvalidPolicy")
    /// The credential report's CSV could not be read.
    public static let invalidCredentialReport = SnapshotIssueCode(rawValue: "InvalidCredentialReport")
    /// An `.error.json` file without a `Code`.
    public static let invalidErrorFile = SnapshotIssueCode(rawValue: "InvalidErrorFile")
    /// The file exists but could not be read.
    public static let unreadableFile = SnapshotIssueCode(rawValue: "UnreadableFile")
    /// `manifest.json` is missing or malformed.
    public static let invalidManifest = SnapshotIssueCode(rawValue: "InvalidManifest")
}
