/// AWS CloudFormation in one region.
public struct CloudFormationResources: Sendable, Hashable {
    /// The stacks (deleted stacks are not listed by `describe-stacks`).
    public var stacks: Observed<[CloudFormationStack]>

    /// Creates a `CloudFormationResources` from its parts.
    public init(stacks: Observed<[CloudFormationStack]> = .notConfigured) {
        self.stacks = stacks
    }
}
