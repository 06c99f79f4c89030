import Bulwark

extension AccessCommand {
    /// `--principal ARN --format json`.
    struct PermissionsDocument: Encodable {
        struct Action: Encodable {
            var action: String
            var decision: String
            var resources: [String]
            var notResources: [String]
            var conditions: [String]
        }

        var principal: String
        var actions: [Action]
        var unknown: [String]

        init(_ permissions: EffectivePermissions) {
            principal = permissions.principal
            actions = permissions.actions.map {
                Action(
                    action: $0.action,
                    decision: $0.decision.rawValue,
                    resources: $0.resources,
                    notResources: $0.notResources,
                    conditions: $0.conditions
                )
            }
            unknown = permissions.unknownReasons
        }
    }

    /// `--who-can ACTION --resource ARN --format json`.
    struct WhoCanDocument: Encodable {
        struct Entry: Encodable {
            var principal: String
            var decision: String
            var conditions: [String]
            var statements: [String]
        }

        var action: String
        var resource: String
        var principals: [Entry]
        var unknown: [String]

        init(_ answer: WhoCan) {
            action = answer.action
            resource = answer.resource
            principals = answer.principals.map {
                Entry(
                    principal: $0.principal,
                    decision: $0.decision.rawValue,
                    conditions: $0.conditions,
                    statements: $0.statements
                )
            }
            unknown = answer.unknownReasons
        }
    }

    /// `--exposure --format json`: exposed resources, and those whose exposure is unknown (with `unknownReason`).
    struct ExposureDocument: Encodable {
        struct Entry: Encodable {
            var resource: String
            var resourceType: String
            var exposedTo: [String]
            var actions: [String]
            var conditions: [String]
            var statements: [String]
            var notes: [String]
            var unknownReason: String?
        }

        var exposures: [Entry]
        var unknown: [String]

        init(_ exposures: [Exposure], unknown: [String]) {
            self.exposures = exposures.map {
                Entry(
                    resource: $0.resource,
                    resourceType: $0.resourceType,
                    exposedTo: $0.exposedTo,
                    actions: $0.actions,
                    conditions: $0.conditions,
                    statements: $0.statements,
                    notes: $0.grants.flatMap(\.notes),
                    unknownReason: $0.unknownReason
                )
            }
            self.unknown = unknown
        }
    }

    /// `--escalation --format json`.
    struct EscalationDocument: Encodable {
        struct Step: Encodable {
            var from: String
            var to: String
            var method: String
            var actions: [String]
            var statements: [String]
            var via: String?

            init(_ step: EscalationStep) {
                (from, to, method, actions, statements, via) = (
                    step.from, step.to, step.method, step.actions, step.statements, step.via
                )
            }
        }

        struct Path: Encodable { var steps: [Step] }

        struct Entry: Encodable {
            var arn: String
            var adminEquivalent: Bool
            var adminReason: String?
            var paths: [Path]
            var unknown: [String]
        }

        var principals: [Entry]
        var edges: [Step]
        var unknown: [String]

        init(_ report: EscalationReport) {
            principals = report.principals.map { entry in
                Entry(
                    arn: entry.arn,
                    adminEquivalent: entry.adminEquivalent,
                    adminReason: entry.adminReason,
                    paths: entry.paths.map { Path(steps: $0.steps.map(Step.init)) },
                    unknown: entry.unknownReasons
                )
            }
            edges = report.edges.map(Step.init)
            unknown = report.unknownReasons
        }
    }
}
