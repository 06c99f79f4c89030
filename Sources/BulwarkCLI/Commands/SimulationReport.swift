import Bulwark
import Foundation

/// The results of `bulwark simulate`: one entry per vector plus the files that could not be read.
///
/// The JSON form (`--format json`) is one document, stable and documented:
///
/// ```json
/// {
///     "summary": {"passed": 2, "failed": 0, "unchecked": 0, "invalidFiles": 1},
///     "vectors": [{"file": "a.json", "index": 0, "name": "…", "decision": "Allow", "expect": "Allow",
///                  "status": "pass", "because": "…",
///                  "explanation": {"rule": "…", "decidedBy": "…", "matched": ["…"],
///                                  "failedConditions": ["…"], "notes": ["…"]}}],
///     "errors": [{"file": "bad.json", "line": 3, "column": 7, "path": "[0].expect",
///                 "message": "'Deny' is not a decision; use one of Allow, ExplicitDeny, ImplicitDeny"}]
/// }
/// ```
///
/// `decision` and `expect` are spelled as in the vectors; `status` is `pass`, `fail` or `unchecked`
/// (no `expect`); `explanation` appears with `--explain`; members absent when unknown.
struct SimulationReport {
    /// One evaluated vector.
    struct Entry {
        var vector: IAMTestVector
        var evaluation: Evaluation
        var passed: Bool? { vector.isSatisfied(by: evaluation.decision) }
    }

    /// One problem with an input file.
    struct Problem: Encodable {
        var file: String
        var line: Int?
        var column: Int?
        var path: String?
        var message: String

        init(file: String, message: String, path: String? = nil, location: TextPosition? = nil) {
            self.file = file
            self.message = message
            self.path = path
            self.line = location?.line
            self.column = location?.column
        }

        /// `FILE:LINE:COLUMN: PATH: MESSAGE`, leaving out what is unknown.
        var text: String {
            var place = file
            if let line, let column { place += ":\(line):\(column)" }
            return [place, path, message].compactMap { $0 }.joined(separator: ": ")
        }
    }

    var entries: [Entry] = []
    var errors: [Problem] = []

    var passed: Int { entries.count { $0.passed == true } }
    var failed: Int { entries.count { $0.passed == false } }
    var unchecked: Int { entries.count { $0.passed == nil } }
    var invalidFiles: Int { Set(errors.map(\.file)).count }

    /// Reads, decodes and evaluates one file, recording its vectors or its problems.
    mutating func add(file: String, loading path: String) {
        let data: Data
        switch InputFile.read(path) {
        case .success(let contents): data = contents
        case .failure(let failure):
            errors.append(Problem(file: file, message: "cannot read the file: " + failure.message))
            return
        }
        do {
            for vector in try IAMTestVector.decode(data, file: file) {
                entries.append(Entry(vector: vector, evaluation: vector.evaluate()))
            }
        } catch {
            for diagnostic in error.diagnostics {
                errors.append(
                    Problem(
                        file: file,
                        message: diagnostic.message,
                        path: diagnostic.path.description,
                        location: diagnostic.position
                    )
                )
            }
        }
    }

    /// 2 when any input was bad, else 1 when a checked vector failed, else 0.
    var exitCode: Int32 {
        if !errors.isEmpty { return ExitCode.badInput }
        return failed > 0 ? ExitCode.findings : ExitCode.success
    }

    /// The text report: one line per vector, explanations when asked, and the summary line.
    func textLines(explain: Bool) -> [String] {
        let width = Decision.allCases.map(\.rawValue.count).max() ?? 12
        var lines: [String] = []
        for entry in entries {
            let check = entry.passed.map { $0 ? "PASS" : "FAIL" } ?? "    "
            let decision = entry.evaluation.decision.rawValue
            let padded = decision + String(repeating: " ", count: max(0, width - decision.count))
            var line = "\(check) \(padded) \(entry.vector.source) \(entry.vector.name)"
            if entry.passed == false, let expected = entry.vector.expected { line += " (expected \(expected))" }
            lines.append(line)
            if explain {
                lines += "\(entry.evaluation.explanation)".split(separator: "\n").map { "    " + $0 }
                if let because = entry.vector.because { lines.append("    because: \(because)") }
            }
        }
        if entries.contains(where: { $0.vector.expected != nil }) {
            lines.append("\(passed) passed, \(failed) failed")
        }
        return lines
    }

    /// The `--format json` document (see the type's documentation).
    func document(explain: Bool) -> JSONDocument {
        JSONDocument(
            summary: JSONSummary(passed: passed, failed: failed, unchecked: unchecked, invalidFiles: invalidFiles),
            vectors: entries.map { JSONVector($0, explain: explain) },
            errors: errors
        )
    }
}
