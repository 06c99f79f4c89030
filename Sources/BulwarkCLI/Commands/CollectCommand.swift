/// `bulwark collect`: Runs the AWS CLI and writes a snapshot directory.
enum CollectCommand: CLICommand {
    static let name = "collect"
    static let usage = "collect --output DIR [--profile P] [--regions R,…] [--endpoint-url URL]"
    static let summary = "Runs the AWS CLI and writes a snapshot directory."

    static func run(_ arguments: [String], console: inout Console) async throws -> Int32 {
        console.err("bulwark collect: not available in this build yet")
        return ExitCode.badInput
    }
}
