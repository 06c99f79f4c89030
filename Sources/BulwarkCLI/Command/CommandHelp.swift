/// The usage line and `--help` text of a command, made from its declaration.
struct CommandHelp {
    /// The command.
    var command: any CLICommand.Type
    /// The words that select it after `bulwark`, such as `policy validate`.
    var path: String

    /// `policy validate FILE… [--format text|json] [--kind …]`, or one line per subcommand for a group.
    var usage: String {
        guard command.subcommands.isEmpty else {
            return command.subcommands.map { CommandHelp(command: $0, path: path + " " + $0.name).usage }
                .joined(separator: "\n       bulwark ")
        }
        return ([path] + command.positionals.map(\.usage) + command.options.map(\.spec.usage))
            .joined(separator: " ")
    }

    /// The full `--help` text.
    var text: String {
        var sections = ["Usage: bulwark \(usage)", command.summary]
        if !command.discussion.isEmpty { sections.append(command.discussion) }
        if !command.subcommands.isEmpty {
            sections.append(
                table(
                    "Subcommands:",
                    command.subcommands.map { ($0.name, $0.summary) }
                )
                    + "\n\nRun 'bulwark \(path) SUBCOMMAND --help' for a subcommand's options."
            )
        }
        if !command.positionals.isEmpty {
            sections.append(table("Arguments:", command.positionals.map { ($0.usage, $0.help) }))
        }
        let options = command.options.map(\.spec)
            .map { spec in
                var help = spec.help
                if let defaultValue = spec.defaultValue {
                    let sentence = help.hasSuffix(".") ? String(help.dropLast()) : help
                    help = sentence + " (default: \(defaultValue))."
                }
                let name = spec.arity == .flag ? "--\(spec.name)" : "--\(spec.name) \(spec.placeholder)"
                return (name, help)
            }
        sections.append(table("Options:", options + [("-h, --help", "Shows this help.")]))
        return sections.joined(separator: "\n\n")
    }

    /// A heading and two aligned columns.
    private func table(_ heading: String, _ rows: [(String, String)]) -> String {
        let width = min(28, rows.map(\.0.count).max() ?? 0)
        let lines = rows.map { name, help in
            name.count > width
                ? "  \(name)\n  \(String(repeating: " ", count: width))  \(help)"
                : "  \(name)\(String(repeating: " ", count: width - name.count))  \(help)"
        }
        return ([heading] + lines).joined(separator: "\n")
    }
}
