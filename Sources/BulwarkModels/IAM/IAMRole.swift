public import BulwarkIAM

public import Foundation

/// An IAM role with its trust policy, permissions and instance profiles (from `iam get-account-authorization-details`).
public struct IAMRole: Sendable, Hashable {
    /// The role's name.
    public var roleName: String
    /// The role's unique id (`AROA…`).
    public var roleID: String
    /// The role's ARN.
    public var arn: ARN
    /// The role's path (`/aws-service-role/` for service-linked roles).
    public var path: String
    /// When the role was created.
    public var createDate: Date?
    /// The trust policy: who may assume the role.
    public var assumeRolePolicyDocument: EmbeddedPolicy?
    /// Managed policies attached to the role.
    public var attachedManagedPolicies: [AttachedPolicy]
    /// The role's inline policies.
    public var rolePolicyList: [InlinePolicy]
    /// The instance profiles that contain the role.
    public var instanceProfileList: [InstanceProfile]
    /// The role's permissions boundary, if any.
    public var permissionsBoundary: PermissionsBoundary?
    /// When and where the role was last used.
    public var roleLastUsed: RoleLastUsed?
    /// The role's tags.
    public var tags: [Tag]

    /// Creates an `IAMRole` from its parts.
    public init(
        roleName: String,
        roleID: String = "",
        arn: ARN,
        path: String = "/",
        createDate: Date? = nil,
        assumeRolePolicyDocument: EmbeddedPolicy? = nil,
        attachedManagedPolicies: [AttachedPolicy] = [],
        rolePolicyList: [InlinePolicy] = [],
        instanceProfileList: [InstanceProfile] = [],
        permissionsBoundary: PermissionsBoundary? = nil,
        roleLastUsed: RoleLastUsed? = nil,
        tags: [Tag] = []
    ) {
        self.roleName = roleName
        self.roleID = roleID
        self.arn = arn
        self.path = path
        self.createDate = createDate
        self.assumeRolePolicyDocument = assumeRolePolicyDocument
        self.attachedManagedPolicies = attachedManagedPolicies
        self.rolePolicyList = rolePolicyList
        self.instanceProfileList = instanceProfileList
        self.permissionsBoundary = permissionsBoundary
        self.roleLastUsed = roleLastUsed
        self.tags = tags
    }

    /// Whether the role is service-linked (its path starts with `/aws-service-role/`).
    public var isServiceLinked: Bool { path.hasPrefix("/aws-service-role/") }
}

extension IAMRole: Decodable {
    private enum CodingKeys: String, CodingKey {
        case roleName = "RoleName"
        case roleID = "RoleId"
        case arn = "Arn"
        case path = "Path"
        case createDate = "CreateDate"
        case assumeRolePolicyDocument = "AssumeRolePolicyDocument"
        case attachedManagedPolicies = "AttachedManagedPolicies"
        case rolePolicyList = "RolePolicyList"
        case instanceProfileList = "InstanceProfileList"
        case permissionsBoundary = "PermissionsBoundary"
        case roleLastUsed = "RoleLastUsed"
        case tags = "Tags"
    }

    /// Decodes an `IAMRole` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        roleName = try container.decode(String.self, forKey: .roleName)
        roleID = try container.decodeIfPresent(String.self, forKey: .roleID) ?? ""
        arn = try container.decodeARN(forKey: .arn)
        path = try container.decodeIfPresent(String.self, forKey: .path) ?? "/"
        createDate = try container.decodeIfPresent(Date.self, forKey: .createDate)
        assumeRolePolicyDocument = try container.decodeIfPresent(EmbeddedPolicy.self, forKey: .assumeRolePolicyDocument)
        attachedManagedPolicies =
            try container.decodeIfPresent([AttachedPolicy].self, forKey: .attachedManagedPolicies) ?? []
        rolePolicyList = try container.decodeIfPresent([InlinePolicy].self, forKey: .rolePolicyList) ?? []
        instanceProfileList = try container.decodeIfPresent([InstanceProfile].self, forKey: .instanceProfileList) ?? []
        permissionsBoundary = try container.decodeIfPresent(PermissionsBoundary.self, forKey: .permissionsBoundary)
        roleLastUsed = try container.decodeIfPresent(RoleLastUsed.self, forKey: .roleLastUsed)
        tags = try container.decodeIfPresent([Tag].self, forKey: .tags) ?? []
    }
}

/// When and in which region a role was last used.
public struct RoleLastUsed: Sendable, Hashable {
    /// When the role was last used, if ever tracked.
    public var lastUsedDate: Date?
    /// The region it was used in.
    public var region: String?

    /// Creates a `RoleLastUsed` from its parts.
    public init(lastUsedDate: Date? = nil, region: String? = nil) {
        self.lastUsedDate = lastUsedDate
        self.region = region
    }
}

extension RoleLastUsed: Decodable {
    private enum CodingKeys: String, CodingKey {
        case lastUsedDate = "LastUsedDate"
        case region = "Region"
    }

    /// Decodes a `RoleLastUsed` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        lastUsedDate = try container.decodeIfPresent(Date.self, forKey: .lastUsedDate)
        region = try container.decodeIfPresent(String.self, forKey: .region)
    }
}

/// An instance profile: the container that passes a role to EC2 instances.
public struct InstanceProfile: Sendable, Hashable {
    /// The profile's name.
    public var instanceProfileName: String
    /// The profile's unique id.
    public var instanceProfileID: String
    /// The profile's ARN.
    public var arn: ARN
    /// The profile's path.
    public var path: String

    /// Creates an `InstanceProfile` from its parts.
    public init(
        instanceProfileName: String,
        instanceProfileID: String = "",
        arn: ARN,
        path: String = "/"
    ) {
        self.instanceProfileName = instanceProfileName
        self.instanceProfileID = instanceProfileID
        self.arn = arn
        self.path = path
    }
}

extension InstanceProfile: Decodable {
    private enum CodingKeys: String, CodingKey {
        case instanceProfileName = "InstanceProfileName"
        case instanceProfileID = "InstanceProfileId"
        case arn = "Arn"
        case path = "Path"
    }

    /// Decodes an `InstanceProfile` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        instanceProfileName = try container.decode(String.self, forKey: .instanceProfileName)
        instanceProfileID = try container.decodeIfPresent(String.self, forKey: .instanceProfileID) ?? ""
        arn = try container.decodeARN(forKey: .arn)
        path = try container.decodeIfPresent(String.self, forKey: .path) ?? "/"
    }
}
