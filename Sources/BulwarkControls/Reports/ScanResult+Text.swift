extension ScanResult {
    /// The scan as text for a terminal: controls grouped by domain and by severity (worst first),
    /// each failing or unknown finding under its control, then a summary.
    public func textReport(options: ReportOptions = ReportOptions()) -> String {
        let paint = TextPaint(enabled: options.colors)
        let byControl = Dictionary(grouping: findings, by: \.controlID)
        var lines = ["Bulwark scan of account \(account)" + (collectedAt.map { " (collected \($0))" } ?? "")]
        for domain in Domain.allCases {
            let controls = self.controls.filter { $0.domain == domain }.sorted { $0.severity > $1.severity }
            guard !controls.isEmpty else { continue }
            lines.append("")
            lines.append(paint.bold("== \(domain.title)"))
            for control in controls {
                let own = byControl[control.id] ?? []
                lines.append("  " + controlLine(control, own, paint))
                for finding in own where finding.status == .fail || finding.status == .unknown {
                    lines.append("      " + findingLine(finding, paint))
                }
            }
        }
        let summary = self.summary
        lines.append("")
        lines.append(
            paint.bold("Summary: ") + "\(summary.pass) pass, " + paint.red("\(summary.fail) fail") + ", "
                + paint.yellow("\(summary.unknown) unknown") + ", \(summary.notApplicable) not applicable, "
                + "\(summary.suppressed) suppressed"
        )
        for note in suppressionNotes { lines.append("Suppressions: \(note)") }
        if findings.contains(where: { $0.baseline != nil }) {
            let states = Dictionary(grouping: findings.compactMap(\.baseline), by: { $0 }).mapValues(\.count)
            lines.append(
                "Baseline: \(states[.new] ?? 0) new, \(states[.unchanged] ?? 0) unchanged, "
                    + "\(states[.fixed] ?? 0) fixed, \(states[.changed] ?? 0) changed, "
                    + "\(removedSinceBaseline.count) gone"
            )
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func controlLine(_ control: Control, _ findings: [Finding], _ paint: TextPaint) -> String {
        let failing = findings.filter { $0.status == .fail && !$0.isSuppressed }.count
        let unknown = findings.filter { $0.status == .unknown && !$0.isSuppressed }.count
        let mark: String
        if failing > 0 {
            mark = paint.red("FAIL")
        } else if unknown > 0 {
            mark = paint.yellow("????")
        } else if findings.allSatisfy({ $0.status == .notApplicable }) {
            mark = "n/a "
        } else {
            mark = paint.green(" ok ")
        }
        let counts = "\(findings.count) checked, \(failing) failing, \(unknown) unknown"
        return "\(mark) [\(control.severity.rawValue)] \(control.id) \(control.title) (\(counts))"
    }

    private func findingLine(_ finding: Finding, _ paint: TextPaint) -> String {
        let status = finding.status == .fail ? paint.red("fail") : paint.yellow("unknown")
        var line = "\(status) \(finding.resource)"
        if finding.region != Finding.globalRegion { line += " (\(finding.region))" }
        line += ": \(finding.message)"
        if let suppression = finding.suppression { line += paint.dim(" [suppressed: \(suppression.reason)]") }
        if let baseline = finding.baseline { line += " [\(baseline.rawValue)]" }
        return line
    }
}

/// ANSI colours, or plain text when disabled.
struct TextPaint {
    let enabled: Bool

    func bold(_ text: String) -> String { wrap(text, "1") }
    func red(_ text: String) -> String { wrap(text, "31") }
    func green(_ text: String) -> String { wrap(text, "32") }
    func yellow(_ text: String) -> String { wrap(text, "33") }
    func dim(_ text: String) -> String { wrap(text, "2") }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
