/// How a finding compares with the same finding in a baseline scan.
public enum BaselineState: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// It fails now and did not fail (or did not exist) in the baseline.
    case new
    /// Its status is the same as in the baseline.
    case unchanged
    /// It failed in the baseline and does not fail now.
    case fixed
    /// Its status changed otherwise (for example pass → unknown).
    case changed

    /// The raw value, as JSON spells it.
    public var description: String { rawValue }
}
