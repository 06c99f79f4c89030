public import BulwarkIAM

/// A service control policy or resource control policy with its content and targets.
public struct OrganizationPolicy: Sendable, Hashable {
    /// The policy id (`p-…`; `p-FullAWSAccess` for the default SCP).
    public var id: String
    /// The policy's ARN.
    public var arn: ARN
    /// The policy's name.
    public var name: String
    /// `SERVICE_CONTROL_POLICY` or `RESOURCE_CONTROL_POLICY`.
    public var type: OrganizationPolicyType
    /// Whether AWS manages the policy (such as `FullAWSAccess`).
    public var awsManaged: Bool
    /// The policy (`organizations describe-policy`); filled in by the loader.
    public var content: Observed<EmbeddedPolicy>
    /// Where it is attached (`organizations list-targets-for-policy`); filled in by the loader.
    public var targets: Observed<[PolicyTarget]>

    /// Creates an `OrganizationPolicy` from its parts.
    public init(
        id: String,
        arn: ARN,
        name: String = "",
        type: OrganizationPolicyType,
        awsManaged: Bool = false,
        content: Observed<EmbeddedPolicy> = .notConfigured,
        targets: Observed<[PolicyTarget]> = .notConfigured
    ) {
        self.id = id
        self.arn = arn
        self.name = name
        self.type = type
        self.awsManaged = awsManaged
        self.content = content
        self.targets = targets
    }
}

extension OrganizationPolicy: Decodable {
    private enum CodingKeys: String, CodingKey {
        case id = "Id"
        case arn = "Arn"
        case name = "Name"
        case type = "Type"
        case awsManaged = "AwsManaged"
    }

    /// Decodes an `OrganizationPolicy` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        arn = try container.decodeARN(forKey: .arn)
        name = try container.decodeIfPresent(String.self, forKey: .name) ?? ""
        type = try container.decode(OrganizationPolicyType.self, forKey: .type)
        awsManaged = try container.decodeIfPresent(Bool.self, forKey: .awsManaged) ?? false
        content = .notConfigured
        targets = .notConfigured
    }
}

/// A root, OU or account a policy is attached to.
public struct PolicyTarget: Sendable, Hashable {
    /// The root, OU or account id.
    public var targetID: String
    /// The target's ARN.
    public var arn: ARN?
    /// The target's name.
    public var name: String?
    /// `ROOT`, `ORGANIZATIONAL_UNIT` or `ACCOUNT`.
    public var type: String

    /// Creates a `PolicyTarget` from its parts.
    public init(
        targetID: String,
        arn: ARN? = nil,
        name: String? = nil,
        type: String
    ) {
        self.targetID = targetID
        self.arn = arn
        self.name = name
        self.type = type
    }
}

extension PolicyTarget: Decodable {
    private enum CodingKeys: String, CodingKey {
        case targetID = "TargetId"
        case arn = "Arn"
        case name = "Name"
        case type = "Type"
    }

    /// Decodes a `PolicyTarget` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        targetID = try container.decode(String.self, forKey: .targetID)
        arn = try container.decodeARNIfPresent(forKey: .arn)
        name = try container.decodeIfPresent(String.self, forKey: .name)
        type = try container.decode(String.self, forKey: .type)
    }
}

/// A kind of organization policy.
///
/// An open set: values AWS adds later decode too; the known ones are static members.
public struct OrganizationPolicyType: AWSString {
    /// The value as AWS spells it.
    public var rawValue: String

    /// Creates a value from its AWS spelling.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// : An SCP: limits what principals in member accounts may do.
    public static let serviceControlPolicy = OrganizationPolicyType(rawValue: "SERVICE_CONTROL_POLICY")

    /// : An RCP: limits what may be done to resources in member accounts.
    public static let resourceControlPolicy = OrganizationPolicyType(rawValue: "RESOURCE_CONTROL_POLICY")

    /// : A tag policy.
    public static let tagPolicy = OrganizationPolicyType(rawValue: "TAG_POLICY")

    /// : A backup policy.
    public static let backupPolicy = OrganizationPolicyType(rawValue: "BACKUP_POLICY")

    /// : An AI services opt-out policy.
    public static let aiServicesOptOutPolicy = OrganizationPolicyType(rawValue: "AISERVICES_OPT_OUT_POLICY")
}
