import BulwarkIAM
public import BulwarkModels

extension Control {
    /// A control checked once for the whole account (password policy, root user, organization).
    ///
    /// The finding's resource is the account root ARN and its region `global`.
    public init(
        id: String,
        title: String,
        domain: Domain,
        severity: Severity,
        references: [Reference] = [],
        rationale: String = "",
        remediation: Remediation = "",
        parameters: [any ControlParameter] = [],
        @CheckBuilder checks body: @escaping @Sendable (ControlContext) throws -> [Check]
    ) {
        let info = Info(
            id: id,
            title: title,
            domain: domain,
            severity: severity,
            references: references,
            rationale: rationale,
            remediation: remediation,
            parameters: parameters
        )
        self.init(info, resourceType: Control.accountResourceType) { environment, overrides in
            let context = ControlContext(environment: environment, region: Finding.globalRegion, overrides: overrides)
            let evaluation = ResourceEvaluation(
                controlID: info.id,
                title: info.title,
                resourceType: Control.accountResourceType,
                scope: context.scope
            )
            return [evaluation.finding(resource: context.accountARN) { try body(context) }]
        }
    }

    /// A control checked once in every region of the snapshot (GuardDuty enabled, EBS encryption by default).
    ///
    /// Each region's finding has the account root ARN as its resource and the region's name.
    public init(
        id: String,
        title: String,
        domain: Domain,
        severity: Severity,
        references: [Reference] = [],
        rationale: String = "",
        remediation: Remediation = "",
        parameters: [any ControlParameter] = [],
        in regions: RegionScope,
        @CheckBuilder checks body: @escaping @Sendable (RegionSnapshot, ControlContext) throws -> [Check]
    ) {
        let info = Info(
            id: id,
            title: title,
            domain: domain,
            severity: severity,
            references: references,
            rationale: rationale,
            remediation: remediation,
            parameters: parameters
        )
        self.init(info, resourceType: Control.accountResourceType) { environment, overrides in
            var findings: [Finding] = []
            for region in environment.snapshot.sortedRegions {
                let context = ControlContext(
                    environment: environment,
                    region: region.name.rawValue,
                    overrides: overrides
                )
                let evaluation = ResourceEvaluation(
                    controlID: info.id,
                    title: info.title,
                    resourceType: Control.accountResourceType,
                    scope: context.scope
                )
                findings.append(evaluation.finding(resource: context.accountARN) { try body(region, context) })
            }
            if findings.isEmpty {
                let context = ControlContext(environment: environment, region: Finding.globalRegion)
                findings.append(
                    ResourceEvaluation(
                        controlID: info.id,
                        title: info.title,
                        resourceType: Control.accountResourceType,
                        scope: context.scope
                    )
                    .noRegions()
                )
            }
            return findings
        }
    }

    /// A control checked on every resource of a global collection (`\.iam.users`, `\.s3.buckets`).
    ///
    /// A collection that could not be listed yields one `unknown` finding, and so does each item whose
    /// own describe call could not be read; an empty collection yields one `notApplicable` finding.
    public init<List: ObservableList>(
        id: String,
        title: String,
        domain: Domain,
        severity: Severity,
        references: [Reference] = [],
        rationale: String = "",
        remediation: Remediation = "",
        parameters: [any ControlParameter] = [],
        over resources: any KeyPath<AccountSnapshot, Observed<List>> & Sendable,
        @CheckBuilder checks body: @escaping @Sendable (List.Item, ControlContext) throws -> [Check]
    ) where List.Item: AuditedResource {
        let info = Info(
            id: id,
            title: title,
            domain: domain,
            severity: severity,
            references: references,
            rationale: rationale,
            remediation: remediation,
            parameters: parameters
        )
        self = Control.collection(info) { snapshot in
            [(Finding.globalRegion, snapshot[keyPath: resources])]
        } body: { resource, context in
            try body(resource, context)
        }
    }

    /// A control checked on every resource of a regional collection in every region (`\.ec2.securityGroups`).
    ///
    /// A region whose collection could not be listed yields one `unknown` finding for that region;
    /// when no region has any resource, the control yields one `notApplicable` finding.
    public init<List: ObservableList>(
        id: String,
        title: String,
        domain: Domain,
        severity: Severity,
        references: [Reference] = [],
        rationale: String = "",
        remediation: Remediation = "",
        parameters: [any ControlParameter] = [],
        over resources: any KeyPath<RegionSnapshot, Observed<List>> & Sendable,
        @CheckBuilder checks body: @escaping @Sendable (List.Item, ControlContext) throws -> [Check]
    ) where List.Item: AuditedResource {
        let info = Info(
            id: id,
            title: title,
            domain: domain,
            severity: severity,
            references: references,
            rationale: rationale,
            remediation: remediation,
            parameters: parameters
        )
        self = Control.collection(info) { snapshot in
            snapshot.sortedRegions.map { region in (region.name.rawValue, region[keyPath: resources]) }
        } body: { resource, context in
            try body(resource, context)
        }
    }

    /// A control over resource lists by region, shared by the collection initialisers.
    static func collection<List: ObservableList>(
        _ info: Info,
        lists: @escaping @Sendable (AccountSnapshot) -> [(String, Observed<List>)],
        body: @escaping @Sendable (List.Item, ControlContext) throws -> [Check]
    ) -> Control where List.Item: AuditedResource {
        typealias Resource = List.Item
        return Control(info, resourceType: Resource.resourceType) { environment, overrides in
            var findings: [Finding] = []
            var sawAny = false
            for (region, list) in lists(environment.snapshot) {
                let context = ControlContext(environment: environment, region: region, overrides: overrides)
                let evaluation = ResourceEvaluation(
                    controlID: info.id,
                    title: info.title,
                    resourceType: Resource.resourceType,
                    scope: context.scope
                )
                switch list {
                case .notConfigured:
                    continue
                case .unknown(let reason):
                    sawAny = true
                    findings.append(evaluation.unlisted(reason))
                case .value(let list):
                    for item in list.observedItems {
                        sawAny = true
                        switch item {
                        case .value(let resource):
                            findings.append(
                                evaluation.finding(
                                    resource: resource.resourceARN(in: context.scope),
                                    tags: resource.resourceTags
                                ) { try body(resource, context) }
                            )
                        case .unknown(let reason):
                            findings.append(
                                evaluation.unreadableItem(
                                    reason,
                                    arn: Resource.resourceARN(of: reason, in: context.scope)
                                )
                            )
                        }
                    }
                }
            }
            if !sawAny {
                let scope = environment.scope(region: Finding.globalRegion)
                findings.append(
                    ResourceEvaluation(
                        controlID: info.id,
                        title: info.title,
                        resourceType: Resource.resourceType,
                        scope: scope
                    )
                    .noResources()
                )
            }
            return findings
        }
    }
}
