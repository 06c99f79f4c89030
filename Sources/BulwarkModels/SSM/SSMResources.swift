/// AWS Systems Manager in one region: managed nodes, their compliance and patch state, the account's
/// own documents, and the Automation log setting.
public struct SSMResources: Sendable, Hashable {
    /// The managed nodes (`ssm describe-instance-information`).
    public var managedInstances: Observed<[ManagedInstance]>
    /// Patch and association compliance per resource (`ssm list-resource-compliance-summaries`).
    public var complianceSummaries: Observed<[ComplianceSummary]>
    /// The patch state of each managed node, by instance id (`ssm describe-instance-patch-states`).
    public var patchStates: [String: Observed<InstancePatchState>]
    /// The documents the account owns, with whom each is shared.
    public var documents: Observed<[SSMDocument]>
    /// Where Automation sends runbook output (`/ssm/automation/customer-script-log-destination`):
    /// `CloudWatch`, or `.notConfigured` when it is not sent anywhere.
    public var automationLogDestination: Observed<String>

    /// Creates an `SSMResources` from its parts.
    public init(
        managedInstances: Observed<[ManagedInstance]> = .notConfigured,
        complianceSummaries: Observed<[ComplianceSummary]> = .notConfigured,
        patchStates: [String: Observed<InstancePatchState>] = [:],
        documents: Observed<[SSMDocument]> = .notConfigured,
        automationLogDestination: Observed<String> = .notConfigured
    ) {
        self.managedInstances = managedInstances
        self.complianceSummaries = complianceSummaries
        self.patchStates = patchStates
        self.documents = documents
        self.automationLogDestination = automationLogDestination
    }

    /// The compliance of `resourceID` for `complianceType` (`Patch`, `Association`): unknown when the
    /// summaries could not be read, `.notConfigured` when Systems Manager reports none for it.
    public func compliance(of resourceID: String, type complianceType: String) -> Observed<ComplianceSummary> {
        complianceSummaries.flatMap { summaries in
            summaries.first { $0.resourceID == resourceID && $0.complianceType == complianceType }
                .map(Observed.value) ?? .notConfigured
        }
    }
}
