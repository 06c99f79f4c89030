import Bulwark
import Foundation

/// `bulwark scan`: runs controls over a snapshot and writes a report.
enum ScanCommand: CLICommand {
    static let name = "scan"
    static let summary = "Runs the security controls over an account snapshot and reports the findings."
    static let discussion = """
        Without SNAPSHOT, scans the example account bundled with Bulwark.
        Findings are pass, fail, unknown (the snapshot could not say, with the reason) or notApplicable. \
        Suppressed findings stay in every report, marked with the suppression's reason; expired and \
        unused suppressions are reported. With --baseline, each finding is marked new, unchanged, fixed \
        or changed against an earlier '--format json' report.
        Exit status: 0 when no unsuppressed failing finding is at or above --fail-on, 1 when one is, \
        2 on bad input (unreadable snapshot, malformed suppressions or baseline, unknown framework).
        """
    static let positionals = [
        Positional(
            name: "SNAPSHOT",
            help: "A snapshot directory written by 'bulwark collect' (default: the bundled example account).",
            isRequired: false
        )
    ]
    static let format = Choice("format", default: OutputFormat.text, help: "The report format.")
    static let output = Option<String>(
        "output",
        placeholder: "FILE",
        help: "Write the report to FILE instead of standard output."
    )
    static let framework = Option<String>(
        "framework",
        placeholder: "ID",
        help: "Run the controls of one framework (default: all)."
    )
    static let domain = Option<String>(
        "domain",
        placeholder: "DOMAIN",
        help: "Only controls of these domains.",
        repeated: true
    )
    static let severity = Option<String>(
        "severity",
        placeholder: "LEVEL",
        help: "Only controls at or above this severity."
    )
    static let control = Option<String>(
        "control",
        placeholder: "ID",
        help: "Only these controls (IAM-style * and ? allowed).",
        repeated: true
    )
    static let region = Option<String>(
        "region",
        placeholder: "REGION",
        help: "Only findings in these regions (global ones are kept).",
        repeated: true
    )
    static let suppressions = Option<String>("suppressions", placeholder: "FILE", help: "A suppressions file (JSON).")
    static let baseline = Option<String>(
        "baseline",
        placeholder: "FILE",
        help: "An earlier '--format json' report to compare with."
    )
    static let failOn = Choice(
        "fail-on",
        default: Severity.informational,
        help: "Exit 1 when an unsuppressed failing finding has this severity or a higher one."
    )
    static var options: [any CommandOption] {
        [format, output, framework, domain, severity, control, region, suppressions, baseline, failOn]
    }

    static func run(_ arguments: ParsedArguments, console: inout Console) async throws -> Int32 {
        let selected = try BuiltInFrameworks.named(arguments[framework] ?? "all")
        let filter = try scanFilter(arguments)
        let suppressionList = try arguments[suppressions]
            .map { try SuppressionList.load(from: URL(fileURLWithPath: $0)) }
        let baselineScan = try arguments[baseline].map { try Baseline.load(from: URL(fileURLWithPath: $0)) }
        let snapshot: AccountSnapshot
        do {
            snapshot = try await AccountSnapshot.load(from: try snapshotURL(arguments.positional.first))
        } catch {
            console.err("bulwark scan: \(error)")
            return ExitCode.badInput
        }
        let showsProgress = console.isTerminal && arguments[format] == .text && arguments[output] == nil
        let progress: (@Sendable (Int, Int) -> Void)? = showsProgress ? ScanCommand.showProgress : nil
        let now = Date()
        var result = await ControlRunner(framework: selected)
            .scan(snapshot, filter: filter, now: now, progress: progress)
        if showsProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        suppressionList?.apply(to: &result, now: now)
        baselineScan?.compare(&result)
        let colors =
            showsProgress && isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        let options = ReportOptions(toolVersion: BulwarkVersion.current, colors: colors)
        let report = result.report(ReportFormat(rawValue: arguments[format].rawValue) ?? .text, options: options)
        if let path = arguments[output] {
            do {
                try Data(report.utf8).write(to: URL(fileURLWithPath: path))
            } catch {
                console.err("bulwark scan: cannot write \(path): \(error.localizedDescription)")
                return ExitCode.badInput
            }
        } else {
            console.out(String(report.dropLast(report.hasSuffix("\n") ? 1 : 0)))
        }
        for issue in snapshot.issues { console.err("warning: \(issue)") }
        return result.failures(atOrAbove: arguments[failOn]).isEmpty ? ExitCode.success : ExitCode.findings
    }

    /// Rewrites the progress line on standard error.
    @Sendable static func showProgress(done: Int, total: Int) {
        FileHandle.standardError.write(Data("\rscanning: \(done)/\(total) controls".utf8))
    }

    /// The filter from `--domain`, `--severity`, `--control` and `--region`.
    static func scanFilter(_ arguments: ParsedArguments) throws -> ScanFilter {
        var filter = ScanFilter()
        let domains = arguments.list(domain)
        if !domains.isEmpty {
            filter.domains = Set(
                try domains.map { text in
                    guard let value = Domain(rawValue: text) else {
                        throw UsageError(
                            "--domain must be one of \(Domain.allCases.map(\.rawValue).joined(separator: ", ")), not '\(text)'"
                        )
                    }
                    return value
                }
            )
        }
        if let text = arguments[severity] {
            guard let value = Severity(rawValue: text) else {
                throw UsageError(
                    "--severity must be one of \(Severity.allCases.map(\.rawValue).joined(separator: ", ")), not '\(text)'"
                )
            }
            filter.minimumSeverity = value
        }
        let controls = arguments.list(control)
        if !controls.isEmpty { filter.controlIDs = controls }
        let regions = arguments.list(region)
        if !regions.isEmpty { filter.regions = Set(regions) }
        return filter
    }

    /// The snapshot directory: the argument, or the bundled example account.
    static func snapshotURL(_ path: String?) throws -> URL {
        if let path { return URL(fileURLWithPath: path, isDirectory: true) }
        guard let examples = Bundle.module.url(forResource: "Examples", withExtension: nil) else {
            throw UsageError("the bundled example account is missing from this installation; name a SNAPSHOT")
        }
        return examples.appendingPathComponent("example-account", isDirectory: true)
    }
}
