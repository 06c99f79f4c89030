public import BulwarkControls
import BulwarkModels

extension BuiltInControls {
    /// The built-in controls of the `Domain.governance` domain.
    public static var governance: [Control] {
        [organizationMember, allFeatures, stackProtection, conformancePacksCompliant, ouStructure]
    }

    /// GOV-001: the account is governed by an organization.
    static let organizationMember = Control(
        id: "GOV-001",
        title: "The account is a member of an AWS Organization",
        domain: .governance,
        severity: .high,
        references: [.fsbp("Account.2")],
        rationale:
            "Organizations brings SCPs, RCPs and central security services; a standalone account has none of them.",
        remediation: "Invite the account into the organization (or create one) and place it in an OU with guardrails."
    ) { context in
        expect(context.snapshot.organizations.organization, "the account is not in an organization") { _ in true }
    }

    /// GOV-018: SCPs, RCPs and tag policies need all features.
    static let allFeatures = Control(
        id: "GOV-018",
        title: "The organization has all features enabled",
        domain: .governance,
        severity: .medium,
        rationale: "With consolidated billing only, SCPs, RCPs and tag policies cannot be used.",
        remediation: Remediation("Enable all features.", cli: "aws organizations enable-all-features")
    ) { context in
        ifConfigured(context.snapshot.organizations.organization) { organization in
            expect(organization.featureSet == "ALL", "the organization has feature set \(organization.featureSet)")
        }
    }

    /// GOV-008: infrastructure as code stays authoritative (practice: CloudFormation drift and termination protection).
    static let stackProtection = Control(
        id: "GOV-008",
        title: "CloudFormation stacks have termination protection and no drift",
        domain: .governance,
        severity: .low,
        rationale: "Deleting a stack deletes its resources; drift means the template no longer describes what runs.",
        remediation: Remediation(
            "Turn on termination protection and run drift detection; bring drifted resources back to the template.",
            cli: "aws cloudformation update-termination-protection --enable-termination-protection --stack-name NAME"
        ),
        in: .everyRegion
    ) { region, _ in
        ifConfigured(region.cloudFormation.stacks) { stacks in
            for stack in stacks where !stack.isNested {
                expect(stack.enableTerminationProtection, "\(stack.stackName) has no termination protection")
                expect(
                    stack.driftInformation?.stackDriftStatus != .drifted,
                    "\(stack.stackName) has drifted from its template"
                )
            }
        }
    }

    /// GOV-015: conformance packs are deployed and compliant.
    static let conformancePacksCompliant = Control(
        id: "GOV-015",
        title: "AWS Config conformance packs are deployed and report no non-compliant rules",
        domain: .governance,
        severity: .medium,
        rationale: "Conformance packs apply a standard's Config rules as one unit; non-compliant rules are open gaps.",
        remediation: Remediation(
            "Deploy a conformance pack (for example Operational Best Practices for CIS) and fix what it reports.",
            cli: "aws configservice put-conformance-pack --conformance-pack-name NAME --template-s3-uri …"
        ),
        in: .everyRegion
    ) { region, _ in
        require(region.configCompliance.conformancePacks, "no conformance pack in \(region.name)") { packs in
            expect(!packs.isEmpty, "no conformance pack in \(region.name)")
            for pack in packs {
                expect(pack.nonCompliantRules, "\(pack.name) has non-compliant rules") { $0.isEmpty }
            }
        }
    }

    /// GOV-020: a manual check of the OU structure.
    static let ouStructure = Control(
        id: "GOV-020",
        title: "Organizational units are structured by environment and sensitivity",
        domain: .governance,
        severity: .low,
        references: [.cis7("2.1.4")],
        rationale: "Guardrails attach to OUs; a flat tree cannot give production stricter guardrails than sandboxes.",
        remediation:
            "Check by hand that workloads sit in OUs per environment (prod, non-prod, sandbox) and sensitivity."
    ) { _ in
        unknown(code: "ManualCheck", "no AWS API can judge the OU design; review the OU tree by hand")
    }
}
