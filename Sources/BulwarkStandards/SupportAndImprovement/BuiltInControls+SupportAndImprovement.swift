public import BulwarkControls
import BulwarkModels

extension BuiltInControls {
    /// The built-in controls of the `Domain.supportAndImprovement` domain.
    public static var supportAndImprovement: [Control] {
        [premiumSupport, workloadRisks, healthEventsRouted, exposedAccessKeys]
    }

    /// SUP-001: a support plan that answers security events.
    static let premiumSupport = Control(
        id: "SUP-001",
        title: "A Business or Enterprise support plan is subscribed",
        domain: .supportAndImprovement,
        severity: .low,
        rationale: "Basic support has no technical support cases, no Trusted Advisor API and no incident escalation.",
        remediation: "Subscribe to Business Support or higher in the AWS Support Center."
    ) { context in
        expect(context.snapshot.support.premiumSupport, "the account has the Basic support plan") { $0 }
    }

    /// SUP-002: Well-Architected reviews exist and their risks are addressed.
    static let workloadRisks = Control(
        id: "SUP-002",
        title: "Well-Architected workloads are reviewed and have no high-risk issues",
        domain: .supportAndImprovement,
        severity: .medium,
        rationale: "A Well-Architected review lists known risks; high risks left open are accepted weaknesses.",
        remediation: "Review each workload in the Well-Architected Tool and resolve its high-risk issues.",
        in: .everyRegion
    ) { region, _ in
        ifConfigured(region.wellArchitected.workloads) { workloads in
            for workload in workloads {
                expect(workload.highRisks == 0, "\(workload.workloadName) has \(workload.highRisks) high risks")
            }
        }
    }

    /// SUP-007: AWS Health events reach responders.
    static let healthEventsRouted = Control(
        id: "SUP-007",
        title: "AWS Health events are routed to responders by an EventBridge rule",
        domain: .supportAndImprovement,
        severity: .low,
        rationale: "Health events announce AWS-side issues and security notices (for example exposed keys).",
        remediation: Remediation(
            "Create an EventBridge rule on the default bus matching source aws.health with a target.",
            cli: #"aws events put-rule --name health --event-pattern '{"source":["aws.health"]}'"#
        ),
        in: .everyRegion
    ) { region, _ in
        require(region.eventBridge.rules, "no EventBridge rule routes AWS Health events in \(region.name)") { rules in
            routes(rules, sources: ["aws.health"], in: region.name, what: "AWS Health events")
        }
    }

    /// SUP-003: Trusted Advisor's exposed-key check is clean.
    static let exposedAccessKeys = Control(
        id: "SUP-003",
        title: "Trusted Advisor's Exposed Access Keys check flags no keys",
        domain: .supportAndImprovement,
        severity: .critical,
        rationale: "AWS finds access keys published in public code repositories; a flagged key is compromised.",
        remediation: "Deactivate and rotate the flagged keys now, then look for what they were used for in CloudTrail."
    ) { context in
        require(
            context.snapshot.trustedAdvisor.securityRecommendations,
            "Trusted Advisor has no security recommendations"
        ) { recommendations in
            for recommendation in recommendations where recommendation.name == "Exposed Access Keys" {
                expect(recommendation.status == "ok", "\(recommendation.errorCount) access keys are exposed")
            }
        }
    }
}
