/// A `bulwark` command, declared rather than hand-parsed.
///
/// A command states its name, a summary, its positional arguments and its options; the parser, the
/// usage line and `bulwark COMMAND --help` are all made from that declaration. Adding a command is
/// one new file with a type conforming to this protocol plus one line in
/// ``BulwarkCommand/commands`` (or in a group's ``subcommands``).
protocol CLICommand {
    /// The word that selects the command, such as `simulate` (or `validate` under `policy`).
    static var name: String { get }
    /// One sentence on what the command does.
    static var summary: String { get }
    /// More on what the command prints and its exit status, shown by `--help`.
    static var discussion: String { get }
    /// The positional arguments, in order.
    static var positionals: [Positional] { get }
    /// The options and flags.
    static var options: [any CommandOption] { get }
    /// The subcommands, for a group such as `policy`; a group is never run itself.
    static var subcommands: [any CLICommand.Type] { get }
    /// Runs the command with its parsed arguments and returns the exit status.
    static func run(_ arguments: ParsedArguments, console: inout Console) async throws -> Int32
}

extension CLICommand {
    static var discussion: String { "" }
    static var positionals: [Positional] { [] }
    static var options: [any CommandOption] { [] }
    static var subcommands: [any CLICommand.Type] { [] }

    /// A group names its subcommands when run without one.
    static func run(_ arguments: ParsedArguments, console: inout Console) throws -> Int32 {
        throw UsageError("name a subcommand: \(subcommands.map { $0.name }.joined(separator: ", "))")
    }
}

/// Process exit codes shared by every command.
enum ExitCode {
    /// Everything was fine.
    static let success: Int32 = 0
    /// The command worked and found something: lint findings, failed vectors, failed controls.
    static let findings: Int32 = 1
    /// Bad input: unreadable file, invalid JSON, not a policy, bad arguments.
    static let badInput: Int32 = 2
}

/// A bad command line: reported with the command's usage and exit code 2.
struct UsageError: Error {
    /// What is wrong, in one sentence.
    var message: String
    init(_ message: String) { self.message = message }
}
