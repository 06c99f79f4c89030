import Bulwark
import Foundation

/// `bulwark inventory`: Shows what a snapshot holds and what could not be read.
enum InventoryCommand: CLICommand {
    static let name = "inventory"
    static let usage = "inventory SNAPSHOT [--format text|json]"
    static let summary = "Shows what a snapshot holds and what could not be read."

    static func run(_ arguments: [String], console: inout Console) async throws -> Int32 {
        let parsed = try Arguments(arguments, options: ["format"])
        let format = try parsed.choice("format", ["text", "json"], default: "text")
        guard parsed.positional.count == 1, let path = parsed.positional.first else {
            throw UsageError("give exactly one snapshot directory")
        }
        let snapshot: AccountSnapshot
        do {
            snapshot = try await AccountSnapshot.load(from: URL(fileURLWithPath: path, isDirectory: true))
        } catch {
            console.err("bulwark inventory: \(error)")
            return ExitCode.badInput
        }
        let inventory = snapshot.inventory
        if format == "json" {
            console.out(json(inventory))
        } else {
            console.out(text(inventory, snapshot: snapshot))
        }
        return ExitCode.success
    }

    /// The ⚑ JSON document, members in the documented order: account, counts, unreadable.
    static func json(_ inventory: SnapshotInventory) -> String {
        let counts = inventory.counts.map { count in
            "    {\"type\": \(quoted(count.type)), \"region\": \(quoted(count.region)), \"count\": \(count.count)}"
        }
        let unreadable = inventory.unreadable.map { entry in
            "    {\"call\": \(quoted(entry.call)), \"region\": \(quoted(entry.region)), \"error\": \(quoted(entry.error))}"
        }
        func array(_ lines: [String]) -> String {
            lines.isEmpty ? "[]" : "[\n" + lines.joined(separator: ",\n") + "\n  ]"
        }
        return """
            {
              "account": \(quoted(inventory.account)),
              "counts": \(array(counts)),
              "unreadable": \(array(unreadable))
            }
            """
    }

    /// A readable table of counts, then what could not be read, then loading issues.
    static func text(_ inventory: SnapshotInventory, snapshot: AccountSnapshot) -> String {
        var lines: [String] = []
        var header = "Account \(inventory.account.isEmpty ? "(unknown)" : inventory.account)"
        if let manifest = snapshot.manifest {
            header += ", collected \(manifest.collectedAt) by \(manifest.toolVersion)"
        }
        lines.append(header)
        lines.append("")
        let typeWidth = max(4, inventory.counts.map(\.type.count).max() ?? 0)
        let regionWidth = max(6, inventory.counts.map(\.region.count).max() ?? 0)
        lines.append(pad("REGION", regionWidth) + "  " + pad("TYPE", typeWidth) + "  COUNT")
        for count in inventory.counts {
            lines.append(
                pad(count.region, regionWidth) + "  " + pad(count.type, typeWidth) + "  " + String(count.count)
            )
        }
        let total = inventory.counts.reduce(0) { $0 + $1.count }
        lines.append("\(total) resources of \(Set(inventory.counts.map(\.type)).count) types")
        if !inventory.unreadable.isEmpty {
            lines.append("")
            lines.append("Could not read (\(inventory.unreadable.count) calls):")
            for entry in inventory.unreadable {
                lines.append("  \(pad(entry.region, regionWidth))  \(entry.call): \(entry.error)")
            }
        }
        if !snapshot.issues.isEmpty {
            lines.append("")
            lines.append("Problems in the snapshot (\(snapshot.issues.count)):")
            for issue in snapshot.issues {
                lines.append("  \(issue)")
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    /// A JSON string literal.
    private static func quoted(_ text: String) -> String { JSONWriter.quoted(text) }
}
