public import BulwarkIAM

/// The organization the account belongs to (`organizations describe-organization`).
public struct Organization: Sendable, Hashable {
    /// The organization id (`o-…`).
    public var id: String
    /// The organization's ARN.
    public var arn: ARN
    /// `ALL` or `CONSOLIDATED_BILLING`; SCPs need `ALL`.
    public var featureSet: String
    /// The management account's id.
    public var masterAccountID: String
    /// The management account's ARN.
    public var masterAccountARN: ARN?

    /// Creates an `Organization` from its parts.
    public init(
        id: String,
        arn: ARN,
        featureSet: String,
        masterAccountID: String,
        masterAccountARN: ARN? = nil
    ) {
        self.id = id
        self.arn = arn
        self.featureSet = featureSet
        self.masterAccountID = masterAccountID
        self.masterAccountARN = masterAccountARN
    }

    /// Whether all features (including SCPs and RCPs) are enabled.
    public var allFeaturesEnabled: Bool { featureSet == "ALL" }
}

extension Organization: Decodable {
    private enum CodingKeys: String, CodingKey {
        case id = "Id"
        case arn = "Arn"
        case featureSet = "FeatureSet"
        case masterAccountID = "MasterAccountId"
        case masterAccountARN = "MasterAccountArn"
    }

    /// Decodes an `Organization` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        arn = try container.decodeARN(forKey: .arn)
        featureSet = try container.decode(String.self, forKey: .featureSet)
        masterAccountID = try container.decode(String.self, forKey: .masterAccountID)
        masterAccountARN = try container.decodeARNIfPresent(forKey: .masterAccountARN)
    }
}

/// The root of an organization (`organizations list-roots`).
public struct OrganizationRoot: Sendable, Hashable {
    /// The root id (`r-…`).
    public var id: String
    /// The root's ARN.
    public var arn: ARN
    /// The root's name.
    public var name: String
    /// The policy types enabled in the root.
    public var policyTypes: [PolicyTypeSummary]

    /// Creates an `OrganizationRoot` from its parts.
    public init(
        id: String,
        arn: ARN,
        name: String = "Root",
        policyTypes: [PolicyTypeSummary] = []
    ) {
        self.id = id
        self.arn = arn
        self.name = name
        self.policyTypes = policyTypes
    }

    /// Whether policies of `type` are enabled in this root.
    public func isEnabled(_ type: OrganizationPolicyType) -> Bool {
        policyTypes.contains { $0.type == type && $0.status == "ENABLED" }
    }
}

extension OrganizationRoot: Decodable {
    private enum CodingKeys: String, CodingKey {
        case id = "Id"
        case arn = "Arn"
        case name = "Name"
        case policyTypes = "PolicyTypes"
    }

    /// Decodes an `OrganizationRoot` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        arn = try container.decodeARN(forKey: .arn)
        name = try container.decodeIfPresent(String.self, forKey: .name) ?? "Root"
        policyTypes = try container.decodeIfPresent([PolicyTypeSummary].self, forKey: .policyTypes) ?? []
    }
}

/// A policy type and whether it is enabled in a root.
public struct PolicyTypeSummary: Sendable, Hashable {
    /// The policy type.
    public var type: OrganizationPolicyType
    /// `ENABLED`, `PENDING_ENABLE` or `PENDING_DISABLE`.
    public var status: String

    /// Creates a `PolicyTypeSummary` from its parts.
    public init(type: OrganizationPolicyType, status: String) {
        self.type = type
        self.status = status
    }
}

extension PolicyTypeSummary: Decodable {
    private enum CodingKeys: String, CodingKey {
        case type = "Type"
        case status = "Status"
    }

    /// Decodes a `PolicyTypeSummary` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = try container.decode(OrganizationPolicyType.self, forKey: .type)
        status = try container.decode(String.self, forKey: .status)
    }
}

/// A member account of the organization (`organizations list-accounts`).
public struct OrganizationAccount: Sendable, Hashable {
    /// The account id.
    public var id: String
    /// The account's ARN in the organization.
    public var arn: ARN
    /// The account's name.
    public var name: String
    /// The account's email address.
    public var email: String?
    /// `ACTIVE`, `SUSPENDED` or `PENDING_CLOSURE`.
    public var status: String?
    /// The root or OU that directly contains the account (from `list-accounts-for-parent`); filled in by the loader.
    public var parentID: String?

    /// Creates an `OrganizationAccount` from its parts.
    public init(
        id: String,
        arn: ARN,
        name: String = "",
        email: String? = nil,
        status: String? = nil,
        parentID: String? = nil
    ) {
        self.id = id
        self.arn = arn
        self.name = name
        self.email = email
        self.status = status
        self.parentID = parentID
    }
}

extension OrganizationAccount: Decodable {
    private enum CodingKeys: String, CodingKey {
        case id = "Id"
        case arn = "Arn"
        case name = "Name"
        case email = "Email"
        case status = "Status"
    }

    /// Decodes an `OrganizationAccount` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        arn = try container.decodeARN(forKey: .arn)
        name = try container.decodeIfPresent(String.self, forKey: .name) ?? ""
        email = try container.decodeIfPresent(String.self, forKey: .email)
        status = try container.decodeIfPresent(String.self, forKey: .status)
        parentID = nil
    }
}

/// An organizational unit (`organizations list-organizational-units-for-parent`).
public struct OrganizationalUnit: Sendable, Hashable {
    /// The OU id (`ou-…`).
    public var id: String
    /// The OU's ARN.
    public var arn: ARN
    /// The OU's name.
    public var name: String
    /// The root or OU that contains this OU; filled in by the loader.
    public var parentID: String?

    /// Creates an `OrganizationalUnit` from its parts.
    public init(
        id: String,
        arn: ARN,
        name: String = "",
        parentID: String? = nil
    ) {
        self.id = id
        self.arn = arn
        self.name = name
        self.parentID = parentID
    }
}

extension OrganizationalUnit: Decodable {
    private enum CodingKeys: String, CodingKey {
        case id = "Id"
        case arn = "Arn"
        case name = "Name"
    }

    /// Decodes an `OrganizationalUnit` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        arn = try container.decodeARN(forKey: .arn)
        name = try container.decodeIfPresent(String.self, forKey: .name) ?? ""
        parentID = nil
    }
}
