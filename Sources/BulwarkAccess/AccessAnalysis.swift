public import BulwarkCatalog
import BulwarkIAM
public import BulwarkModels

/// Access analysis of one account snapshot: effective permissions, who can reach a resource,
/// external exposure and privilege escalation, with the evaluator making every policy judgement.
///
/// ```swift
/// let analysis = AccessAnalysis(snapshot: snapshot)
/// for exposure in analysis.exposures() { print(exposure) }
/// let escalation = analysis.escalation()
/// ```
///
/// Assembly follows what AWS applies: a principal's inline and managed policies (default
/// versions), its groups' policies, its permissions boundary and the SCP levels of the account;
/// a resource's resource-based policy, ACL grants, S3 public access block and the RCP levels.
public struct AccessAnalysis: Sendable {
    /// The account analysed.
    public let accountID: String
    /// The partition (`aws`).
    public let partition: String
    /// SCP and RCP levels of the account.
    public let guardrails: OrganizationGuardrails
    /// Every IAM user and role with its policies.
    public let principals: [AnalyzedPrincipal]
    /// Every resource with a resource-based policy or ACL.
    public let resources: [AnalyzedResource]
    /// Compute that runs as a role (Lambda functions, CodeBuild projects, notebooks, instances).
    public let computeBindings: [ComputeBinding]
    /// Group policies, other policy versions and console passwords.
    public let facts: IAMFacts
    /// What the snapshot could not say; answers over the whole account are incomplete by these.
    public let unknownReasons: [String]
    /// The action catalog used to expand patterns.
    public let catalog: AWSCatalog
    let principalIndex: [String: Int]
    let resourceIndex: [String: Int]

    /// Assembles the analysis from a snapshot; `catalog` defaults to the bundled one.
    public init(snapshot: AccountSnapshot, catalog: AWSCatalog? = nil) {
        let guardrails = OrganizationGuardrails(account: snapshot.accountID, organizations: snapshot.organizations)
        let assembler = PrincipalAssembler(iam: snapshot.iam, guardrails: guardrails)
        let (principals, principalUnknown) = assembler.assemble()
        let (resources, resourceUnknown) = ResourceAssembler(snapshot: snapshot).assemble()
        let (bindings, computeUnknown) = ComputeBinding.gather(from: snapshot)
        self.init(
            accountID: snapshot.accountID,
            partition: snapshot.partition.rawValue,
            guardrails: guardrails,
            principals: principals,
            resources: resources,
            computeBindings: bindings,
            facts: assembler.facts(),
            unknownReasons: guardrails.unknownReasons + principalUnknown + resourceUnknown + computeUnknown,
            catalog: catalog
        )
    }

    /// Creates an analysis from assembled parts (for tests and generated accounts).
    public init(
        accountID: String,
        partition: String = "aws",
        guardrails: OrganizationGuardrails = OrganizationGuardrails(),
        principals: [AnalyzedPrincipal],
        resources: [AnalyzedResource] = [],
        computeBindings: [ComputeBinding] = [],
        facts: IAMFacts = IAMFacts(),
        unknownReasons: [String] = [],
        catalog: AWSCatalog? = nil
    ) {
        var unknownReasons = unknownReasons
        if let catalog {
            self.catalog = catalog
        } else {
            do {
                self.catalog = try AWSCatalog.shared
            } catch {
                self.catalog = .empty
                unknownReasons.append("action catalog: \(error)")
            }
        }
        self.accountID = accountID
        self.partition = partition
        self.guardrails = guardrails
        self.principals = principals
        self.resources = resources
        self.computeBindings = computeBindings
        self.facts = facts
        self.unknownReasons = unknownReasons.uniqued
        var principalIndex: [String: Int] = [:]
        for (i, p) in principals.enumerated() { principalIndex[p.arn] = i }
        self.principalIndex = principalIndex
        var resourceIndex: [String: Int] = [:]
        for (i, r) in resources.enumerated() { resourceIndex[r.arn] = i }
        self.resourceIndex = resourceIndex
    }

    /// The user or role with this ARN, if the snapshot has it.
    public func principal(_ arn: String) -> AnalyzedPrincipal? {
        principalIndex[arn].map { principals[$0] }
    }

    /// The resource with this ARN, if the snapshot has it.
    public func resource(_ arn: String) -> AnalyzedResource? {
        resourceIndex[arn].map { resources[$0] }
    }

    /// The resource-side policy set of a resource for a caller whose own account allows everything.
    func resourceSide(_ resource: AnalyzedResource) -> CompiledPolicySet? {
        guard let document = resource.policy.document else { return nil }
        return PolicySet(
            identityPolicies: [.allowEverything],
            resourcePolicy: document,
            resourceControlPolicies: guardrails.resourceControlPolicies,
            resourceIsInManagementAccount: guardrails.isManagementAccount,
            resourceIsAWSManagedKey: resource.isAWSManagedKey
        )
        .compiled()
    }
}
