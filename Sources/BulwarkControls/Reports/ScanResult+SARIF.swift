import BulwarkIAM

extension ScanResult {
    /// The scan as a SARIF 2.1.0 log for GitHub code scanning: one rule per control, one result per
    /// failing or unknown finding, located logically at the resource ARN.
    ///
    /// A rule's help is the control's rationale and remediation; its severity maps to `level` and to
    /// the `security-severity` property GitHub ranks alerts by. Suppressed findings carry a SARIF
    /// suppression with the reason; baseline states map to `baselineState`.
    public func sarifReport(options: ReportOptions = ReportOptions()) -> String {
        let ruleIndex = Dictionary(controls.enumerated().map { ($1.id, $0) }) { first, _ in first }
        let results = findings.filter { $0.status == .fail || $0.status == .unknown }
            .compactMap { finding in
                ruleIndex[finding.controlID].map { sarif(finding: finding, control: controls[$0], index: $0) }
            }
        let driver = JSONBuild.object([
            ("name", .string("bulwark")),
            ("version", .string(options.toolVersion)),
            ("semanticVersion", .string(options.toolVersion)),
            ("rules", JSONBuild.array(controls.map(ScanResult.sarif(rule:)))),
        ])
        let run = JSONBuild.object([
            ("tool", JSONBuild.object([("driver", driver)])),
            ("automationDetails", JSONBuild.object([("id", .string("bulwark/\(account)/"))])),
            ("results", JSONBuild.array(results)),
            (
                "properties",
                JSONBuild.object([("account", .string(account)), ("collectedAt", JSONBuild.string(collectedAt))])
            ),
        ])
        let log = JSONBuild.object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            ("runs", JSONBuild.array([run])),
        ])
        return JSONWriter.string(log, pretty: true) + "\n"
    }

    static func sarif(rule control: Control) -> JSONValue {
        let help = "\(control.rationale)\n\nRemediation: \(control.remediation.fullText)"
        var markdown = "\(control.rationale)\n\n**Remediation:** \(control.remediation.text)"
        if let cli = control.remediation.cli { markdown += "\n\n```sh\n\(cli)\n```" }
        if let console = control.remediation.console { markdown += "\n\nConsole: \(console)" }
        let references = control.references.map(\.description)
        return JSONBuild.object([
            ("id", .string(control.id)),
            ("name", .string(control.id.filter { $0.isLetter || $0.isNumber })),
            ("shortDescription", JSONBuild.object([("text", .string(control.title))])),
            (
                "fullDescription",
                JSONBuild.object([("text", .string(control.rationale.isEmpty ? control.title : control.rationale))])
            ),
            ("help", JSONBuild.object([("text", .string(help)), ("markdown", .string(markdown))])),
            ("defaultConfiguration", JSONBuild.object([("level", .string(sarifLevel(control.severity)))])),
            (
                "properties",
                JSONBuild.object([
                    ("security-severity", .string(securitySeverity(control.severity))),
                    ("tags", JSONBuild.strings(["security", control.domain.rawValue] + references)),
                    ("precision", .string("high")),
                ])
            ),
        ])
    }

    private func sarif(finding: Finding, control: Control, index: Int) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("ruleId", .string(control.id)),
            ("ruleIndex", JSONBuild.int(index)),
            ("kind", .string(finding.status == .fail ? "fail" : "review")),
            ("level", .string(finding.status == .fail ? ScanResult.sarifLevel(control.severity) : "note")),
            ("message", JSONBuild.object([("text", .string(finding.message))])),
            (
                "locations",
                JSONBuild.array([
                    JSONBuild.object([
                        (
                            "logicalLocations",
                            JSONBuild.array([
                                JSONBuild.object([
                                    ("fullyQualifiedName", .string(finding.resource)),
                                    ("kind", .string("resource")),
                                ])
                            ])
                        )
                    ])
                ])
            ),
            ("partialFingerprints", JSONBuild.object([("bulwarkFindingID/v1", .string(finding.id))])),
            (
                "properties",
                JSONBuild.object([
                    ("status", .string(finding.status.rawValue)),
                    ("resourceType", .string(finding.resourceType)),
                    ("region", .string(finding.region)),
                    ("account", .string(finding.account)),
                    ("unknownReason", JSONBuild.string(finding.unknownReason?.description)),
                ])
            ),
        ]
        if let suppression = finding.suppression {
            members.append(
                (
                    "suppressions",
                    JSONBuild.array([
                        JSONBuild.object([
                            ("kind", .string("external")), ("status", .string("accepted")),
                            ("justification", .string(suppression.reason)),
                        ])
                    ])
                )
            )
        }
        if let baseline = finding.baseline {
            let state: String
            switch baseline {
            case .new: state = "new"
            case .unchanged: state = "unchanged"
            case .fixed: state = "absent"
            case .changed: state = "updated"
            }
            members.append(("baselineState", .string(state)))
        }
        return JSONBuild.object(members)
    }

    static func sarifLevel(_ severity: Severity) -> String {
        switch severity {
        case .critical, .high: return "error"
        case .medium: return "warning"
        case .low, .informational: return "note"
        }
    }

    /// GitHub's `security-severity`: over 9.0 critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low.
    static func securitySeverity(_ severity: Severity) -> String {
        switch severity {
        case .critical: return "9.5"
        case .high: return "8.0"
        case .medium: return "5.5"
        case .low: return "3.0"
        case .informational: return "0.0"
        }
    }
}
