import BulwarkControls
import BulwarkIAM
import BulwarkModels
import Foundation
import Testing

@testable import BulwarkStandards

/// Every built-in control of domains 5–8 with hand-built snapshots: one that passes, one that fails and
/// one that cannot be judged (the call behind it was AccessDenied).
@Suite struct DomainFiveToEightControlsTests {
    /// One row: a control, a snapshot, and the status every finding must have.
    struct Case: Sendable, CustomTestStringConvertible {
        var control: Control
        var snapshot: AccountSnapshot
        var expected: FindingStatus
        var testDescription: String { "\(control.id) → \(expected)" }
    }

    static let denied = Unreadable.failed("any call", code: "AccessDeniedException", scope: .region("us-east-1"))

    static func account(_ change: (inout AccountSnapshot) -> Void) -> AccountSnapshot {
        var snapshot = AccountSnapshot(
            accountID: "111122223333",
            regions: ["us-east-1": RegionSnapshot(name: "us-east-1")]
        )
        change(&snapshot)
        return snapshot
    }

    static func region(_ change: (inout RegionSnapshot) -> Void) -> AccountSnapshot {
        account { snapshot in
            var region = RegionSnapshot(name: "us-east-1")
            change(&region)
            snapshot.regions["us-east-1"] = region
        }
    }

    static func arn(_ text: String) -> ARN {
        (try? ARN(parsing: text)) ?? ARN(service: "invalid", resource: text)
    }

    static func rule(_ source: String, enabled: Bool = true, targets: Observed<[EventTarget]>) -> EventRule {
        EventRule(
            name: "r",
            arn: arn("arn:aws:events:us-east-1:111122223333:rule/r"),
            state: enabled ? "ENABLED" : "DISABLED",
            eventPattern: EventPattern(text: #"{"source":["\#(source)"]}"#),
            targets: targets
        )
    }

    static let target = EventTarget(id: "t", arn: arn("arn:aws:sns:us-east-1:111122223333:oncall"))
    static let stackARN = arn("arn:aws:cloudformation:us-east-1:111122223333:stack/s/1")

    static let cases: [Case] = [
        // IR-001
        Case(
            control: BuiltInControls.securityContact,
            snapshot: account {
                $0.alternateContacts.security = .value(
                    AlternateContact(alternateContactType: "SECURITY", emailAddress: "sec@example.com")
                )
            },
            expected: .pass
        ),
        Case(
            control: BuiltInControls.securityContact,
            snapshot: account { $0.alternateContacts.security = .notConfigured },
            expected: .fail
        ),
        Case(
            control: BuiltInControls.securityContact,
            snapshot: account { $0.alternateContacts.security = .unknown(denied) },
            expected: .unknown
        ),
        // IR-004
        Case(
            control: BuiltInControls.logRetention,
            snapshot: region { $0.logs.logGroups = .value([LogGroup(logGroupName: "a", retentionInDays: 400)]) },
            expected: .pass
        ),
        Case(
            control: BuiltInControls.logRetention,
            snapshot: region { $0.logs.logGroups = .value([LogGroup(logGroupName: "a", retentionInDays: 30)]) },
            expected: .fail
        ),
        Case(
            control: BuiltInControls.logRetention,
            snapshot: region { $0.logs.logGroups = .unknown(denied) },
            expected: .unknown
        ),
        // IR-005
        Case(
            control: BuiltInControls.findingsRouted,
            snapshot: region { $0.eventBridge.rules = .value([rule("aws.guardduty", targets: .value([target]))]) },
            expected: .pass
        ),
        Case(
            control: BuiltInControls.findingsRouted,
            snapshot: region {
                $0.eventBridge.rules = .value([rule("aws.guardduty", enabled: false, targets: .value([target]))])
            },
            expected: .fail
        ),
        Case(
            control: BuiltInControls.findingsRouted,
            snapshot: region { $0.eventBridge.rules = .value([rule("aws.securityhub", targets: .unknown(denied))]) },
            expected: .unknown
        ),
        // IR-010
        Case(
            control: BuiltInControls.responseRunbooks,
            snapshot: region {
                $0.ssm.documents = .value([SSMDocument(name: "IR-Isolate", documentType: "Automation")])
            },
            expected: .pass
        ),
        Case(
            control: BuiltInControls.responseRunbooks,
            snapshot: region { $0.ssm.documents = .value([SSMDocument(name: "Bootstrap", documentType: "Command")]) },
            expected: .fail
        ),
        Case(
            control: BuiltInControls.responseRunbooks,
            snapshot: region { $0.ssm.documents = .unknown(denied) },
            expected: .unknown
        ),
        // IR-008
        Case(
            control: BuiltInControls.responsePlans,
            snapshot: region {
                $0.incidentManager.responsePlans = .value([
                    ResponsePlanSummary(arn: arn("arn:aws:ssm-incidents::111122223333:response-plan/p"), name: "p")
                ])
            },
            expected: .pass
        ),
        Case(
            control: BuiltInControls.responsePlans,
            snapshot: region { $0.incidentManager.responsePlans = .value([]) },
            expected: .fail
        ),
        Case(
            control: BuiltInControls.responsePlans,
            snapshot: region { $0.incidentManager.responsePlans = .unknown(denied) },
            expected: .unknown
        ),
        // IR-014 and GOV-020: manual, always unknown
        Case(control: BuiltInControls.responsePlanExercised, snapshot: account { _ in }, expected: .unknown),
        Case(control: BuiltInControls.ouStructure, snapshot: account { _ in }, expected: .unknown),
        // GOV-001
        Case(
            control: BuiltInControls.organizationMember,
            snapshot: account {
                $0.organizations.organization = .value(
                    Organization(
                        id: "o-1",
                        arn: arn("arn:aws:organizations::111122223333:organization/o-a1b2c3d4e5"),
                        featureSet: "ALL",
                        masterAccountID: "111122223333"
                    )
                )
            },
            expected: .pass
        ),
        Case(
            control: BuiltInControls.organizationMember,
            snapshot: account { $0.organizations.organization = .notConfigured },
            expected: .fail
        ),
        Case(
            control: BuiltInControls.organizationMember,
            snapshot: account { $0.organizations.organization = .unknown(denied) },
            expected: .unknown
        ),
        // GOV-018
        Case(
            control: BuiltInControls.allFeatures,
            snapshot: account {
                $0.organizations.organization = .value(
                    Organization(
                        id: "o-1",
                        arn: arn("arn:aws:organizations::111122223333:organization/o-a1b2c3d4e5"),
                        featureSet: "ALL",
                        masterAccountID: "1"
                    )
                )
            },
            expected: .pass
        ),
        Case(
            control: BuiltInControls.allFeatures,
            snapshot: account {
                $0.organizations.organization = .value(
                    Organization(
                        id: "o-1",
                        arn: arn("arn:aws:organizations::111122223333:organization/o-a1b2c3d4e5"),
                        featureSet: "CONSOLIDATED_BILLING",
                        masterAccountID: "1"
                    )
                )
            },
            expected: .fail
        ),
        Case(
            control: BuiltInControls.allFeatures,
            snapshot: account { $0.organizations.organization = .unknown(denied) },
            expected: .unknown
        ),
        // GOV-008
        Case(
            control: BuiltInControls.stackProtection,
            snapshot: region {
                $0.cloudFormation.stacks = .value([
                    CloudFormationStack(stackName: "s", stackID: stackARN, enableTerminationProtection: true)
                ])
            },
            expected: .pass
        ),
        Case(
            control: BuiltInControls.stackProtection,
            snapshot: region {
                $0.cloudFormation.stacks = .value([
                    CloudFormationStack(
                        stackName: "s",
                        stackID: stackARN,
                        enableTerminationProtection: true,
                        driftInformation: StackDriftInformation(stackDriftStatus: .drifted)
                    )
                ])
            },
            expected: .fail
        ),
        Case(
            control: BuiltInControls.stackProtection,
            snapshot: region { $0.cloudFormation.stacks = .unknown(denied) },
            expected: .unknown
        ),
        // GOV-015
        Case(
            control: BuiltInControls.conformancePacksCompliant,
            snapshot: region {
                $0.configCompliance.conformancePacks = .value([
                    ConformancePack(
                        name: "cis",
                        arn: arn("arn:aws:config:us-east-1:111122223333:conformance-pack/cis/c-1")
                    )
                ])
            },
            expected: .pass
        ),
        Case(
            control: BuiltInControls.conformancePacksCompliant,
            snapshot: region {
                $0.configCompliance.conformancePacks = .value([
                    ConformancePack(
                        name: "cis",
                        arn: arn("arn:aws:config:us-east-1:111122223333:conformance-pack/cis/c-1"),
                        nonCompliantRules: .value(["r"])
                    )
                ])
            },
            expected: .fail
        ),
        Case(
            control: BuiltInControls.conformancePacksCompliant,
            snapshot: region { $0.configCompliance.conformancePacks = .unknown(denied) },
            expected: .unknown
        ),
        // SUP-001
        Case(
            control: BuiltInControls.premiumSupport,
            snapshot: account { $0.support.premiumSupport = .value(true) },
            expected: .pass
        ),
        Case(
            control: BuiltInControls.premiumSupport,
            snapshot: account { $0.support.premiumSupport = .value(false) },
            expected: .fail
        ),
        Case(
            control: BuiltInControls.premiumSupport,
            snapshot: account { $0.support.premiumSupport = .unknown(denied) },
            expected: .unknown
        ),
        // SUP-002
        Case(
            control: BuiltInControls.workloadRisks,
            snapshot: region {
                $0.wellArchitected.workloads = .value([
                    Workload(
                        workloadID: "w",
                        workloadARN: arn("arn:aws:wellarchitected:us-east-1:111122223333:workload/w"),
                        workloadName: "w",
                        riskCounts: ["HIGH": 0]
                    )
                ])
            },
            expected: .pass
        ),
        Case(
            control: BuiltInControls.workloadRisks,
            snapshot: region {
                $0.wellArchitected.workloads = .value([
                    Workload(
                        workloadID: "w",
                        workloadARN: arn("arn:aws:wellarchitected:us-east-1:111122223333:workload/w"),
                        workloadName: "w",
                        riskCounts: ["HIGH": 2]
                    )
                ])
            },
            expected: .fail
        ),
        Case(
            control: BuiltInControls.workloadRisks,
            snapshot: region { $0.wellArchitected.workloads = .unknown(denied) },
            expected: .unknown
        ),
        // SUP-007
        Case(
            control: BuiltInControls.healthEventsRouted,
            snapshot: region { $0.eventBridge.rules = .value([rule("aws.health", targets: .value([target]))]) },
            expected: .pass
        ),
        Case(
            control: BuiltInControls.healthEventsRouted,
            snapshot: region { $0.eventBridge.rules = .value([rule("aws.guardduty", targets: .value([target]))]) },
            expected: .fail
        ),
        Case(
            control: BuiltInControls.healthEventsRouted,
            snapshot: region { $0.eventBridge.rules = .unknown(denied) },
            expected: .unknown
        ),
        // SUP-003
        Case(
            control: BuiltInControls.exposedAccessKeys,
            snapshot: account {
                $0.trustedAdvisor.securityRecommendations = .value([
                    TrustedAdvisorRecommendation(
                        arn: arn("arn:aws:trustedadvisor::111122223333:recommendation/r"),
                        name: "Exposed Access Keys",
                        status: "ok"
                    )
                ])
            },
            expected: .pass
        ),
        Case(
            control: BuiltInControls.exposedAccessKeys,
            snapshot: account {
                $0.trustedAdvisor.securityRecommendations = .value([
                    TrustedAdvisorRecommendation(
                        arn: arn("arn:aws:trustedadvisor::111122223333:recommendation/r"),
                        name: "Exposed Access Keys",
                        status: "error",
                        errorCount: 1
                    )
                ])
            },
            expected: .fail
        ),
        Case(
            control: BuiltInControls.exposedAccessKeys,
            snapshot: account { $0.trustedAdvisor.securityRecommendations = .unknown(denied) },
            expected: .unknown
        ),
    ]

    @Test(arguments: cases)
    func status(_ row: Case) {
        let findings = row.control.evaluate(row.snapshot)
        #expect(!findings.isEmpty)
        #expect(findings.allSatisfy { $0.status == row.expected }, "\(findings.map(\.message))")
    }

    @Test func everyControlOfDomainsFiveToEightHasPassFailAndUnknownCasesOrIsManual() {
        let controls =
            BuiltInControls.incidentResponse + BuiltInControls.serviceSpecific + BuiltInControls.governance
            + BuiltInControls.supportAndImprovement
        for control in controls {
            let statuses = Set(Self.cases.filter { $0.control.id == control.id }.map(\.expected))
            #expect(statuses == [.pass, .fail, .unknown] || statuses == [.unknown], "\(control.id)")
        }
    }

    @Test func idsAreUniqueAndEachControlHasOneOfTheseDomains() {
        let ids = BuiltInControls.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(BuiltInControls.incidentResponse.allSatisfy { $0.domain == .incidentResponse })
        #expect(BuiltInControls.governance.allSatisfy { $0.domain == .governance })
        #expect(BuiltInControls.supportAndImprovement.allSatisfy { $0.domain == .supportAndImprovement })
    }
}
