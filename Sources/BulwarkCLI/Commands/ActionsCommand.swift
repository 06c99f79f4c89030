import Bulwark
import Foundation

/// `bulwark actions`: Expands action patterns such as s3:Get* against the action catalog.
///
/// Prints every action matching any of the patterns once, in catalog order (by service, then by
/// name), with its access level and resource types (`*` marks a required one). A pattern that
/// matches nothing is reported on standard error; the exit status is 2 when no pattern matched.
///
/// `--format json` prints one document:
/// `{"catalog": {"source", "version", "date"}, "patterns": [{"pattern", "matches"}],
///   "actions": [{"action", "accessLevel", "accessLevels",
///   "resourceTypes": [{"name", "required", "arn", "conditionKeys"}],
///   "conditionKeys", "dependentActions"}], "unmatched": [{"pattern", "reason"}]}`.
enum ActionsCommand: CLICommand {
    static let name = "actions"
    static let summary = "Expands action patterns such as s3:Get* against the action catalog."
    static let discussion = """
        A pattern that matches nothing is named on standard error.
        Exit status: 0 when some pattern matched, 2 when none did.
        """
    static let positionals = [
        Positional(name: "PATTERN", help: "An action pattern, such as s3:Get* or '*:Describe*'.", isRepeated: true)
    ]
    static let format = OutputFormat.textOrJSON
    static var options: [any CommandOption] { [format] }

    static func run(_ arguments: ParsedArguments, console: inout Console) async throws -> Int32 {
        let parsed = arguments
        let catalog = try AWSCatalog.shared
        var matches: [(pattern: String, count: Int)] = []
        var unmatched: [(pattern: String, reason: String)] = []
        var seen: Set<String> = []
        var found: [AWSAction] = []
        for pattern in parsed.positional {
            let actions = catalog.actions(matching: pattern)
            matches.append((pattern, actions.count))
            if actions.isEmpty { unmatched.append((pattern, reason(pattern, catalog))) }
            for action in actions where seen.insert(action.fullName).inserted { found.append(action) }
        }
        if parsed.positional.count > 1 {
            let order = Dictionary(uniqueKeysWithValues: catalog.actions.enumerated().map { ($1.fullName, $0) })
            found.sort { order[$0.fullName, default: 0] < order[$1.fullName, default: 0] }
        }
        for miss in unmatched { console.err("bulwark actions: '\(miss.pattern)' \(miss.reason)") }
        switch arguments[format] {
        case .json:
            try console.json(document(catalog: catalog, matches: matches, actions: found, unmatched: unmatched))
        default:
            if !found.isEmpty { for line in text(found, catalog: catalog) { console.out(line) } }
        }
        return found.isEmpty ? ExitCode.badInput : ExitCode.success
    }

    /// Why `pattern` matched nothing, as a phrase that follows the quoted pattern.
    static func reason(_ pattern: String, _ catalog: AWSCatalog) -> String {
        guard let colon = pattern.firstIndex(of: ":") else {
            return "is not an action pattern: write SERVICE:ACTION, such as s3:GetObject or s3:Get*"
        }
        let service = String(pattern[..<colon])
        if !service.contains("*") && !service.contains("?") && catalog.service(service) == nil {
            let hint = catalog.closestService(to: service).map { "; did you mean '\($0.prefix)'?" } ?? ""
            return "names no known service ('\(service)' is not a service prefix in \(catalog.source))\(hint)"
        }
        let hint = catalog.closestAction(to: pattern).map { "; did you mean '\($0.fullName)'?" } ?? ""
        return "matches no action in \(catalog.source)\(hint)"
    }

    /// One line per action: name, access level and resource types, in aligned columns.
    static func text(_ actions: [AWSAction], catalog: AWSCatalog) -> [String] {
        let nameWidth = actions.map(\.fullName.count).max() ?? 0
        let levelWidth = actions.map(\.accessLevel.rawValue.count).max() ?? 0
        var lines = actions.map { action in
            let types =
                action.resourceTypes.isEmpty
                ? "(Resource \"*\" only)"
                : action.resourceTypes.map { $0.name + ($0.isRequired ? "*" : "") }.joined(separator: ", ")
            return pad(action.fullName, nameWidth) + "  " + pad(action.accessLevel.rawValue, levelWidth) + "  " + types
        }
        lines.append("\(actions.count) action\(actions.count == 1 ? "" : "s") (\(catalog.source))")
        return lines
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }

    /// The `--format json` document.
    static func document(
        catalog: AWSCatalog,
        matches: [(pattern: String, count: Int)],
        actions: [AWSAction],
        unmatched: [(pattern: String, reason: String)]
    ) -> Output {
        Output(
            catalog: .init(source: catalog.source.package, version: catalog.source.version, date: catalog.source.date),
            patterns: matches.map { .init(pattern: $0.pattern, matches: $0.count) },
            actions: actions.map { action in
                Output.Action(
                    action: action.fullName,
                    accessLevel: action.accessLevel.rawValue,
                    accessLevels: action.accessLevels.map(\.rawValue),
                    resourceTypes: action.resourceTypes.map { type in
                        .init(
                            name: type.name,
                            required: type.isRequired,
                            arn: catalog.resourceType(service: action.service, name: type.name)?.arnTemplate,
                            conditionKeys: type.conditionKeys
                        )
                    },
                    conditionKeys: action.conditionKeys,
                    dependentActions: action.dependentActions
                )
            },
            unmatched: unmatched.map { .init(pattern: $0.pattern, reason: $0.reason) }
        )
    }

    /// The `--format json` document.
    struct Output: Encodable {
        struct Catalog: Encodable {
            var source: String
            var version: String
            var date: String
        }
        struct Pattern: Encodable {
            var pattern: String
            var matches: Int
        }
        struct ResourceType: Encodable {
            var name: String
            var required: Bool
            var arn: String?
            var conditionKeys: [String]
        }
        struct Action: Encodable {
            var action: String
            var accessLevel: String
            var accessLevels: [String]
            var resourceTypes: [ResourceType]
            var conditionKeys: [String]
            var dependentActions: [String]
        }
        struct Unmatched: Encodable {
            var pattern: String
            var reason: String
        }
        var catalog: Catalog
        var patterns: [Pattern]
        var actions: [Action]
        var unmatched: [Unmatched]
    }
}
