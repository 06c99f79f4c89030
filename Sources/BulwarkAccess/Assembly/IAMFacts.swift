import BulwarkIAM

/// The IAM facts escalation needs beyond each principal's own policies: what every group grants,
/// the other versions of managed policies, and which users have a console password.
public struct IAMFacts: Sendable {
    /// Each group's policies, by group ARN.
    public var groupPolicies: [String: [SourcedPolicy]]
    /// The non-default versions of customer managed policies, by policy ARN.
    public var otherPolicyVersions: [String: [SourcedPolicy]]
    /// Whether each user (by ARN) has a console password, when the credential report says.
    public var passwordEnabled: [String: Bool]

    /// Creates facts by hand; everything defaults to empty.
    public init(
        groupPolicies: [String: [SourcedPolicy]] = [:],
        otherPolicyVersions: [String: [SourcedPolicy]] = [:],
        passwordEnabled: [String: Bool] = [:]
    ) {
        self.groupPolicies = groupPolicies
        self.otherPolicyVersions = otherPolicyVersions
        self.passwordEnabled = passwordEnabled
    }
}
