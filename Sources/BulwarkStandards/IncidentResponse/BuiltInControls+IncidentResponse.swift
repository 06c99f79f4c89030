public import BulwarkControls
import BulwarkIAM
import BulwarkModels

extension BuiltInControls {
    /// The built-in controls of the `Domain.incidentResponse` domain.
    public static var incidentResponse: [Control] {
        [securityContact, logRetention, findingsRouted, responseRunbooks, responsePlans, responsePlanExercised]
    }

    /// Shortest log retention, in days, that keeps evidence for an investigation.
    static let minimumLogRetention = Parameter("minimumLogRetentionDays", default: 365, "Days logs must be kept")

    /// IR-001: AWS can reach the account's security team.
    static let securityContact = Control(
        id: "IR-001",
        title: "A security alternate contact is registered",
        domain: .incidentResponse,
        severity: .medium,
        references: [.cis5("1.2"), .cis7("2.3"), .fsbp("Account.1")],
        rationale:
            "AWS sends security notifications to the security contact; without one they reach the root email only.",
        remediation: Remediation(
            "Register a security contact that reaches the security team (a distribution list, not a person).",
            cli:
                "aws account put-alternate-contact --alternate-contact-type SECURITY --name … --email-address … --phone-number … --title …"
        )
    ) { context in
        expect(context.snapshot.alternateContacts.security, "no security alternate contact is registered") {
            !($0.emailAddress ?? "").isEmpty
        }
    }

    /// IR-004: logs are kept long enough for an investigation (practice: log retention for forensics).
    static let logRetention = Control(
        id: "IR-004",
        title: "CloudWatch log groups retain logs for at least 365 days",
        domain: .incidentResponse,
        severity: .medium,
        rationale: "Incidents are often found months later; the logs must still be there to investigate them.",
        remediation: Remediation(
            "Set the retention of each log group to 365 days or more (or never expire).",
            cli: "aws logs put-retention-policy --log-group-name NAME --retention-in-days 365"
        ),
        parameters: [minimumLogRetention],
        in: .everyRegion
    ) { region, context in
        ifConfigured(region.logs.logGroups) { groups in
            for group in groups {
                expect(
                    (group.retentionInDays ?? Int.max) >= context[minimumLogRetention],
                    "\(group.logGroupName) keeps logs \(group.retentionInDays ?? 0) days"
                )
            }
        }
    }

    /// IR-005: GuardDuty or Security Hub findings reach a responder automatically.
    static let findingsRouted = Control(
        id: "IR-005",
        title: "GuardDuty or Security Hub findings are routed to a responder by an EventBridge rule",
        domain: .incidentResponse,
        severity: .medium,
        rationale: "A finding nobody sees is not a response; an enabled rule with a target pages or automates one.",
        remediation: Remediation(
            "Create an EventBridge rule on the default bus matching source aws.guardduty or aws.securityhub, with an SNS, Lambda or Step Functions target.",
            cli:
                #"aws events put-rule --name findings --event-pattern '{"source":["aws.guardduty","aws.securityhub"]}'"#
        ),
        in: .everyRegion
    ) { region, _ in
        require(region.eventBridge.rules, "no EventBridge rule routes findings in \(region.name)") { rules in
            routes(
                rules,
                sources: ["aws.guardduty", "aws.securityhub"],
                in: region.name,
                what: "GuardDuty or Security Hub findings"
            )
        }
    }

    /// IR-010: incident-response runbooks exist (practice: automated response).
    static let responseRunbooks = Control(
        id: "IR-010",
        title: "Incident-response runbooks exist as customer-owned SSM Automation documents",
        domain: .incidentResponse,
        severity: .low,
        rationale:
            "Runbooks written before an incident (isolate an instance, snapshot volumes) make the response fast and repeatable.",
        remediation:
            "Write SSM Automation runbooks for containment and evidence collection (AWS Incident Response Playbooks).",
        in: .everyRegion
    ) { region, _ in
        expect(region.ssm.documents, "no customer-owned SSM Automation runbook in \(region.name)") {
            $0.contains(where: \.isAutomation)
        }
    }

    /// IR-008: Incident Manager response plans exist (practice: response plans).
    static let responsePlans = Control(
        id: "IR-008",
        title: "SSM Incident Manager response plans exist",
        domain: .incidentResponse,
        severity: .low,
        rationale: "A response plan names who is engaged and what runs when an incident opens.",
        remediation: Remediation(
            "Set up Incident Manager and create a response plan for security incidents.",
            cli: "aws ssm-incidents create-response-plan --name security-incident --incident-template …"
        ),
        in: .everyRegion
    ) { region, _ in
        expect(region.incidentManager.responsePlans, "no Incident Manager response plan in \(region.name)") {
            !$0.isEmpty
        }
    }

    /// IR-014: a manual check — no API can say whether the plan was exercised.
    static let responsePlanExercised = Control(
        id: "IR-014",
        title: "A documented incident-response plan names owners and was exercised in the last 12 months",
        domain: .incidentResponse,
        severity: .medium,
        rationale: "An untested plan fails when it is needed; exercises find the gaps first.",
        remediation:
            "Check by hand: the plan exists, names owners and on-call contacts, and a game day or tabletop exercise ran in the last 12 months."
    ) { _ in
        unknown(code: "ManualCheck", "no AWS API can judge this; check the incident-response plan by hand")
    }

    /// Passes when an enabled rule matching one of `sources` has at least one target; unknown when the
    /// targets of a matching rule could not be read.
    static func routes(_ rules: [EventRule], sources: [String], in region: Region, what: String) -> [Check] {
        let matching = rules.filter { rule in
            rule.isEnabled && sources.contains { rule.eventPattern?.matches(source: $0) == true }
        }
        for rule in matching {
            switch rule.targets {
            case .value(let targets) where !targets.isEmpty: return [pass()]
            case .unknown(let reason): return [unknown(reason)]
            default: continue
            }
        }
        return [fail("no enabled EventBridge rule with a target routes \(what) in \(region)")]
    }
}
