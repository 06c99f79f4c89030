import BulwarkIAM
import Foundation

extension ScanResult {
    /// The OCSF schema version the report follows.
    public static let ocsfVersion = "1.5.0"

    /// The scan as a JSON array of OCSF Detection Findings (class 2004), one per finding, with the
    /// cloud profile: the shape Security Hub, Security Lake and Prowler exchange.
    public func ocsfReport(options: ReportOptions = ReportOptions()) -> String {
        let byID = Dictionary(controls.map { ($0.id, $0) }) { first, _ in first }
        let time = Int(generatedAt.timeIntervalSince1970)
        let events = findings.compactMap { finding in
            byID[finding.controlID].map { ocsf(finding, $0, time: time, options: options) }
        }
        return JSONWriter.string(JSONBuild.array(events), pretty: true) + "\n"
    }

    private func ocsf(_ finding: Finding, _ control: Control, time: Int, options: ReportOptions) -> JSONValue {
        let (severityID, severityName) = ScanResult.ocsfSeverity(control.severity)
        let statusCode: String
        switch finding.status {
        case .pass: statusCode = "PASS"
        case .fail: statusCode = "FAIL"
        case .unknown: statusCode = "UNKNOWN"
        case .notApplicable: statusCode = "NOT_APPLICABLE"
        }
        let suppressed = finding.suppression != nil
        let partition = finding.resource.split(separator: ":", omittingEmptySubsequences: false).dropFirst().first
        var resource: [(String, JSONValue)] = [
            ("uid", .string(finding.resource)),
            ("type", .string(finding.resourceType)),
            ("region", .string(finding.region)),
            ("labels", JSONBuild.strings(finding.tags.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" })),
            ("data", ScanResult.json(evidence: finding.evidence)),
        ]
        if let partition { resource.insert(("cloud_partition", .string(String(partition))), at: 1) }
        var remediationReferences = control.references.filter { $0.framework == Reference.documentationFramework }
            .map(\.id)
        if let cli = control.remediation.cli { remediationReferences.append(cli) }
        if let url = control.remediation.url { remediationReferences.append(url) }
        return JSONBuild.object([
            (
                "metadata",
                JSONBuild.object([
                    ("event_code", .string(control.id)),
                    (
                        "product",
                        JSONBuild.object([
                            ("name", .string("Bulwark")), ("uid", .string("bulwark")),
                            ("vendor_name", .string("Bulwark")), ("version", .string(options.toolVersion)),
                        ])
                    ),
                    ("profiles", JSONBuild.strings(["cloud"])),
                    ("tenant_uid", .string(finding.account)),
                    ("version", .string(ScanResult.ocsfVersion)),
                ])
            ),
            ("activity_id", JSONBuild.int(1)),
            ("activity_name", .string("Create")),
            ("category_uid", JSONBuild.int(2)),
            ("category_name", .string("Findings")),
            ("class_uid", JSONBuild.int(2004)),
            ("class_name", .string("Detection Finding")),
            ("type_uid", JSONBuild.int(200_401)),
            ("type_name", .string("Detection Finding: Create")),
            ("severity_id", JSONBuild.int(severityID)),
            ("severity", .string(severityName)),
            ("status_id", JSONBuild.int(suppressed ? 3 : 1)),
            ("status", .string(suppressed ? "Suppressed" : "New")),
            ("status_code", .string(statusCode)),
            ("status_detail", .string(finding.message)),
            ("message", .string(finding.message)),
            ("time", JSONBuild.int(time)),
            ("time_dt", .string(ScanResult.timestamp(generatedAt))),
            (
                "finding_info",
                JSONBuild.object([
                    ("uid", .string(finding.id)),
                    ("title", .string(control.title)),
                    ("desc", .string(control.rationale.isEmpty ? control.title : control.rationale)),
                    ("types", JSONBuild.strings([control.domain.rawValue])),
                    ("created_time", JSONBuild.int(time)),
                ])
            ),
            ("resources", JSONBuild.array([JSONBuild.object(resource)])),
            (
                "cloud",
                JSONBuild.object([
                    ("provider", .string("AWS")),
                    ("region", .string(finding.region)),
                    (
                        "account",
                        JSONBuild.object([
                            ("uid", .string(finding.account)), ("name", .string(finding.account)),
                            ("type_id", JSONBuild.int(10)), ("type", .string("AWS Account")),
                        ])
                    ),
                ])
            ),
            (
                "remediation",
                JSONBuild.object([
                    ("desc", .string(control.remediation.text.isEmpty ? control.title : control.remediation.text)),
                    ("references", JSONBuild.strings(remediationReferences)),
                ])
            ),
            (
                "unmapped",
                JSONBuild.object([
                    ("references", JSONBuild.strings(control.references.map(\.description))),
                    ("unknownReason", JSONBuild.string(finding.unknownReason?.description)),
                    ("suppressionReason", JSONBuild.string(finding.suppression?.reason)),
                    ("baseline", JSONBuild.string(finding.baseline?.rawValue)),
                ])
            ),
        ])
    }

    static func ocsfSeverity(_ severity: Severity) -> (Int, String) {
        switch severity {
        case .informational: return (1, "Informational")
        case .low: return (2, "Low")
        case .medium: return (3, "Medium")
        case .high: return (4, "High")
        case .critical: return (5, "Critical")
        }
    }
}
