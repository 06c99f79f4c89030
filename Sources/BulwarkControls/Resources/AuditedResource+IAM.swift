public import BulwarkModels

extension IAMUser: AuditedResource {
    /// `AWS::IAM::User`.
    public static var resourceType: String { "AWS::IAM::User" }
    /// The user's ARN.
    public func resourceARN(in scope: ResourceScope) -> String { "\(arn)" }
    /// The user's tags.
    public var resourceTags: [String: String] { tags.dictionary }
}

extension IAMRole: AuditedResource {
    /// `AWS::IAM::Role`.
    public static var resourceType: String { "AWS::IAM::Role" }
    /// The role's ARN.
    public func resourceARN(in scope: ResourceScope) -> String { "\(arn)" }
    /// The role's tags.
    public var resourceTags: [String: String] { tags.dictionary }
}

extension IAMGroup: AuditedResource {
    /// `AWS::IAM::Group`.
    public static var resourceType: String { "AWS::IAM::Group" }
    /// The group's ARN.
    public func resourceARN(in scope: ResourceScope) -> String { "\(arn)" }
}

extension ManagedPolicy: AuditedResource {
    /// `AWS::IAM::ManagedPolicy`.
    public static var resourceType: String { "AWS::IAM::ManagedPolicy" }
    /// The policy's ARN.
    public func resourceARN(in scope: ResourceScope) -> String { "\(arn)" }
}

extension ServerCertificate: AuditedResource {
    /// `AWS::IAM::ServerCertificate`.
    public static var resourceType: String { "AWS::IAM::ServerCertificate" }
    /// The certificate's ARN.
    public func resourceARN(in scope: ResourceScope) -> String { "\(arn)" }
}

extension SAMLProvider: AuditedResource {
    /// `AWS::IAM::SAMLProvider`.
    public static var resourceType: String { "AWS::IAM::SAMLProvider" }
    /// The provider's ARN.
    public func resourceARN(in scope: ResourceScope) -> String { "\(arn)" }
}

extension OpenIDConnectProvider: AuditedResource {
    /// `AWS::IAM::OIDCProvider`.
    public static var resourceType: String { "AWS::IAM::OIDCProvider" }
    /// The provider's ARN.
    public func resourceARN(in scope: ResourceScope) -> String { "\(arn)" }
}

extension InstanceProfile: AuditedResource {
    /// `AWS::IAM::InstanceProfile`.
    public static var resourceType: String { "AWS::IAM::InstanceProfile" }
    /// The instance profile's ARN.
    public func resourceARN(in scope: ResourceScope) -> String { "\(arn)" }
}

extension OrganizationAccount: AuditedResource {
    /// `AWS::Organizations::Account`.
    public static var resourceType: String { "AWS::Organizations::Account" }
    /// The account's ARN in the organization.
    public func resourceARN(in scope: ResourceScope) -> String { "\(arn)" }
}
