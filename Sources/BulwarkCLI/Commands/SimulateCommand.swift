/// `bulwark simulate`: Evaluates IAM test vectors; with 'expect', checks them and ends with 'N passed, M failed'.
enum SimulateCommand: CLICommand {
    static let name = "simulate"
    static let usage = "simulate FILE… [--format text|json] [--explain]"
    static let summary = "Evaluates IAM test vectors; with 'expect', checks them and ends with 'N passed, M failed'."

    static func run(_ arguments: [String], console: inout Console) async throws -> Int32 {
        console.err("bulwark simulate: not available in this build yet")
        return ExitCode.badInput
    }
}
