import Bulwark
import Foundation

/// `bulwark policy validate`: checks IAM policy files, grammar first, then lint.
///
/// Text output prints one line per problem, `FILE:LINE:COL: JSON.PATH: severity: message [code]`,
/// then a summary line. `--format json` prints one document:
///
/// ```json
/// {"files": [{"file": "p.json", "kind": "identity", "status": "warnings",
///             "diagnostics": [{"severity": "warning", "code": "missing-version", "path": "Version",
///                              "line": 1, "column": 1, "offset": 0, "message": "…"}]}],
///  "errors": 0, "warnings": 1}
/// ```
///
/// `status` is `clean`, `warnings` (warnings or lint findings only), `invalid` (grammar errors) or
/// `unreadable` (then `error` holds the reason and `diagnostics` is empty).
enum PolicyValidateCommand: CLICommand {
    static let name = "validate"
    static let summary = "Checks IAM policies: grammar, then lint, with JSON paths, lines and columns."
    static let discussion = """
        A directory stands for the .json files directly inside it; - reads standard input.
        Exit status: 0 when every file is clean, 1 when there are only warnings or lint findings, \
        2 when any file is unreadable, not JSON or not a valid policy (the other files are still checked).
        """
    static let positionals = [
        Positional(
            name: "FILE",
            help: "A policy file, a directory of .json policy files, or - for standard input.",
            isRepeated: true
        )
    ]
    static let format = OutputFormat.textOrJSON
    static let kind = Choice("kind", default: PolicyKind.identity, help: "Which kind of policy the files hold.")
    static var options: [any CommandOption] { [format, kind] }

    /// Lint passes run after grammar validation on every valid policy (the catalog lint adds itself here).
    static let linters: [any PolicyLinter] = (try? AWSCatalog.shared).map { [CatalogLinter(catalog: $0)] } ?? []

    /// Files larger than this are refused unread: no policy kind allows more than a few dozen kilobytes.
    static let maximumFileSize = 64 << 20

    static func run(_ arguments: ParsedArguments, console: inout Console) async throws -> Int32 {
        let expanded = InputFile.expandingDirectories(arguments.positional)
        let kind = arguments[kind]
        let reports =
            expanded.problems.map { PolicyReport(file: $0.path, kind: kind, readError: $0.message) }
            + expanded.files.map { validate(file: $0, kind: kind) }
        switch arguments[format] {
        case .json:
            try console.json(PolicyReport.document(reports))
        default:
            for line in PolicyReport.textLines(reports) { console.out(line) }
        }
        if reports.contains(where: { $0.status == .unreadable || $0.status == .invalid }) { return ExitCode.badInput }
        if reports.contains(where: { $0.status == .warnings }) { return ExitCode.findings }
        return ExitCode.success
    }

    /// Reads, parses, validates and lints one file.
    static func validate(file: String, kind: PolicyKind, linters: [any PolicyLinter] = linters) -> PolicyReport {
        let data: Data
        switch InputFile.read(file, maximumSize: maximumFileSize) {
        case .success(let contents): data = contents
        case .failure(let failure): return PolicyReport(file: file, kind: kind, readError: failure.message)
        }
        var parsed = PolicyDocument.parse(data, kind: kind)
        let isValidPolicy = parsed.document != nil
        parsed.lint(with: linters)
        return PolicyReport(file: file, kind: kind, parsed: parsed, isValidPolicy: isValidPolicy)
    }
}
