@testable import BulwarkCLI
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
