public import BulwarkIAM
public import BulwarkModels

extension Unreadable {
    /// A reason for tests and hand-built snapshots: `call` (`"s3api get-bucket-policy"`) failed with
    /// `code` (`AccessDenied` unless given) in `scope`.
    ///
    /// ```swift
    /// let bucket = S3Bucket(name: "logs", policy: .unknown(.failed("s3api get-bucket-policy")))
    /// ```
    public static func failed(
        _ call: String,
        code: Unreadable.Code = "AccessDenied",
        scope: SnapshotScope = .global,
        resourceID: String? = nil
    ) -> Unreadable {
        let parts = call.split(separator: " ", maxSplits: 1).map(String.init)
        let service = parts.first ?? call
        let operation = parts.count > 1 ? parts[1] : ""
        return Unreadable(
            call: SnapshotCall(scope: scope, service: service, operation: operation, resourceID: resourceID),
            code: code,
            message: code == "AccessDenied" ? "User is not authorized to perform this operation" : ""
        )
    }
}
