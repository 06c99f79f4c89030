/// How bad a failing control is, from `informational` to `critical`; ordered, so `>=` compares.
public enum Severity: String, Sendable, Hashable, CaseIterable, Comparable, CustomStringConvertible {
    /// Worth knowing; not a weakness by itself.
    case informational
    /// A small weakness, or defence in depth.
    case low
    /// A weakness that an attacker could use together with another.
    case medium
    /// A weakness that exposes data or access on its own.
    case high
    /// Exposure an attacker can use now (public data, unrestricted admin access).
    case critical

    /// The raw value, such as `high`.
    public var description: String { rawValue }

    /// `informational` < `low` < `medium` < `high` < `critical`.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    /// The position in the order, from 0 (`informational`) to 4 (`critical`).
    public var rank: Int {
        switch self {
        case .informational: return 0
        case .low: return 1
        case .medium: return 2
        case .high: return 3
        case .critical: return 4
        }
    }
}
