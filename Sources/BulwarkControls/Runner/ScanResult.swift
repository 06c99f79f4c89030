public import Foundation

/// What a scan found: the controls that ran and their findings, in a deterministic order.
public struct ScanResult: Sendable {
    /// The account scanned.
    public var account: String
    /// When the snapshot was collected, when its manifest says.
    public var collectedAt: String?
    /// When the scan ran.
    public var generatedAt: Date
    /// The ids of the frameworks the controls came from.
    public var frameworks: [String]
    /// The controls that ran, in order.
    public var controls: [Control]
    /// The findings: control by control in ``controls`` order, each control's in its own order.
    public var findings: [Finding]
    /// Suppression entries that matched nothing, or have expired (filled when suppressions are applied).
    public var suppressionNotes: [SuppressionNote]
    /// Findings of the baseline that no longer exist (filled when a baseline is compared).
    public var removedSinceBaseline: [BaselineFinding]

    /// Creates a result.
    public init(
        account: String,
        collectedAt: String? = nil,
        generatedAt: Date,
        frameworks: [String] = [],
        controls: [Control],
        findings: [Finding]
    ) {
        self.account = account
        self.collectedAt = collectedAt
        self.generatedAt = generatedAt
        self.frameworks = frameworks
        self.controls = controls
        self.findings = findings
        suppressionNotes = []
        removedSinceBaseline = []
    }

    /// The number of findings per status, counting suppressed findings only under ``Summary/suppressed``.
    public var summary: Summary {
        var summary = Summary()
        for finding in findings {
            if finding.isSuppressed {
                summary.suppressed += 1
                continue
            }
            switch finding.status {
            case .pass: summary.pass += 1
            case .fail: summary.fail += 1
            case .unknown: summary.unknown += 1
            case .notApplicable: summary.notApplicable += 1
            }
        }
        return summary
    }

    /// The control with `id`.
    public func control(id: String) -> Control? { controls.first { $0.id == id } }

    /// Unsuppressed failing findings of controls at or above `severity`.
    public func failures(atOrAbove severity: Severity) -> [Finding] {
        let severities = Dictionary(controls.map { ($0.id, $0.severity) }) { first, _ in first }
        return findings.filter { finding in
            finding.status == .fail && !finding.isSuppressed
                && (severities[finding.controlID] ?? .critical) >= severity
        }
    }

    /// Counts of findings by status.
    public struct Summary: Sendable, Hashable {
        /// Passing findings (not suppressed).
        public var pass = 0
        /// Failing findings (not suppressed).
        public var fail = 0
        /// Unknown findings (not suppressed).
        public var unknown = 0
        /// Not-applicable findings (not suppressed).
        public var notApplicable = 0
        /// Suppressed findings of any status.
        public var suppressed = 0

        /// Creates an empty summary.
        public init() {}
    }
}
