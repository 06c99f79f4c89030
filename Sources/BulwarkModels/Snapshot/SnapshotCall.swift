/// One AWS CLI call in a snapshot: where it ran and, for per-resource calls, for which resource.
///
/// The call names its file in the snapshot layout: `<scope>/<service>/<operation>.json`, or
/// `<scope>/<service>/<operation>/<escaped-resource-id>.json`, with `.error.json` for a failure.
public struct SnapshotCall: Sendable, Hashable, CustomStringConvertible {
    /// `global`, or the region the call ran in.
    public var scope: SnapshotScope
    /// The AWS CLI service name as typed: `iam`, `s3api`, `ec2`.
    public var service: String
    /// The AWS CLI operation name: `get-bucket-policy`.
    public var operation: String
    /// The identifying parameter of a per-resource call (unescaped), such as a bucket name.
    public var resourceID: String?

    /// Creates a call.
    public init(scope: SnapshotScope, service: String, operation: String, resourceID: String? = nil) {
        self.scope = scope
        self.service = service
        self.operation = operation
        self.resourceID = resourceID
    }

    /// Creates a call made once per account (`global/…`).
    public static func global(_ service: String, _ operation: String, _ resourceID: String? = nil) -> SnapshotCall {
        SnapshotCall(scope: .global, service: service, operation: operation, resourceID: resourceID)
    }

    /// Whether the call is stored under `global/`.
    public var isGlobal: Bool { scope == .global }

    /// The same call for one resource.
    public func resource(_ id: String) -> SnapshotCall {
        SnapshotCall(scope: scope, service: service, operation: operation, resourceID: id)
    }

    /// The file holding the CLI output, relative to the snapshot directory.
    public var relativePath: String {
        SnapshotLayout.outputPath(scope: scope, service: service, operation: operation, resourceID: resourceID)
    }

    /// The file holding the error when the call failed, relative to the snapshot directory.
    public var errorRelativePath: String {
        SnapshotLayout.errorPath(scope: scope, service: service, operation: operation, resourceID: resourceID)
    }

    /// `<service> <operation>` and the resource id, as inventories print it.
    public var name: String {
        if let resourceID { return "\(service) \(operation) \(resourceID)" }
        return "\(service) \(operation)"
    }

    /// The call's name and scope, such as `s3api get-bucket-policy my-bucket (global)`.
    public var description: String { "\(name) (\(scope))" }
}
