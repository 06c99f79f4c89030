extension ScanResult {
    /// The scan as one self-contained HTML page (inline CSS, SVG and script; no network access): a
    /// summary, a chart of failing findings by domain and severity, and a filterable table of every
    /// finding, failing ones with their remediation.
    public func htmlReport(options: ReportOptions = ReportOptions()) -> String {
        let byID = Dictionary(controls.map { ($0.id, $0) }) { first, _ in first }
        let summary = self.summary
        var html = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Bulwark scan of \(HTML.escape(account))</title>
            <style>\(HTML.style)</style></head><body>
            <header><h1>Bulwark scan of account \(HTML.escape(account))</h1>
            <p>Collected \(HTML.escape(collectedAt ?? "at an unknown time")) · generated \
            \(HTML.escape(ScanResult.timestamp(generatedAt))) · Bulwark \(HTML.escape(options.toolVersion))</p></header>
            <section class="summary">
            <div class="tile fail"><b>\(summary.fail)</b>failing</div>
            <div class="tile unknown"><b>\(summary.unknown)</b>unknown</div>
            <div class="tile pass"><b>\(summary.pass)</b>passing</div>
            <div class="tile na"><b>\(summary.notApplicable)</b>not applicable</div>
            <div class="tile suppressed"><b>\(summary.suppressed)</b>suppressed</div>
            </section>
            <section><h2>Failing findings by domain and severity</h2>
            \(chart(byID))
            </section>
            <section><h2>Findings</h2>
            <div class="filters">
            <input id="q" type="search" placeholder="Filter by control, resource or message" aria-label="Filter">
            \(HTML.select("status", "Status", FindingStatus.allCases.map(\.rawValue)))
            \(HTML.select("domain", "Domain", Domain.allCases.map(\.rawValue)))
            \(HTML.select("severity", "Severity", Severity.allCases.reversed().map(\.rawValue)))
            <span id="shown"></span></div>
            <table id="findings"><thead><tr><th>Status</th><th>Severity</th><th>Control</th><th>Resource</th>\
            <th>Region</th><th>Message</th></tr></thead><tbody>

            """
        for finding in findings {
            html += row(finding, byID[finding.controlID])
        }
        html += """
            </tbody></table></section>
            <script>\(HTML.script)</script>
            </body></html>

            """
        return html
    }

    private func row(_ finding: Finding, _ control: Control?) -> String {
        let severity = control?.severity.rawValue ?? ""
        let domain = control?.domain.rawValue ?? ""
        var message = HTML.escape(finding.message)
        if let suppression = finding.suppression {
            message += "<div class=\"note\">Suppressed: \(HTML.escape(suppression.reason))</div>"
        }
        if let baseline = finding.baseline { message += "<div class=\"note\">Baseline: \(baseline.rawValue)</div>" }
        if finding.status == .fail, let control {
            message += "<details><summary>Remediation</summary><p>\(HTML.escape(control.remediation.text))</p>"
            if let cli = control.remediation.cli { message += "<pre>\(HTML.escape(cli))</pre>" }
            if let console = control.remediation.console { message += "<p>Console: \(HTML.escape(console))</p>" }
            message += "</details>"
        }
        let title = HTML.escape(control?.title ?? "")
        return """
            <tr class="finding" data-status="\(finding.status.rawValue)" data-domain="\(domain)" \
            data-severity="\(severity)"><td><span class="badge \(finding.status.rawValue)">\(finding.status.rawValue)\
            </span></td><td>\(severity)</td><td title="\(title)">\(HTML.escape(finding.controlID))</td>\
            <td class="arn">\(HTML.escape(finding.resource))</td><td>\(HTML.escape(finding.region))</td>\
            <td>\(message)</td></tr>

            """
    }

    /// A horizontal stacked bar per domain: unsuppressed failing findings by severity.
    private func chart(_ byID: [String: Control]) -> String {
        var counts: [Domain: [Severity: Int]] = [:]
        for finding in findings where finding.status == .fail && !finding.isSuppressed {
            guard let control = byID[finding.controlID] else { continue }
            counts[control.domain, default: [:]][control.severity, default: 0] += 1
        }
        let largest = max(1, counts.values.map { $0.values.reduce(0, +) }.max() ?? 0)
        let barWidth = 560.0
        let rowHeight = 28
        let severities = Severity.allCases.reversed()
        var svg = """
            <svg id="chart" role="img" aria-label="Failing findings by domain and severity" \
            viewBox="0 0 820 \(Domain.allCases.count * rowHeight + 40)" width="820">

            """
        for (index, domain) in Domain.allCases.enumerated() {
            let y = index * rowHeight + 4
            svg += "<text x=\"0\" y=\"\(y + 17)\" class=\"label\">\(domain.title)</text>\n"
            var x = 200.0
            for severity in severities {
                let count = counts[domain]?[severity] ?? 0
                guard count > 0 else { continue }
                let width = barWidth * Double(count) / Double(largest)
                svg += """
                    <rect class="bar sev-\(severity.rawValue)" x="\(x)" y="\(y)" width="\(width)" height="22" \
                    data-domain="\(domain.rawValue)" data-severity="\(severity.rawValue)" data-count="\(count)">\
                    <title>\(domain.title), \(severity.rawValue): \(count)</title></rect>

                    """
                x += width
            }
            let total = counts[domain]?.values.reduce(0, +) ?? 0
            svg += "<text x=\"\(x + 6)\" y=\"\(y + 17)\" class=\"count\">\(total)</text>\n"
        }
        var legendX = 200
        let legendY = Domain.allCases.count * rowHeight + 20
        for severity in severities {
            svg += """
                <rect class="sev-\(severity.rawValue)" x="\(legendX)" y="\(legendY)" width="12" height="12"></rect>\
                <text x="\(legendX + 16)" y="\(legendY + 11)" class="legend">\(severity.rawValue)</text>

                """
            legendX += 110
        }
        return svg + "</svg>"
    }
}

/// HTML escaping and the page's fixed style and script.
enum HTML {
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    static func select(_ id: String, _ label: String, _ values: [String]) -> String {
        "<select id=\"\(id)\" aria-label=\"\(label)\"><option value=\"\">\(label): all</option>"
            + values.map { "<option value=\"\($0)\">\($0)</option>" }.joined() + "</select>"
    }

    static let style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 2rem 2rem;color:#1d2330;background:#fafbfc}
        header p{color:#5a6272;margin-top:-.5rem}h2{margin-top:2rem;font-size:1.15rem}
        .summary{display:flex;gap:1rem;flex-wrap:wrap}.tile{background:#fff;border:1px solid #dde1e8;border-radius:8px;
        padding:.8rem 1.2rem;min-width:7rem;color:#5a6272}.tile b{display:block;font-size:1.8rem;color:#1d2330}
        .tile.fail b{color:#c62828}.tile.unknown b{color:#b26a00}.tile.pass b{color:#2e7d32}
        svg text{font-size:13px;fill:#1d2330}.sev-critical{fill:#7b1fa2}.sev-high{fill:#c62828}.sev-medium{fill:#ef6c00}
        .sev-low{fill:#f9a825}.sev-informational{fill:#78909c}
        .filters{display:flex;gap:.5rem;margin-bottom:.6rem;align-items:center}#q{flex:1;max-width:28rem;padding:.35rem}
        #shown{color:#5a6272;margin-left:auto}table{border-collapse:collapse;width:100%;background:#fff;font-size:.88rem}
        th,td{border-bottom:1px solid #e6e9ef;padding:.35rem .5rem;text-align:left;vertical-align:top}
        th{background:#f0f2f5;position:sticky;top:0}.arn{font-family:ui-monospace,monospace;font-size:.8rem;word-break:break-all}
        .badge{border-radius:4px;padding:.1rem .4rem;font-size:.78rem;color:#fff}.badge.fail{background:#c62828}
        .badge.pass{background:#2e7d32}.badge.unknown{background:#b26a00}.badge.notApplicable{background:#78909c}
        .note{color:#5a6272;font-size:.8rem}pre{background:#f0f2f5;padding:.4rem;white-space:pre-wrap}
        """

    static let script = """
        (function () {
          var rows = Array.prototype.slice.call(document.querySelectorAll("#findings tbody tr.finding"));
          var q = document.getElementById("q"), shown = document.getElementById("shown");
          var selects = ["status", "domain", "severity"].map(function (id) { return document.getElementById(id); });
          function apply() {
            var text = q.value.toLowerCase(), visible = 0;
            rows.forEach(function (row) {
              var ok = text === "" || row.textContent.toLowerCase().indexOf(text) >= 0;
              selects.forEach(function (select) {
                if (select.value !== "" && row.getAttribute("data-" + select.id) !== select.value) { ok = false; }
              });
              row.style.display = ok ? "" : "none";
              if (ok) { visible += 1; }
            });
            shown.textContent = visible + " of " + rows.length + " findings";
          }
          q.addEventListener("input", apply);
          selects.forEach(function (select) { select.addEventListener("change", apply); });
          apply();
        })();
        """
}
