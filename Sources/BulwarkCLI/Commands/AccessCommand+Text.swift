import Bulwark

extension AccessCommand {
    static func unknownLines(_ reasons: [String]) -> [String] {
        reasons.isEmpty ? [] : ["", "Could not be read (answers may be incomplete):"] + reasons.map { "  \($0)" }
    }

    static func text(_ permissions: EffectivePermissions) -> String {
        var lines = ["Effective permissions of \(permissions.principal): \(permissions.actions.count) actions"]
        for entry in permissions.actions { lines.append("  \(entry)") }
        return (lines + unknownLines(permissions.unknownReasons)).joined(separator: "\n")
    }

    static func text(_ answer: WhoCan) -> String {
        var lines = ["Who can \(answer.action) on \(answer.resource): \(answer.principals.count)"]
        for entry in answer.principals { lines.append("  \(entry)") }
        if answer.principals.isEmpty { lines.append("  nobody in the snapshot, and no outside party") }
        return (lines + unknownLines(answer.unknownReasons)).joined(separator: "\n")
    }

    static func text(_ exposures: [Exposure], unknown: [String]) -> String {
        let exposed = exposures.filter { !$0.grants.isEmpty }
        var lines = ["Exposed outside the account: \(exposed.count) resources"]
        for exposure in exposed {
            lines.append("  \(exposure.resource) (\(exposure.resourceType))")
            for grant in exposure.grants {
                let conditions =
                    grant.conditions.isEmpty ? "" : " when \(grant.conditions.joined(separator: ", ")) hold"
                lines.append("    to \(grant.party): \(grant.actions.joined(separator: ", "))\(conditions)")
                for statement in grant.statements { lines.append("      by \(statement)") }
                for note in grant.notes { lines.append("      note: \(note)") }
            }
            if let reason = exposure.unknownReason { lines.append("    also unknown: \(reason)") }
        }
        let undecided = exposures.filter { $0.grants.isEmpty }
        if !undecided.isEmpty {
            lines.append("")
            lines.append("Exposure unknown: \(undecided.count) resources")
            for exposure in undecided { lines.append("  \(exposure.resource): \(exposure.unknownReason ?? "")") }
        }
        return (lines + unknownLines(unknown)).joined(separator: "\n")
    }

    static func text(_ report: EscalationReport) -> String {
        let admins = report.principals.filter(\.adminEquivalent)
        var lines = ["Admin-equivalent: \(admins.count)"]
        for entry in admins {
            lines.append("  \(entry.arn): \(entry.adminReason ?? "")")
        }
        let reaching = report.principals.filter { !$0.adminEquivalent }
        lines.append("")
        lines.append("Can reach an admin-equivalent principal: \(reaching.count)")
        for entry in reaching {
            lines.append("  \(entry.arn)")
            for step in entry.paths.first?.steps ?? [] {
                lines.append("    \(step)")
                for statement in step.statements { lines.append("      by \(statement)") }
            }
        }
        lines.append("")
        lines.append("Escalation edges (who can gain whose permissions): \(report.edges.count)")
        return (lines + unknownLines(report.unknownReasons)).joined(separator: "\n")
    }
}
