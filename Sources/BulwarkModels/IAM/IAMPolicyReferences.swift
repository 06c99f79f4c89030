public import BulwarkIAM

/// A managed policy attached to a user, group or role.
public struct AttachedPolicy: Sendable, Hashable {
    /// The policy's name.
    public var policyName: String
    /// The policy's ARN (`arn:aws:iam::aws:policy/…` for AWS managed policies).
    public var policyARN: ARN

    /// Creates an `AttachedPolicy` from its parts.
    public init(policyName: String = "", policyARN: ARN) {
        self.policyName = policyName
        self.policyARN = policyARN
    }
}

extension AttachedPolicy: Decodable {
    private enum CodingKeys: String, CodingKey {
        case policyName = "PolicyName"
        case policyARN = "PolicyArn"
    }

    /// Decodes an `AttachedPolicy` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        policyName = try container.decodeIfPresent(String.self, forKey: .policyName) ?? ""
        policyARN = try container.decodeARN(forKey: .policyARN)
    }
}

/// An inline policy embedded in a user, group or role.
public struct InlinePolicy: Sendable, Hashable {
    /// The policy's name.
    public var policyName: String
    /// The policy.
    public var policyDocument: EmbeddedPolicy

    /// Creates an `InlinePolicy` from its parts.
    public init(policyName: String, policyDocument: EmbeddedPolicy) {
        self.policyName = policyName
        self.policyDocument = policyDocument
    }
}

extension InlinePolicy: Decodable {
    private enum CodingKeys: String, CodingKey {
        case policyName = "PolicyName"
        case policyDocument = "PolicyDocument"
    }

    /// Decodes an `InlinePolicy` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        policyName = try container.decode(String.self, forKey: .policyName)
        policyDocument = try container.decode(EmbeddedPolicy.self, forKey: .policyDocument)
    }
}

/// The managed policy set as a user's or role's permissions boundary.
public struct PermissionsBoundary: Sendable, Hashable {
    /// Always `Policy` today.
    public var permissionsBoundaryType: String
    /// The boundary policy's ARN.
    public var permissionsBoundaryARN: ARN

    /// Creates a `PermissionsBoundary` from its parts.
    public init(
        permissionsBoundaryType: String = "Policy",
        permissionsBoundaryARN: ARN
    ) {
        self.permissionsBoundaryType = permissionsBoundaryType
        self.permissionsBoundaryARN = permissionsBoundaryARN
    }
}

extension PermissionsBoundary: Decodable {
    private enum CodingKeys: String, CodingKey {
        case permissionsBoundaryType = "PermissionsBoundaryType"
        case permissionsBoundaryARN = "PermissionsBoundaryArn"
    }

    /// Decodes a `PermissionsBoundary` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        permissionsBoundaryType =
            try container.decodeIfPresent(String.self, forKey: .permissionsBoundaryType) ?? "Policy"
        permissionsBoundaryARN = try container.decodeARN(forKey: .permissionsBoundaryARN)
    }
}
