import Bulwark
import Foundation

/// `bulwark inventory`: shows what a snapshot holds and what could not be read.
///
/// `--format json` prints
/// `{"account": "123456789012", "counts": [{"type": "AWS::IAM::User", "region": "global", "count": 4}],
/// "unreadable": [{"call": "kms list-keys", "region": "eu-west-1", "error": "AccessDeniedException"}],
/// "issues": [{"file": "…", "jsonPath": "…", "code": "…", "message": "…"}]}`: `unreadable` lists the
/// calls AWS refused or whose files are malformed, `issues` the problems found while loading files.
enum InventoryCommand: CLICommand {
    static let name = "inventory"
    static let summary = "Shows what a snapshot holds and what could not be read."
    static let discussion = """
        Malformed files in the snapshot are warnings (on standard error in text mode, in 'issues' in \
        JSON): what could be read is still counted.
        Exit status: 0 when the snapshot was read, 2 when SNAPSHOT is not a snapshot directory.
        """
    static let positionals = [
        Positional(name: "SNAPSHOT", help: "A snapshot directory written by 'bulwark collect'.")
    ]
    static let format = OutputFormat.textOrJSON
    static var options: [any CommandOption] { [format] }

    static func run(_ arguments: ParsedArguments, console: inout Console) async throws -> Int32 {
        let path = arguments.positional[0]
        let snapshot: AccountSnapshot
        do {
            snapshot = try await AccountSnapshot.load(from: URL(fileURLWithPath: path, isDirectory: true))
        } catch {
            console.err("bulwark inventory: \(error)")
            return ExitCode.badInput
        }
        let inventory = snapshot.inventory
        switch arguments[format] {
        case .json:
            try console.json(Document(inventory, issues: snapshot.issues))
        default:
            console.out(text(inventory, snapshot: snapshot))
            for issue in snapshot.issues { console.err(issue.description) }
        }
        return ExitCode.success
    }

    /// The `--format json` document.
    struct Document: Encodable {
        /// A problem found while loading one file of the snapshot.
        struct Issue: Encodable {
            var file: String
            var jsonPath: String?
            var code: String
            var message: String
        }

        var account: String
        var counts: [SnapshotInventory.ResourceCount]
        var unreadable: [SnapshotInventory.UnreadableCall]
        var issues: [Issue]

        init(_ inventory: SnapshotInventory, issues: [Diagnostic]) {
            account = inventory.account
            counts = inventory.counts
            unreadable = inventory.unreadable
            self.issues = issues.map {
                Issue(
                    file: $0.file ?? "",
                    jsonPath: $0.path.components.isEmpty ? nil : $0.path.description,
                    code: $0.code.rawValue,
                    message: $0.message
                )
            }
        }
    }

    /// A readable table of counts, then what could not be read.
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
            lines.append("\(snapshot.issues.count) problems loading files (warnings on standard error).")
        }
        return lines.joined(separator: "\n")
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
