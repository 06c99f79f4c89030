import BulwarkIAM
public import Foundation

/// The findings of an earlier scan (its `--format json` report), to compare a new scan with.
///
/// Comparing marks each finding ``BaselineState/new`` (fails now, did not fail then),
/// ``BaselineState/unchanged``, ``BaselineState/fixed`` (failed then, not now) or
/// ``BaselineState/changed``, and lists findings of the baseline that no longer exist.
public struct Baseline: Sendable, Hashable {
    /// The baseline's findings, by stable id.
    public var findings: [String: BaselineFinding]

    /// Creates a baseline from findings.
    public init(_ findings: [BaselineFinding]) {
        self.findings = Dictionary(findings.map { ($0.id, $0) }) { first, _ in first }
    }

    /// Reads a JSON scan report.
    ///
    /// - Throws: ``ScanInputError`` when the file is unreadable, not JSON, not a scan report, or of
    ///   an unsupported `formatVersion`.
    public static func load(from url: URL) throws(ScanInputError) -> Baseline {
        let bytes: Data
        do {
            bytes = try Data(contentsOf: url)
        } catch {
            throw ScanInputError(
                file: url.path,
                message: "cannot read the file: \(error.localizedDescription)",
                fix: "Check the path and its permissions"
            )
        }
        return try parse(Array(bytes), file: url.path)
    }

    /// Parses a JSON scan report; `file` names it in errors.
    public static func parse(_ bytes: [UInt8], file: String) throws(ScanInputError) -> Baseline {
        let reader = JSONFieldReader(file: file)
        let root = try reader.object(try reader.parse(bytes), .root)
        guard case .number(let version)? = root["formatVersion"]?.value, Int(version) == ScanResult.jsonFormatVersion
        else {
            throw ScanInputError(
                file: file,
                path: ["formatVersion"],
                location: root["formatVersion"]?.location ?? root.location,
                message: "not a Bulwark scan report of formatVersion \(ScanResult.jsonFormatVersion)",
                fix: "Pass the output of `bulwark scan --format json`"
            )
        }
        guard let list = root["findings"] else {
            throw ScanInputError(
                file: file,
                location: root.location,
                message: "missing member \"findings\"",
                fix: "Pass the output of `bulwark scan --format json`"
            )
        }
        var findings: [BaselineFinding] = []
        for (index, node) in try reader.array(list, ["findings"]).enumerated() {
            let path = JSONPath(["findings", .index(index)])
            let object = try reader.object(node, path)
            func field(_ key: String) throws(ScanInputError) -> String {
                guard let value = object[key] else {
                    throw ScanInputError(
                        file: file,
                        path: path.appending(key: key),
                        location: object.location,
                        message: "missing member \"\(key)\"",
                        fix: "Pass an unmodified `bulwark scan --format json` report"
                    )
                }
                return try reader.string(value, path.appending(key: key))
            }
            let statusText = try field("status")
            guard let status = FindingStatus(rawValue: statusText) else {
                throw ScanInputError(
                    file: file,
                    path: path.appending(key: "status"),
                    location: object["status"]?.location,
                    message: "unknown status \"\(statusText)\"",
                    fix: "Use pass, fail, unknown or notApplicable"
                )
            }
            findings.append(
                BaselineFinding(
                    id: try field("id"),
                    controlID: try field("control"),
                    status: status,
                    resource: try field("resource"),
                    region: try field("region")
                )
            )
        }
        return Baseline(findings)
    }

    /// Marks every finding of `result` against this baseline and lists the baseline's findings that
    /// are gone in ``ScanResult/removedSinceBaseline``.
    public func compare(_ result: inout ScanResult) {
        var seen = Set<String>()
        for index in result.findings.indices {
            let finding = result.findings[index]
            seen.insert(finding.id)
            result.findings[index].baseline = state(of: finding)
        }
        result.removedSinceBaseline = findings.values.filter { !seen.contains($0.id) }
            .sorted { ($0.controlID, $0.resource, $0.region) < ($1.controlID, $1.resource, $1.region) }
    }

    private func state(of finding: Finding) -> BaselineState {
        guard let before = findings[finding.id] else { return .new }
        if before.status == finding.status { return .unchanged }
        if before.status == .fail { return .fixed }
        if finding.status == .fail { return .new }
        return .changed
    }
}
