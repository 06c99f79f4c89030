import Bulwark
import Foundation

/// `bulwark simulate`: evaluates IAM test vectors; with `expect`, checks them.
///
/// Each FILE is a vector file (one object or an array); a directory stands for the `.json` files
/// in it. Text output has one line per vector: the check (`PASS`, `FAIL`, or blank without
/// `expect`), the decision, where the vector is, and its name; `--explain` adds the evaluator's
/// explanation and the vector's `because`. A malformed file is reported on standard error with its
/// path and the JSON path of each problem, and the other files are still evaluated.
enum SimulateCommand: CLICommand {
    static let name = "simulate"
    static let summary = "Evaluates IAM test vectors; with 'expect', checks them and ends with 'N passed, M failed'."
    static let discussion = """
        A directory stands for the .json files directly inside it. A malformed file is reported on \
        standard error with its JSON paths; the other files are still evaluated.
        Exit status: 0 when every checked vector passes, 1 when one fails, 2 when any input is bad.
        """
    static let positionals = [
        Positional(name: "FILE", help: "An IAM test vector file, or a directory of them.", isRepeated: true)
    ]
    static let format = OutputFormat.textOrJSON
    static let explain = Flag("explain", help: "Explain each decision: the deciding statement, conditions and notes.")
    static var options: [any CommandOption] { [format, explain] }

    static func run(_ arguments: ParsedArguments, console: inout Console) async throws -> Int32 {
        var report = SimulationReport()
        let expanded = InputFile.expandingDirectories(arguments.positional)
        report.errors += expanded.problems.map { .init(file: $0.path, message: $0.message) }
        for path in expanded.files {
            report.add(file: path, loading: path)
        }
        switch arguments[format] {
        case .json:
            try console.json(report.document(explain: arguments[explain]))
        default:
            for line in report.textLines(explain: arguments[explain]) { console.out(line) }
        }
        for problem in report.errors { console.err(problem.text) }
        return report.exitCode
    }
}
