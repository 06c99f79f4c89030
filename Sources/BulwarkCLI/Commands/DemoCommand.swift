import Foundation

/// `bulwark` with no arguments: a tour of what Bulwark does, on the example data bundled with it.
///
/// Each step runs a real subcommand on a bundled file, so what the tour prints is exactly what
/// those commands print for a user's own files.
enum DemoCommand {
    /// One step of the tour: a heading and the command line a user would type (after `bulwark`).
    private struct Step {
        var title: String
        var arguments: [String]
    }

    static func run(console: inout Console) async -> Int32 {
        guard let examples = Bundle.module.url(forResource: "Examples", withExtension: nil) else {
            console.err("bulwark: the bundled examples are missing from this installation")
            return ExitCode.badInput
        }
        console.out("Bulwark — a tour on bundled example data. 'bulwark --help' lists every command.")
        // The steps name bundled files relative to the examples folder; print them that way too.
        let root = examples.path + "/"
        var tour = console
        tour.out = { [console] in console.out($0.replacingOccurrences(of: root, with: "")) }
        tour.err = { [console] in console.err($0.replacingOccurrences(of: root, with: "")) }
        for step in steps {
            console.out("\n== \(step.title)\n$ bulwark \(step.arguments.joined(separator: " "))\n")
            // The tour shows each command's own exit status but never fails because a step found problems.
            // Arguments naming a bundled file or folder are resolved against the examples folder.
            let arguments = step.arguments.map { FileManager.default.fileExists(atPath: root + $0) ? root + $0 : $0 }
            let status = await BulwarkCommand.run(arguments, console: &tour)
            console.out("(exit status \(status))")
        }
        return ExitCode.success
    }

    /// The tour, with paths relative to the bundled `Examples` folder.
    private static var steps: [Step] {
        [
            Step(
                title: "Validate IAM policies: grammar errors and risky forms, with JSON paths",
                arguments: [
                    "policy", "validate", "policies/read-reports.json", "policies/too-broad.json",
                    "policies/broken.json",
                ]
            ),
            Step(
                title: "Evaluate requests exactly as AWS would, and explain the decision",
                arguments: ["simulate", "vectors/tour.json", "--explain"]
            ),
            Step(
                title: "Expand action patterns against every AWS service, action and resource type",
                arguments: ["actions", "iam:PassRole", "s3:*BucketPolic*"]
            ),
            Step(
                title: "Load an account snapshot (AWS CLI output) and see what it holds and what could not be read",
                arguments: ["inventory", "example-account"]
            ),
            Step(
                title: "Scan the example account with every built-in control: what fails, what could not be read",
                arguments: ["scan", "example-account"]
            ),
        ]
    }
}
