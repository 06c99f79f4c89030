/// GuardDuty in one region.
public struct GuardDutyResources: Sendable, Hashable {
    /// The detectors (at most one per region).
    public var detectors: Observed<DescribedList<GuardDutyDetector>>

    /// Creates a `GuardDutyResources` from its parts.
    public init(detectors: Observed<DescribedList<GuardDutyDetector>> = .notConfigured) {
        self.detectors = detectors
    }
}
