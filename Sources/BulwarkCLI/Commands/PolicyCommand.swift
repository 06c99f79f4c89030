/// `bulwark policy`: Checks IAM policies: grammar, then lint, with JSON paths.
enum PolicyCommand: CLICommand {
    static let name = "policy"
    static let usage = "policy validate FILE… [--format text|json]"
    static let summary = "Checks IAM policies: grammar, then lint, with JSON paths."

    static func run(_ arguments: [String], console: inout Console) async throws -> Int32 {
        console.err("bulwark policy: not available in this build yet")
        return ExitCode.badInput
    }
}
