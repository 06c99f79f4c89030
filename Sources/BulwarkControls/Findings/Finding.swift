/// What one control concluded about one resource.
///
/// ``id`` is stable: the same control on the same resource in the same region gets the same id in
/// every scan, so baselines and suppressions can refer to it.
public struct Finding: Sendable, Hashable {
    /// A stable id: a hash of control id, resource and region.
    public var id: String
    /// The control's id.
    public var controlID: String
    /// Pass, fail, unknown or not applicable.
    public var status: FindingStatus
    /// The resource's ARN, or the account root ARN (`arn:aws:iam::123456789012:root`) for account-level checks.
    public var resource: String
    /// The resource type as CloudFormation names it (`AWS::S3::Bucket`; `AWS::::Account` for the account).
    public var resourceType: String
    /// The region (`us-east-1`), or `global`.
    public var region: String
    /// The account id.
    public var account: String
    /// Why it failed, why it is unknown or not applicable, or the control's title when it passed.
    public var message: String
    /// Why the snapshot cannot say, when ``status`` is ``FindingStatus/unknown``.
    public var unknownReason: UnknownReason?
    /// The values read and the policy evaluations made.
    public var evidence: Evidence
    /// The line of the check that decided the status (the first failing, or unknown, check).
    public var location: SourceLine?
    /// The resource's tags, for suppressions that match on tags.
    public var tags: [String: String]
    /// The suppression that mutes this finding, if any.
    public var suppression: SuppressionMatch?
    /// How the finding compares with a baseline scan, when one was given.
    public var baseline: BaselineState?

    /// Creates a finding; its ``id`` is derived from control, resource and region.
    public init(
        controlID: String,
        status: FindingStatus,
        resource: String,
        resourceType: String,
        region: String,
        account: String,
        message: String,
        unknownReason: UnknownReason? = nil,
        evidence: Evidence = Evidence(),
        location: SourceLine? = nil,
        tags: [String: String] = [:]
    ) {
        id = Finding.stableID(control: controlID, resource: resource, region: region)
        self.controlID = controlID
        self.status = status
        self.resource = resource
        self.resourceType = resourceType
        self.region = region
        self.account = account
        self.message = message
        self.unknownReason = unknownReason
        self.evidence = evidence
        self.location = location
        self.tags = tags
        suppression = nil
        baseline = nil
    }

    /// Whether a suppression mutes this finding.
    public var isSuppressed: Bool { suppression != nil }

    /// The region used for global resources.
    public static let globalRegion = "global"

    /// The stable id of control `control` on `resource` in `region`: 16 hex digits of a 64-bit FNV-1a hash.
    public static func stableID(control: String, resource: String, region: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in [control, resource, region] {
            for byte in part.utf8 {
                hash ^= UInt64(byte)
                hash &*= 0x100_0000_01b3
            }
            hash ^= 0xff
            hash &*= 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

extension Finding: CustomStringConvertible {
    /// `status control resource (region): message`.
    public var description: String { "\(status) \(controlID) \(resource) (\(region)): \(message)" }
}
