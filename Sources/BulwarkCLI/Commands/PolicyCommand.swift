/// `bulwark policy`: the group of commands that work on IAM policy files.
enum PolicyCommand: CLICommand {
    static let name = "policy"
    static let summary =
        "Works on IAM policy files: validate checks them, format prints them canonically, to-swift as Swift."
    /// Register a new `policy` subcommand here.
    static var subcommands: [any CLICommand.Type] {
        [PolicyValidateCommand.self, PolicyFormatCommand.self, PolicyToSwiftCommand.self]
    }
}
