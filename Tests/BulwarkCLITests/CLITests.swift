@testable import BulwarkCLI
import BulwarkIAM
import Testing

/// Runs `bulwark` in-process and captures what it prints.
func runCLI(_ arguments: [String]) async -> (status: Int32, output: String, errors: String) {
    let captured = CapturedConsole()
    var console = captured.console
    let status = await BulwarkCommand.run(arguments, console: &console)
    return (status, captured.output, captured.errors)
}

@Suite struct DispatchTests {
    @Test func helpListsEveryCommand() async {
        let result = await runCLI(["--help"])
        #expect(result.status == 0)
        for command in BulwarkCommand.commands {
            #expect(result.output.contains(command.name))
        }
    }

    /// Every registered command and subcommand (and every group) prints its help and exits 0.
    @Test(arguments: BulwarkCommand.leaves.map(\.path) + BulwarkCommand.commands.map { $0.name })
    func helpWorksForEveryCommand(path: String) async {
        let words = path.split(separator: " ").map(String.init)
        for help in ["--help", "-h"] {
            let result = await runCLI(words + [help])
            #expect(result.status == 0, "bulwark \(path) \(help): \(result.errors)")
            #expect(result.output.hasPrefix("Usage: bulwark \(path)"))
            #expect(result.errors.isEmpty)
        }
    }

    /// `--help` lists every option a command declares, with its help sentence.
    @Test(arguments: BulwarkCommand.leaves.map(\.path))
    func helpListsEveryOption(path: String) async throws {
        let command = try #require(BulwarkCommand.leaves.first { $0.path == path }?.command)
        let result = await runCLI(path.split(separator: " ").map(String.init) + ["--help"])
        for spec in command.options.map(\.spec) {
            #expect(result.output.contains("--\(spec.name)"))
            let sentence = spec.help.hasSuffix(".") ? String(spec.help.dropLast()) : spec.help
            #expect(result.output.contains(sentence))
        }
        for positional in command.positionals { #expect(result.output.contains(positional.help)) }
    }

    @Test func versionIsTheOneConstant() async {
        let result = await runCLI(["--version"])
        #expect(result.status == 0)
        #expect(result.output == "bulwark \(BulwarkVersion.current)\n")
    }

    @Test(arguments: [
        (["simulate", "--format"], "--format needs a value"),
        (["simulate", "--format=yaml", "x.json"], "--format must be one of text, json, not 'yaml'"),
        (["simulate", "--explain=yes", "x.json"], "--explain takes no value"),
        (["simulate", "--nope", "x.json"], "unknown option --nope"),
        (["simulate"], "missing FILE"),
        (["inventory", "a", "b"], "unexpected argument 'b'"),
        (["collect", "--output", "x", "--concurrency", "65"], "--concurrency must be a number from 1 to 64"),
        (["policy", "frobnicate"], "unknown subcommand 'frobnicate'"),
    ])
    func badCommandLinesNameTheProblemAndTheUsage(arguments: [String], message: String) async {
        let result = await runCLI(arguments)
        #expect(result.status == 2)
        #expect(result.errors.contains(message), "\(result.errors)")
        #expect(result.errors.contains("Usage: bulwark "))
    }

    /// Everything after `--` is positional, even `--help`.
    @Test func doubleDashEndsOptions() async {
        let result = await runCLI(["actions", "--", "--help"])
        #expect(result.status == 2)
        #expect(result.errors.contains("'--help' is not an action pattern"))
    }

    @Test func unknownCommandIsBadInput() async {
        let result = await runCLI(["frobnicate"])
        #expect(result.status == 2)
        #expect(result.errors.contains("unknown command 'frobnicate'"))
    }
}

@Suite struct DemoTests {
    /// `bulwark` with no arguments is the README's first command: it must succeed and show each step.
    @Test func tourRunsEveryStepOnBundledData() async {
        let result = await runCLI([])
        #expect(result.status == 0)
        #expect(result.output.contains("$ bulwark policy validate"))
        #expect(result.output.contains("policies/broken.json:12:17: Statement[1].Effect: error"))
        #expect(result.output.contains("4 passed, 0 failed"))
        #expect(result.output.contains("iam:PassRole"))
        #expect(result.output.contains("AWS::IAM::User"))
    }
}
