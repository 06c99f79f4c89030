public import BulwarkIAM

public import Foundation

/// A customer or AWS managed policy with its versions (from `iam get-account-authorization-details`).
public struct ManagedPolicy: Sendable, Hashable {
    /// The policy's name (moto omits it; see ``name``).
    public var policyName: String?
    /// The policy's unique id (moto omits it).
    public var policyID: String?
    /// The policy's ARN.
    public var arn: ARN
    /// The policy's path.
    public var path: String
    /// The id of the version in force, such as `v2`.
    public var defaultVersionID: String?
    /// How many users, groups and roles it is attached to.
    public var attachmentCount: Int
    /// How many users and roles use it as a boundary.
    public var permissionsBoundaryUsageCount: Int?
    /// Whether it can be attached.
    public var isAttachable: Bool
    /// When it was created.
    public var createDate: Date?
    /// When it was last updated.
    public var updateDate: Date?
    /// Its versions, including the default one.
    public var policyVersionList: [ManagedPolicyVersion]

    /// Creates a `ManagedPolicy` from its parts.
    public init(
        policyName: String? = nil,
        policyID: String? = nil,
        arn: ARN,
        path: String = "/",
        defaultVersionID: String? = nil,
        attachmentCount: Int = 0,
        permissionsBoundaryUsageCount: Int? = nil,
        isAttachable: Bool = true,
        createDate: Date? = nil,
        updateDate: Date? = nil,
        policyVersionList: [ManagedPolicyVersion] = []
    ) {
        self.policyName = policyName
        self.policyID = policyID
        self.arn = arn
        self.path = path
        self.defaultVersionID = defaultVersionID
        self.attachmentCount = attachmentCount
        self.permissionsBoundaryUsageCount = permissionsBoundaryUsageCount
        self.isAttachable = isAttachable
        self.createDate = createDate
        self.updateDate = updateDate
        self.policyVersionList = policyVersionList
    }

    /// The policy's name: ``policyName``, or the last component of the ARN when AWS (or moto) omits it.
    public var name: String {
        policyName ?? String(arn.resource.split(separator: "/").last ?? Substring(arn.resource))
    }

    /// Whether AWS owns the policy (`arn:aws:iam::aws:policy/…`).
    public var isAWSManaged: Bool { arn.service == "iam" && arn.account == "aws" && arn.resource.hasPrefix("policy/") }

    /// The version in force: the one marked default, or the one named by ``defaultVersionID``.
    public var defaultVersion: ManagedPolicyVersion? {
        policyVersionList.first { $0.isDefaultVersion } ?? policyVersionList.first { $0.versionID == defaultVersionID }
    }
}

extension ManagedPolicy: Decodable {
    private enum CodingKeys: String, CodingKey {
        case policyName = "PolicyName"
        case policyID = "PolicyId"
        case arn = "Arn"
        case path = "Path"
        case defaultVersionID = "DefaultVersionId"
        case attachmentCount = "AttachmentCount"
        case permissionsBoundaryUsageCount = "PermissionsBoundaryUsageCount"
        case isAttachable = "IsAttachable"
        case createDate = "CreateDate"
        case updateDate = "UpdateDate"
        case policyVersionList = "PolicyVersionList"
    }

    /// Decodes a `ManagedPolicy` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        policyName = try container.decodeIfPresent(String.self, forKey: .policyName)
        policyID = try container.decodeIfPresent(String.self, forKey: .policyID)
        arn = try container.decodeARN(forKey: .arn)
        path = try container.decodeIfPresent(String.self, forKey: .path) ?? "/"
        defaultVersionID = try container.decodeIfPresent(String.self, forKey: .defaultVersionID)
        attachmentCount = try container.decodeIfPresent(Int.self, forKey: .attachmentCount) ?? 0
        permissionsBoundaryUsageCount = try container.decodeIfPresent(Int.self, forKey: .permissionsBoundaryUsageCount)
        isAttachable = try container.decodeIfPresent(Bool.self, forKey: .isAttachable) ?? true
        createDate = try container.decodeIfPresent(Date.self, forKey: .createDate)
        updateDate = try container.decodeIfPresent(Date.self, forKey: .updateDate)
        policyVersionList = try container.decodeIfPresent([ManagedPolicyVersion].self, forKey: .policyVersionList) ?? []
    }
}

/// One version of a managed policy.
public struct ManagedPolicyVersion: Sendable, Hashable {
    /// The version id, such as `v1`.
    public var versionID: String
    /// Whether this version is the one in force.
    public var isDefaultVersion: Bool
    /// When the version was created.
    public var createDate: Date?
    /// The policy.
    public var document: EmbeddedPolicy?

    /// Creates a `ManagedPolicyVersion` from its parts.
    public init(
        versionID: String,
        isDefaultVersion: Bool = false,
        createDate: Date? = nil,
        document: EmbeddedPolicy? = nil
    ) {
        self.versionID = versionID
        self.isDefaultVersion = isDefaultVersion
        self.createDate = createDate
        self.document = document
    }
}

extension ManagedPolicyVersion: Decodable {
    private enum CodingKeys: String, CodingKey {
        case versionID = "VersionId"
        case isDefaultVersion = "IsDefaultVersion"
        case createDate = "CreateDate"
        case document = "Document"
    }

    /// Decodes a `ManagedPolicyVersion` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        versionID = try container.decode(String.self, forKey: .versionID)
        isDefaultVersion = try container.decodeIfPresent(Bool.self, forKey: .isDefaultVersion) ?? false
        createDate = try container.decodeIfPresent(Date.self, forKey: .createDate)
        document = try container.decodeIfPresent(EmbeddedPolicy.self, forKey: .document)
    }
}
