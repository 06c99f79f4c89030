/// The formats a scan can be written in.
public enum ReportFormat: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Text for a terminal, grouped by domain and severity.
    case text
    /// Bulwark's JSON document (``ScanResult/jsonReport(options:)``), with a `formatVersion`.
    case json
    /// SARIF 2.1.0, for GitHub code scanning.
    case sarif
    /// OCSF Detection Findings, one per finding (the format Security Hub and Security Lake use).
    case ocsf
    /// One self-contained HTML page with a chart and a filterable table.
    case html

    /// The raw value, as the command line spells it.
    public var description: String { rawValue }
}

/// What a report writer needs besides the scan: the tool's version, and whether to use colours.
public struct ReportOptions: Sendable, Hashable {
    /// The version of Bulwark that ran the scan.
    public var toolVersion: String
    /// Whether the text report may use ANSI colours (only on a terminal, never with `NO_COLOR`).
    public var colors: Bool

    /// Creates options.
    public init(toolVersion: String = "0.0.0", colors: Bool = false) {
        self.toolVersion = toolVersion
        self.colors = colors
    }
}

extension ScanResult {
    /// The scan in `format`.
    public func report(_ format: ReportFormat, options: ReportOptions = ReportOptions()) -> String {
        switch format {
        case .text: return textReport(options: options)
        case .json: return jsonReport(options: options)
        case .sarif: return sarifReport(options: options)
        case .ocsf: return ocsfReport(options: options)
        case .html: return htmlReport(options: options)
        }
    }
}
