/// `bulwark policy`: the group of commands that work on IAM policy files.
enum PolicyCommand: CLICommand {
    static let name = "policy"
    static let summary = "Works on IAM policy files: 'policy validate' checks them."
    /// Register a new `policy` subcommand here.
    static var subcommands: [any CLICommand.Type] { [PolicyValidateCommand.self] }
}
