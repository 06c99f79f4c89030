/// One outside party a resource admits, with what it may do and why.
public struct ExposureGrant: Sendable, Hashable {
    /// Who: `anonymous`, `account:ID` (`account:*` for every AWS account), `organization:o-…`,
    /// `federated:PROVIDER`, `service:NAME` or `canonical-user:ID`.
    public var party: String
    /// The actions the party may perform, each allowed by the evaluator.
    public var actions: [String]
    /// Condition keys the party must satisfy (ones a caller controls, such as `aws:SourceIp`).
    public var conditions: [String]
    /// The statements or ACL grants that admit the party.
    public var statements: [String]
    /// Facts a reader must know, such as "every identity of the provider (no sub condition)".
    public var notes: [String]

    /// Creates a grant.
    public init(
        party: String,
        actions: [String],
        conditions: [String] = [],
        statements: [String] = [],
        notes: [String] = []
    ) {
        self.party = party
        self.actions = actions
        self.conditions = conditions
        self.statements = statements
        self.notes = notes
    }
}

/// A resource reachable anonymously or from outside the account, or whose exposure is unknown.
public struct Exposure: Sendable, Hashable, CustomStringConvertible {
    /// The resource's ARN.
    public var resource: String
    /// Its type (`AWS::S3::Bucket`).
    public var resourceType: String
    /// The outside parties it admits.
    public var grants: [ExposureGrant]
    /// Why exposure cannot be decided (`bucket policy: AccessDenied`), when it cannot.
    public var unknownReason: String?

    /// Creates an exposure.
    public init(resource: String, resourceType: String, grants: [ExposureGrant], unknownReason: String? = nil) {
        self.resource = resource
        self.resourceType = resourceType
        self.grants = grants
        self.unknownReason = unknownReason
    }

    /// Every party the resource admits.
    public var exposedTo: [String] { grants.map(\.party).uniqued }
    /// Every action some outside party may perform.
    public var actions: [String] { grants.flatMap(\.actions).uniqued.sorted() }
    /// Every condition key some grant depends on.
    public var conditions: [String] { grants.flatMap(\.conditions).uniqued.sorted() }
    /// Every statement that admits some party.
    public var statements: [String] { grants.flatMap(\.statements).uniqued }

    /// `ARN exposed to anonymous: s3:GetObject` or `ARN: unknown (reason)`.
    public var description: String {
        if let unknownReason { return "\(resource): unknown (\(unknownReason))" }
        return
            grants.map { grant in
                let conditions =
                    grant.conditions.isEmpty ? "" : " when \(grant.conditions.joined(separator: ", ")) hold"
                return "\(resource) exposed to \(grant.party): \(grant.actions.joined(separator: ", "))\(conditions)"
            }
            .joined(separator: "\n")
    }

}
