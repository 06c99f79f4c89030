public import BulwarkIAM

public import Foundation

/// An IAM user with its groups, policies and permissions boundary (from `iam get-account-authorization-details`).
public struct IAMUser: Sendable, Hashable {
    /// The user's name.
    public var userName: String
    /// The user's unique id (`AIDA…`).
    public var userID: String
    /// The user's ARN.
    public var arn: ARN
    /// The user's path.
    public var path: String
    /// When the user was created.
    public var createDate: Date?
    /// The names of the groups the user belongs to.
    public var groupList: [String]
    /// Managed policies attached directly to the user.
    public var attachedManagedPolicies: [AttachedPolicy]
    /// The user's inline policies.
    public var userPolicyList: [InlinePolicy]
    /// The user's permissions boundary, if any.
    public var permissionsBoundary: PermissionsBoundary?
    /// The user's tags.
    public var tags: [Tag]
    /// The user's access keys (`iam list-access-keys`); filled in by the snapshot loader.
    public var accessKeys: Observed<[AccessKey]>
    /// The user's MFA devices (`iam list-mfa-devices`); filled in by the snapshot loader.
    public var mfaDevices: Observed<[MFADevice]>

    /// Creates an `IAMUser` from its parts.
    public init(
        userName: String,
        userID: String = "",
        arn: ARN,
        path: String = "/",
        createDate: Date? = nil,
        groupList: [String] = [],
        attachedManagedPolicies: [AttachedPolicy] = [],
        userPolicyList: [InlinePolicy] = [],
        permissionsBoundary: PermissionsBoundary? = nil,
        tags: [Tag] = [],
        accessKeys: Observed<[AccessKey]> = .notConfigured,
        mfaDevices: Observed<[MFADevice]> = .notConfigured
    ) {
        self.userName = userName
        self.userID = userID
        self.arn = arn
        self.path = path
        self.createDate = createDate
        self.groupList = groupList
        self.attachedManagedPolicies = attachedManagedPolicies
        self.userPolicyList = userPolicyList
        self.permissionsBoundary = permissionsBoundary
        self.tags = tags
        self.accessKeys = accessKeys
        self.mfaDevices = mfaDevices
    }
}

extension IAMUser: Decodable {
    private enum CodingKeys: String, CodingKey {
        case userName = "UserName"
        case userID = "UserId"
        case arn = "Arn"
        case path = "Path"
        case createDate = "CreateDate"
        case groupList = "GroupList"
        case attachedManagedPolicies = "AttachedManagedPolicies"
        case userPolicyList = "UserPolicyList"
        case permissionsBoundary = "PermissionsBoundary"
        case tags = "Tags"
    }

    /// Decodes an `IAMUser` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        userName = try container.decode(String.self, forKey: .userName)
        userID = try container.decodeIfPresent(String.self, forKey: .userID) ?? ""
        arn = try container.decodeARN(forKey: .arn)
        path = try container.decodeIfPresent(String.self, forKey: .path) ?? "/"
        createDate = try container.decodeIfPresent(Date.self, forKey: .createDate)
        groupList = try container.decodeIfPresent([String].self, forKey: .groupList) ?? []
        attachedManagedPolicies =
            try container.decodeIfPresent([AttachedPolicy].self, forKey: .attachedManagedPolicies) ?? []
        userPolicyList = try container.decodeIfPresent([InlinePolicy].self, forKey: .userPolicyList) ?? []
        permissionsBoundary = try container.decodeIfPresent(PermissionsBoundary.self, forKey: .permissionsBoundary)
        tags = try container.decodeIfPresent([Tag].self, forKey: .tags) ?? []
        accessKeys = .notConfigured
        mfaDevices = .notConfigured
    }
}
