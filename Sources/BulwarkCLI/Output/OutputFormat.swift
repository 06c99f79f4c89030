/// How a command prints its results: `--format text|json|…`.
///
/// One vocabulary for every command; a command accepts the subset it can write (see
/// ``Choice/init(_:default:choices:help:)``), such as text and JSON only.
enum OutputFormat: String, CaseIterable, Sendable {
    /// Lines for people.
    case text
    /// One JSON document.
    case json
    /// SARIF 2.1.0, for code-scanning tools.
    case sarif
    /// OCSF findings.
    case ocsf
    /// A standalone HTML page.
    case html

    /// The `--format` option of a command that writes text or JSON.
    static let textOrJSON = Choice(
        "format",
        default: OutputFormat.text,
        choices: [.text, .json],
        help: "How to print the results."
    )
}
