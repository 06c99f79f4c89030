/// `bulwark actions`: Expands action patterns such as s3:Get* against the action catalog.
enum ActionsCommand: CLICommand {
    static let name = "actions"
    static let usage = "actions PATTERN… [--format json]"
    static let summary = "Expands action patterns such as s3:Get* against the action catalog."

    static func run(_ arguments: [String], console: inout Console) async throws -> Int32 {
        console.err("bulwark actions: not available in this build yet")
        return ExitCode.badInput
    }
}
