import Bulwark
import BulwarkIAM

/// `bulwark controls`: lists the built-in controls with their domain, severity and references.
enum ControlsCommand: CLICommand {
    static let name = "controls"
    static let summary = "Lists the built-in controls with their domain, severity and references."
    static let discussion = """
        --format json prints {"framework": ID, "controls": [{"id", "title", "domain", "severity", \
        "resourceType", "references": [{"framework", "id"}], "rationale", "remediation", …}]}, each \
        control as in 'bulwark scan --format json'.
        Exit status: 0, or 2 for an unknown framework.
        """
    static let format = OutputFormat.textOrJSON
    static let framework = Option<String>(
        "framework",
        placeholder: "ID",
        help: "List the controls of one framework (default: all)."
    )
    static var options: [any CommandOption] { [framework, format] }

    static func run(_ arguments: ParsedArguments, console: inout Console) async throws -> Int32 {
        let selected = try BuiltInFrameworks.named(arguments[framework] ?? "all")
        switch arguments[format] {
        case .json:
            console.out(JSONWriter.string(ScanResult.controlsJSON(selected), pretty: true))
        default:
            var lines = ["\(selected.title) (\(selected.id)): \(selected.controls.count) controls"]
            for control in selected.controls {
                let references = control.references.map(\.description).joined(separator: ", ")
                lines.append(
                    "\(control.id)  [\(control.domain.rawValue), \(control.severity.rawValue)]  \(control.title)"
                        + (references.isEmpty ? "" : "  (\(references))")
                )
            }
            let frameworks = BuiltInFrameworks.all.map { "\($0.id) (\($0.controls.count))" }
            lines.append("")
            lines.append("Frameworks: \(frameworks.joined(separator: ", "))")
            console.out(lines.joined(separator: "\n"))
        }
        return ExitCode.success
    }
}
