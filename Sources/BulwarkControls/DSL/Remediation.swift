/// How to fix a failing control: what to do, and where (an AWS CLI command, a console path).
public struct Remediation: Sendable, Hashable, ExpressibleByStringLiteral {
    /// What to do, in a sentence or two.
    public var text: String
    /// An AWS CLI command that fixes it, with placeholders such as `<bucket>`.
    public var cli: String?
    /// Where in the AWS Management Console to fix it ("S3 › bucket › Permissions › Block public access").
    public var console: String?
    /// A documentation page that explains the fix.
    public var url: String?

    /// Creates a remediation.
    public init(_ text: String, cli: String? = nil, console: String? = nil, url: String? = nil) {
        self.text = text
        self.cli = cli
        self.console = console
        self.url = url
    }

    /// A remediation with text only.
    public init(stringLiteral text: String) { self.init(text) }

    /// The text followed by the CLI command and console path, one per line.
    public var fullText: String {
        var lines = [text]
        if let cli { lines.append("AWS CLI: \(cli)") }
        if let console { lines.append("Console: \(console)") }
        if let url { lines.append("See: \(url)") }
        return lines.joined(separator: "\n")
    }
}
