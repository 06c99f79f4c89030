public import BulwarkIAM

/// A policy together with where it came from, so answers can name the statement that decided.
public struct SourcedPolicy: Sendable, Hashable, CustomStringConvertible {
    /// Where the policy is attached, such as `user alice, inline policy s3-read` or
    /// `group admins, arn:aws:iam::aws:policy/AdministratorAccess`.
    public var source: String
    /// The managed policy's ARN, when the policy is a managed one.
    public var managedPolicyARN: String?
    /// The policy.
    public var document: PolicyDocument

    /// Creates a sourced policy.
    public init(source: String, managedPolicyARN: String? = nil, document: PolicyDocument) {
        self.source = source
        self.managedPolicyARN = managedPolicyARN
        self.document = document
    }

    /// The source.
    public var description: String { source }
}

extension PolicyDocument {
    /// A resource-based policy that grants every action on every resource to the account, so a
    /// decision against it is the identity side's own verdict (a grant to the account delegates to
    /// the account's identity-based policies: IAM User Guide, "Policy evaluation logic").
    static func delegatingToAccount(_ account: String, partition: String) -> PolicyDocument {
        PolicyDocument(statements: [
            PolicyStatement(
                effect: .allow,
                principal: .principal(.entries([PrincipalEntry(.aws, "arn:\(partition):iam::\(account):root")])),
                action: .action(["*"]),
                resource: .resource(["*"])
            )
        ])
    }

    /// An identity policy that allows everything: the stand-in for "whatever the caller's own
    /// account allows" when only a resource-based policy is being judged.
    static let allowEverything = PolicyDocument(statements: [
        PolicyStatement(effect: .allow, action: .action(["*"]), resource: .resource(["*"]))
    ])
}
