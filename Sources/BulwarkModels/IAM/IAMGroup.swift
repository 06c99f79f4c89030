public import BulwarkIAM

public import Foundation

/// An IAM group with its policies (from `iam get-account-authorization-details`).
public struct IAMGroup: Sendable, Hashable {
    /// The group's name.
    public var groupName: String
    /// The group's unique id.
    public var groupID: String
    /// The group's ARN.
    public var arn: ARN
    /// The group's path.
    public var path: String
    /// When the group was created.
    public var createDate: Date?
    /// Managed policies attached to the group.
    public var attachedManagedPolicies: [AttachedPolicy]
    /// The group's inline policies.
    public var groupPolicyList: [InlinePolicy]

    /// Creates an `IAMGroup` from its parts.
    public init(
        groupName: String,
        groupID: String = "",
        arn: ARN,
        path: String = "/",
        createDate: Date? = nil,
        attachedManagedPolicies: [AttachedPolicy] = [],
        groupPolicyList: [InlinePolicy] = []
    ) {
        self.groupName = groupName
        self.groupID = groupID
        self.arn = arn
        self.path = path
        self.createDate = createDate
        self.attachedManagedPolicies = attachedManagedPolicies
        self.groupPolicyList = groupPolicyList
    }
}

extension IAMGroup: Decodable {
    private enum CodingKeys: String, CodingKey {
        case groupName = "GroupName"
        case groupID = "GroupId"
        case arn = "Arn"
        case path = "Path"
        case createDate = "CreateDate"
        case attachedManagedPolicies = "AttachedManagedPolicies"
        case groupPolicyList = "GroupPolicyList"
    }

    /// Decodes an `IAMGroup` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        groupName = try container.decode(String.self, forKey: .groupName)
        groupID = try container.decodeIfPresent(String.self, forKey: .groupID) ?? ""
        arn = try container.decodeARN(forKey: .arn)
        path = try container.decodeIfPresent(String.self, forKey: .path) ?? "/"
        createDate = try container.decodeIfPresent(Date.self, forKey: .createDate)
        attachedManagedPolicies =
            try container.decodeIfPresent([AttachedPolicy].self, forKey: .attachedManagedPolicies) ?? []
        groupPolicyList = try container.decodeIfPresent([InlinePolicy].self, forKey: .groupPolicyList) ?? []
    }
}
