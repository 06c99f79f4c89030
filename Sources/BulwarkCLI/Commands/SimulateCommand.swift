import Bulwark
import Foundation

/// `bulwark simulate`: Evaluates IAM test vectors; with 'expect', checks them and ends with 'N passed, M failed'.
///
/// Each FILE is a vector file in the DESIGN.md format (one object or an array); a directory stands for
/// the `.json` files in it. Text output has one line per vector: the check (`PASS`, `FAIL`, or blank
/// without `expect`), the decision, where the vector is, and its name; `--explain` adds the
/// evaluator's explanation and the vector's `because`. A malformed file is reported on standard error
/// with its path and the JSON path of each problem, and the other files are still evaluated.
/// Exit status: 0 when every checked vector passes, 1 when one fails, 2 when any input is bad.
enum SimulateCommand: CLICommand {
    static let name = "simulate"
    static let usage = "simulate FILE… [--format text|json] [--explain]"
    static let summary = "Evaluates IAM test vectors; with 'expect', checks them and ends with 'N passed, M failed'."

    static func run(_ arguments: [String], console: inout Console) async throws -> Int32 {
        let parsed = try Arguments(arguments, options: ["format"], flags: ["explain"])
        let format = try parsed.choice("format", ["text", "json"], default: "text")
        let explain = parsed.flag("explain")
        guard !parsed.positional.isEmpty else { throw UsageError("give at least one vector file") }

        var report = SimulationReport()
        for path in expand(parsed.positional, into: &report) {
            report.add(file: path, loading: path)
        }
        switch format {
        case "json":
            console.out(report.json(explain: explain))
        default:
            for line in report.textLines(explain: explain) { console.out(line) }
        }
        for problem in report.errors { console.err(problem.text) }
        return report.exitCode
    }

    /// Expands directories to the `.json` files inside them (sorted); files pass through.
    static func expand(_ paths: [String], into report: inout SimulationReport) -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                files.append(path)
                continue
            }
            do {
                let names = try FileManager.default.contentsOfDirectory(atPath: path)
                let vectorFiles = names.filter { $0.hasSuffix(".json") }.sorted()
                if vectorFiles.isEmpty {
                    report.errors.append(.init(file: path, message: "the directory holds no .json vector files"))
                }
                files += vectorFiles.map { (path as NSString).appendingPathComponent($0) }
            } catch {
                report.errors.append(
                    .init(file: path, message: "cannot list the directory: \(error.localizedDescription)")
                )
            }
        }
        return files
    }
}
