/// `bulwark` with no arguments: a tour of what Bulwark does, on bundled example data.
enum DemoCommand {
    static func run(console: inout Console) async -> Int32 {
        console.out("Bulwark — run 'bulwark --help' for the commands.")
        return ExitCode.success
    }
}
