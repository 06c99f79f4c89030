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

    var diagnostics: [PolicyDiagnostic] { parsed?.diagnostics ?? [] }

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
                let place = diagnostic.location.map { "\($0.line):\($0.column):" } ?? ""
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

    /// The documented JSON document (see ``PolicyCommand``).
    static func json(_ reports: [PolicyReport]) -> String {
        let files = reports.map { report -> JSONValue in
            var members = [
                field("file", .string(report.file)),
                field("kind", .string(report.kind.rawValue)),
                field("status", .string(report.status.rawValue)),
            ]
            if let readError = report.readError { members.append(field("error", .string(readError))) }
            members.append(field("diagnostics", .array(report.diagnostics.map { LocatedJSON($0.jsonValue) })))
            return .object(members)
        }
        let (errors, warnings) = counts(reports)
        return JSONWriter.string(
            .object([
                field("files", .array(files.map { LocatedJSON($0) })),
                field("errors", .number(String(errors))),
                field("warnings", .number(String(warnings))),
            ]),
            pretty: true
        )
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

    private static func field(_ key: String, _ value: JSONValue) -> JSONMember {
        JSONMember(key: key, value: LocatedJSON(value))
    }

    private static func plural(_ count: Int, _ word: String) -> String {
        count == 1 ? "1 \(word)" : "\(count) \(word)s"
    }
}
