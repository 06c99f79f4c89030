/// What a snapshot says about one piece of configuration: its value, that it is not configured, or
/// that it could not be read.
///
/// Unknown is not false. A bucket whose policy could not be read (`AccessDenied`) is
/// `.unknown(…)`, not a bucket without a policy; a bucket for which S3 answered
/// `NoSuchBucketPolicy` is `.notConfigured`, which is a fact a control can rely on.
public enum Observed<Value: Sendable>: Sendable {
    /// AWS returned this value.
    case value(Value)
    /// AWS said this is not configured (for example `NoSuchBucketPolicy`, or an empty versioning body).
    case notConfigured
    /// The snapshot cannot say: the call failed, was not collected, or its file is malformed.
    case unknown(Unreadable)
}

extension Observed {
    /// The value when AWS returned one; `nil` when not configured or unknown.
    public var valueIfPresent: Value? {
        if case .value(let value) = self { return value }
        return nil
    }

    /// Why the snapshot cannot say, or `nil` when it can.
    public var unreadable: Unreadable? {
        if case .unknown(let reason) = self { return reason }
        return nil
    }

    /// Whether the snapshot knows the answer (a value, or that nothing is configured).
    public var isKnown: Bool { unreadable == nil }

    /// Whether AWS said the configuration does not exist.
    public var isNotConfigured: Bool {
        if case .notConfigured = self { return true }
        return false
    }

    /// The same observation with the value transformed.
    public func map<T>(_ transform: (Value) throws -> T) rethrows -> Observed<T> {
        switch self {
        case .value(let value): return .value(try transform(value))
        case .notConfigured: return .notConfigured
        case .unknown(let reason): return .unknown(reason)
        }
    }

    /// The same observation with the value transformed into another observation.
    public func flatMap<T>(_ transform: (Value) throws -> Observed<T>) rethrows -> Observed<T> {
        switch self {
        case .value(let value): return try transform(value)
        case .notConfigured: return .notConfigured
        case .unknown(let reason): return .unknown(reason)
        }
    }
}

extension Observed where Value: RangeReplaceableCollection {
    /// The elements when known; empty when not configured; `nil` when unknown.
    ///
    /// For lists (security groups, trails) "not configured" means "none".
    public var elements: Value? {
        switch self {
        case .value(let value): return value
        case .notConfigured: return Value()
        case .unknown: return nil
        }
    }
}

extension Observed: Equatable where Value: Equatable {}
extension Observed: Hashable where Value: Hashable {}

extension Observed: CustomStringConvertible {
    /// `value(…)`, `notConfigured` or `unknown(<reason>)`.
    public var description: String {
        switch self {
        case .value(let value): return "value(\(value))"
        case .notConfigured: return "notConfigured"
        case .unknown(let reason): return "unknown(\(reason))"
        }
    }
}
