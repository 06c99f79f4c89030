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
/// `unreadable` (then `error` holds the reason and `diagnostics` is empty). Exit status: 0 when
/// every file is clean, 1 when there are only warnings or lint findings, 2 when any file is
/// unreadable, not JSON or not a valid policy (the other files are still checked).
enum PolicyCommand: CLICommand {
    static let name = "policy"
    static let usage =
        "policy validate FILE… [--format text|json] [--kind identity|resource|trust|boundary|session|scp|rcp|endpoint]"
    static let summary = "Checks IAM policies: grammar, then lint, with JSON paths, lines and columns."

    /// Lint passes run after grammar validation on every valid policy (the catalog lint adds itself here).
    static let linters: [any PolicyLinter] = (try? AWSCatalog.shared).map { [CatalogLinter(catalog: $0)] } ?? []

    /// Files larger than this are refused unread: no policy kind allows more than a few dozen kilobytes.
    static let maximumFileSize = 64 << 20

    static func run(_ arguments: [String], console: inout Console) async throws -> Int32 {
        guard arguments.first == "validate" else {
            throw UsageError(
                arguments.first.map { "unknown subcommand '\($0)'; use 'validate'" } ?? "missing subcommand 'validate'"
            )
        }
        let options = try Arguments(Array(arguments.dropFirst()), options: ["format", "kind"])
        let format = try options.choice("format", ["text", "json"], default: "text")
        let kindName = try options.choice(
            "kind",
            PolicyKind.allCases.map(\.rawValue),
            default: PolicyKind.identity.rawValue
        )
        let kind = PolicyKind(rawValue: kindName) ?? .identity
        guard !options.positional.isEmpty else {
            throw UsageError("name at least one policy file (or - for standard input)")
        }
        let reports = options.positional.map { validate(file: $0, kind: kind) }
        if format == "json" {
            console.out(PolicyReport.json(reports))
        } else {
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
