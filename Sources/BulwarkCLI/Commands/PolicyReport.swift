import Bulwark

/// The outcome of validating one policy file, and its text and JSON renderings.
struct PolicyReport {
    /// The overall outcome for one file.
    enum Status: String {
        case clean
        case warnings
        case invalid
        case unreadable
    }

    var file: String
    var kind: PolicyKind
    var readError: String?
    var parsed: ParsedPolicy?
    /// Whether the grammar check passed (before lint, whose findings never make a policy invalid).
    var isValidPolicy: Bool

    init(
        file: String,
        kind: PolicyKind,
        readError: String? = nil,
        parsed: ParsedPolicy? = nil,
        isValidPolicy: Bool = false
    ) {
        self.file = file
        self.kind = kind
        self.readError = readError
        self.parsed = parsed
        self.isValidPolicy = isValidPolicy
    }

    var diagnostics: [Diagnostic] { parsed?.diagnostics ?? [] }

    var status: Status {
        guard let parsed else { return .unreadable }
        if !isValidPolicy { return .invalid }
        return parsed.diagnostics.isEmpty ? .clean : .warnings
    }

    /// One line per problem, then a summary.
    static func textLines(_ reports: [PolicyReport]) -> [String] {
        var lines: [String] = []
        for report in reports {
            if let readError = report.readError {
                lines.append("\(report.file): error: \(readError)")
                continue
            }
            for diagnostic in report.diagnostics {
                let place = diagnostic.position.map { "\($0.line):\($0.column):" } ?? ""
                lines.append(
                    "\(report.file):\(place) \(diagnostic.path): \(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.code)]"
                )
            }
        }
        let (errors, warnings) = counts(reports)
        let files = reports.count == 1 ? "1 file" : "\(reports.count) files"
        lines.append("\(files) checked: \(plural(errors, "error")), \(plural(warnings, "warning"))")
        return lines
    }

    /// The `--format json` document (see ``PolicyValidateCommand``).
    static func document(_ reports: [PolicyReport]) -> JSONReport {
        let (errors, warnings) = counts(reports)
        return JSONReport(
            files: reports.map { report in
                JSONReport.File(
                    file: report.file,
                    kind: report.kind.rawValue,
                    status: report.status.rawValue,
                    error: report.readError,
                    diagnostics: report.diagnostics.map(JSONReport.Problem.init)
                )
            },
            errors: errors,
            warnings: warnings
        )
    }

    /// The `--format json` document: every file, then the totals.
    struct JSONReport: Encodable {
        /// One file's outcome.
        struct File: Encodable {
            var file: String
            var kind: String
            var status: String
            var error: String?
            var diagnostics: [Problem]
        }

        /// One problem: severity, code, JSON path, line, column and byte offset when known, message.
        struct Problem: Encodable {
            var severity: String
            var code: String
            var path: String
            var line: Int?
            var column: Int?
            var offset: Int?
            var message: String

            init(_ diagnostic: Diagnostic) {
                severity = diagnostic.severity.rawValue
                code = diagnostic.code.rawValue
                path = diagnostic.path.description
                line = diagnostic.position?.line
                column = diagnostic.position?.column
                offset = diagnostic.position?.offset
                message = diagnostic.message
            }
        }

        var files: [File]
        var errors: Int
        var warnings: Int
    }

    /// Errors (unreadable files count as one) and warnings over all reports.
    private static func counts(_ reports: [PolicyReport]) -> (errors: Int, warnings: Int) {
        var errors = 0
        var warnings = 0
        for report in reports {
            if report.readError != nil { errors += 1 }
            for diagnostic in report.diagnostics {
                if diagnostic.severity == .error { errors += 1 } else { warnings += 1 }
            }
        }
        return (errors, warnings)
    }

    private static func plural(_ count: Int, _ word: String) -> String {
        count == 1 ? "1 \(word)" : "\(count) \(word)s"
    }
}
