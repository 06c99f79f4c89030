import BulwarkIAM
import Foundation

/// The `bulwark` demo command: collects, scans, simulates and explains.
///
/// Each command lives in `Commands/` as one type conforming to ``CLICommand``; this type only
/// registers and dispatches them. Exit codes: 0 success, 1 findings or mismatches, 2 bad input.
@main
struct BulwarkCommand {
    /// Every command, in the order `--help` lists them.
    ///
    /// Register a new command here.
    static var commands: [any CLICommand.Type] {
        [
            PolicyCommand.self,
            SimulateCommand.self,
            ActionsCommand.self,
            CollectCommand.self,
            InventoryCommand.self,
            ScanCommand.self,
            ControlsCommand.self,
        ]
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
        switch first {
        case "--help", "-h", "help":
            console.out(usage)
            return ExitCode.success
        case "--version":
            console.out("bulwark \(BulwarkVersion.current)")
            return ExitCode.success
        default:
            break
        }
        guard var command = commands.first(where: { $0.name == first }) else {
            console.err("bulwark: unknown command '\(first)'. Run 'bulwark --help' for the list of commands.")
            return ExitCode.badInput
        }
        var path = command.name
        var rest = Array(arguments.dropFirst())
        while !command.subcommands.isEmpty, let word = rest.first, !word.hasPrefix("-") {
            guard let subcommand = command.subcommands.first(where: { $0.name == word }) else {
                let help = CommandHelp(command: command, path: path)
                console.err("bulwark \(path): unknown subcommand '\(word)'\nUsage: bulwark \(help.usage)")
                return ExitCode.badInput
            }
            command = subcommand
            path += " " + word
            rest.removeFirst()
        }
        let help = CommandHelp(command: command, path: path)
        if wantsHelp(rest) {
            console.out(help.text)
            return ExitCode.success
        }
        do {
            return try await command.run(ParsedArguments(rest, for: command), console: &console)
        } catch let error as UsageError {
            console.err("bulwark \(path): \(error.message)\nUsage: bulwark \(help.usage)")
            return ExitCode.badInput
        } catch {
            console.err("bulwark \(path): \(error)")
            return ExitCode.badInput
        }
    }

    /// Whether `-h` or `--help` appears before any `--`.
    private static func wantsHelp(_ arguments: [String]) -> Bool {
        for argument in arguments {
            if argument == "--" { return false }
            if argument == "-h" || argument == "--help" { return true }
        }
        return false
    }

    /// Every runnable command with the words that select it (`policy validate`), groups expanded.
    static var leaves: [(command: any CLICommand.Type, path: String)] {
        func expand(_ command: any CLICommand.Type, _ path: String) -> [(any CLICommand.Type, String)] {
            command.subcommands.isEmpty
                ? [(command, path)] : command.subcommands.flatMap { expand($0, path + " " + $0.name) }
        }
        return commands.flatMap { expand($0, $0.name) }
    }

    /// The overview printed by `bulwark --help`.
    static var usage: String {
        var text = """
            bulwark \(BulwarkVersion.current) — AWS security posture and IAM policy analysis.

            Usage: bulwark [COMMAND] [OPTIONS]
            With no command, bulwark runs a demonstration on bundled example data.

            Commands:

            """
        for (command, path) in leaves {
            text += "  \(CommandHelp(command: command, path: path).usage)\n      \(command.summary)\n"
        }
        text += """

            Run 'bulwark COMMAND --help' for a command's options; 'bulwark --version' prints the version.
            Exit codes: 0 success, 1 findings or mismatches, 2 bad input.
            """
        return text
    }
}
