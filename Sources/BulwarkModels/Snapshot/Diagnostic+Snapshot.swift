public import BulwarkIAM

extension Diagnostic {
    /// A problem in one file of a snapshot: the file (relative to the snapshot directory, such as
    /// `global/iam/get-account-authorization-details.json`) and the JSON path inside it.
    ///
    /// Snapshot problems are warnings: the rest of the snapshot still loads, and what the file
    /// should have said is unknown (never empty).
    package init(file: String, jsonPath: String? = nil, code: DiagnosticCode, message: String) {
        let path = jsonPath.flatMap { $0.isEmpty ? nil : JSONPath($0) ?? JSONPath([.key($0)]) } ?? .root
        self.init(.warning, code, file: file, path: path, message: message)
    }
}

extension DiagnosticCode {
    /// A snapshot file is not valid JSON (truncated, binary, not UTF-8).
    public static let malformedJSON: DiagnosticCode = "malformed-json"
    /// A snapshot file is valid JSON but does not have the shape the AWS CLI prints for its call.
    public static let unexpectedShape: DiagnosticCode = "unexpected-shape"
    /// A policy inside a snapshot file could not be parsed; the resource is kept, its policy is unknown.
    public static let invalidPolicy: DiagnosticCode = "invalid-policy"
    /// The credential report's CSV could not be read.
    public static let invalidCredentialReport: DiagnosticCode = "invalid-credential-report"
    /// An `.error.json` file without a `Code`.
    public static let invalidErrorFile: DiagnosticCode = "invalid-error-file"
    /// A snapshot file exists but could not be read.
    public static let unreadableFile: DiagnosticCode = "unreadable-file"
    /// `manifest.json` is missing or malformed.
    public static let invalidManifest: DiagnosticCode = "invalid-manifest"
}
