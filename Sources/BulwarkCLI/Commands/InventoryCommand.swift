/// `bulwark inventory`: Shows what a snapshot holds and what could not be read.
enum InventoryCommand: CLICommand {
    static let name = "inventory"
    static let usage = "inventory SNAPSHOT [--format json]"
    static let summary = "Shows what a snapshot holds and what could not be read."

    static func run(_ arguments: [String], console: inout Console) async throws -> Int32 {
        console.err("bulwark inventory: not available in this build yet")
        return ExitCode.badInput
    }
}
