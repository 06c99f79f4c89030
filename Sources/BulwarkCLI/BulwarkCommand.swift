import Foundation

/// The `bulwark` demo command: collects, scans, simulates and explains.
///
/// Each subcommand lives in `Commands/` as one type conforming to ``CLICommand``; this file only
/// dispatches. Exit codes follow DESIGN.md: 0 success, 1 findings or mismatches, 2 bad input.
@main
struct BulwarkCommand {
    /// Every subcommand, in the order `--help` lists them.
    static var commands: [any CLICommand.Type] {
        [PolicyCommand.self, SimulateCommand.self, ActionsCommand.self, CollectCommand.self, InventoryCommand.self]
    }

    static func main() async {
        var console = Console.standard
        let status = await run(Array(CommandLine.arguments.dropFirst()), console: &console)
        exit(status)
    }

    /// Runs `bulwark` with `arguments` (without the program name) and returns the exit status.
    static func run(_ arguments: [String], console: inout Console) async -> Int32 {
        guard let first = arguments.first else {
            return await DemoCommand.run(console: &console)
        }
        if first == "--help" || first == "-h" || first == "help" {
            console.out(usage)
            return ExitCode.success
        }
        guard let command = commands.first(where: { $0.name == first }) else {
            console.err("bulwark: unknown command '\(first)'. Run 'bulwark --help' for the list of commands.")
            return ExitCode.badInput
        }
        do {
            return try await command.run(Array(arguments.dropFirst()), console: &console)
        } catch let error as UsageError {
            console.err("bulwark \(command.name): \(error.message)\nUsage: \(command.usage)")
            return ExitCode.badInput
        } catch {
            console.err("bulwark \(command.name): \(error)")
            return ExitCode.badInput
        }
    }

    static var usage: String {
        var text = """
            bulwark — AWS security posture and IAM policy analysis.

            Usage: bulwark [COMMAND] [OPTIONS]
            With no command, bulwark runs a demonstration on bundled example data.

            Commands:

            """
        for command in commands {
            text += "  \(command.usage)\n      \(command.summary)\n"
        }
        text += "\nExit codes: 0 success, 1 findings or mismatches, 2 bad input."
        return text
    }
}

/// Process exit codes shared by every command (DESIGN.md).
enum ExitCode {
    /// Everything was fine.
    static let success: Int32 = 0
    /// The command worked and found something: lint findings, failed vectors, failed controls.
    static let findings: Int32 = 1
    /// Bad input: unreadable file, invalid JSON, not a policy, bad arguments.
    static let badInput: Int32 = 2
}

/// A `bulwark` subcommand.
protocol CLICommand {
    /// The word that selects the command, such as `simulate`.
    static var name: String { get }
    /// One line of usage, such as `simulate FILE… [--format text|json] [--explain]`.
    static var usage: String { get }
    /// One sentence on what the command does.
    static var summary: String { get }
    /// Runs the command with the arguments after its name and returns the exit status.
    static func run(_ arguments: [String], console: inout Console) async throws -> Int32
}
