/// The result of one control on one resource.
public enum FindingStatus: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// The resource meets the control.
    case pass
    /// The resource does not meet the control.
    case fail
    /// The snapshot cannot say (a call was denied, not collected, or its file is malformed).
    case unknown
    /// The control does not apply (no such resources, or a setting that makes it moot).
    case notApplicable

    /// The raw value, as JSON spells it.
    public var description: String { rawValue }
}
