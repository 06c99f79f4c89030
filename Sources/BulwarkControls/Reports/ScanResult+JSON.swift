package import BulwarkIAM
import Foundation

extension ScanResult {
    /// The version of the JSON report's shape; it grows when fields are renamed or removed (never
    /// when fields are added).
    public static let jsonFormatVersion = 1

    /// The scan as Bulwark's JSON document: tool, account, summary, controls and findings.
    public func jsonReport(options: ReportOptions = ReportOptions()) -> String {
        JSONWriter.string(jsonValue(options: options), pretty: true) + "\n"
    }

    func jsonValue(options: ReportOptions) -> JSONValue {
        let summary = self.summary
        return JSONBuild.object([
            ("formatVersion", JSONBuild.int(ScanResult.jsonFormatVersion)),
            ("tool", JSONBuild.object([("name", .string("bulwark")), ("version", .string(options.toolVersion))])),
            ("account", .string(account)),
            ("collectedAt", JSONBuild.string(collectedAt)),
            ("generatedAt", .string(ScanResult.timestamp(generatedAt))),
            ("frameworks", JSONBuild.strings(frameworks)),
            (
                "summary",
                JSONBuild.object([
                    ("pass", JSONBuild.int(summary.pass)), ("fail", JSONBuild.int(summary.fail)),
                    ("unknown", JSONBuild.int(summary.unknown)),
                    ("notApplicable", JSONBuild.int(summary.notApplicable)),
                    ("suppressed", JSONBuild.int(summary.suppressed)),
                ])
            ),
            ("controls", JSONBuild.array(controls.map(ScanResult.json(control:)))),
            ("findings", JSONBuild.array(findings.map(ScanResult.json(finding:)))),
            ("suppressionNotes", JSONBuild.array(suppressionNotes.map(ScanResult.json(note:)))),
            (
                "removedSinceBaseline",
                JSONBuild.array(
                    removedSinceBaseline.map { removed in
                        JSONBuild.object([
                            ("id", .string(removed.id)), ("control", .string(removed.controlID)),
                            ("status", .string(removed.status.rawValue)), ("resource", .string(removed.resource)),
                            ("region", .string(removed.region)),
                        ])
                    }
                )
            ),
        ])
    }

    static func json(control: Control) -> JSONValue {
        JSONBuild.object([
            ("id", .string(control.id)),
            ("title", .string(control.title)),
            ("domain", .string(control.domain.rawValue)),
            ("severity", .string(control.severity.rawValue)),
            ("resourceType", .string(control.resourceType)),
            (
                "references",
                JSONBuild.array(
                    control.references.map {
                        JSONBuild.object([("framework", .string($0.framework)), ("id", .string($0.id))])
                    }
                )
            ),
            ("rationale", .string(control.rationale)),
            ("remediation", .string(control.remediation.text)),
            ("remediationCLI", JSONBuild.string(control.remediation.cli)),
            ("remediationConsole", JSONBuild.string(control.remediation.console)),
            (
                "parameters",
                JSONBuild.object(
                    control.parameters.map { parameter in
                        (
                            parameter.name,
                            JSONBuild.parameter(control.overrides[parameter.name] ?? parameter.defaultSetting)
                        )
                    }
                )
            ),
        ])
    }

    static func json(finding: Finding) -> JSONValue {
        JSONBuild.object([
            ("id", .string(finding.id)),
            ("control", .string(finding.controlID)),
            ("status", .string(finding.status.rawValue)),
            ("resource", .string(finding.resource)),
            ("resourceType", .string(finding.resourceType)),
            ("region", .string(finding.region)),
            ("account", .string(finding.account)),
            ("message", .string(finding.message)),
            ("unknownReason", JSONBuild.string(finding.unknownReason?.description)),
            ("evidence", json(evidence: finding.evidence)),
            ("location", JSONBuild.string(finding.location?.description)),
            (
                "suppressed",
                finding.suppression.map { match in
                    JSONBuild.object([
                        ("reason", .string(match.reason)), ("entry", JSONBuild.int(match.entryIndex)),
                        ("expires", JSONBuild.string(match.expires)),
                    ])
                } ?? .null
            ),
            ("baseline", JSONBuild.string(finding.baseline?.rawValue)),
        ])
    }

    static func json(evidence: Evidence) -> JSONValue {
        var members: [(String, JSONValue)] = []
        if !evidence.values.isEmpty {
            members.append(
                (
                    "values",
                    JSONBuild.object(
                        evidence.values.sorted { $0.key < $1.key }.map { ($0.key, JSONBuild.evidence($0.value)) }
                    )
                )
            )
        }
        if !evidence.evaluations.isEmpty {
            members.append(
                (
                    "evaluations",
                    JSONBuild.array(
                        evidence.evaluations.map { item in
                            JSONBuild.object([
                                ("principal", .string(item.principal)), ("action", .string(item.action)),
                                ("resource", .string(item.resource)),
                                ("decision", .string(item.evaluation.decision.rawValue)),
                                ("explanation", .string(item.evaluation.explanation.description)),
                            ])
                        }
                    )
                )
            )
        }
        return JSONBuild.object(members)
    }

    static func json(note: SuppressionNote) -> JSONValue {
        JSONBuild.object([
            ("kind", .string(note.kind.rawValue)), ("entry", JSONBuild.int(note.entryIndex)),
            ("reason", .string(note.reason)), ("expires", JSONBuild.string(note.expires)),
        ])
    }

    /// `2026-12-04T17:00:00Z`.
    static func timestamp(_ date: Date) -> String {
        date.formatted(.iso8601)
    }
}

extension ScanResult {
    /// A framework's controls as JSON: `{"framework": id, "title": …, "controls": [ … ]}`, each control
    /// as in the scan report.
    package static func controlsJSON(_ framework: Framework) -> JSONValue {
        JSONBuild.object([
            ("framework", .string(framework.id)),
            ("title", .string(framework.title)),
            ("controls", JSONBuild.array(framework.controls.map(json(control:)))),
        ])
    }
}
