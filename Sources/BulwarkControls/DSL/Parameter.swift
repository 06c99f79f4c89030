/// A typed setting of a control that users can override, with a default.
///
/// ```swift
/// let maximumKeyAge = Parameter("maximumAccessKeyAgeDays", default: 90, "Days before an access key must be rotated")
/// // in the body:  expect(key.age(at: context.now) <= context[maximumKeyAge], …)
/// // in a framework:  keyRotation.with(maximumKeyAge, 45)
/// ```
public struct Parameter<Value: ParameterValue>: ControlParameter, Hashable {
    /// The name, unique within a control (lowerCamelCase; it appears in reports).
    public let name: String
    /// The value used unless a framework or the user overrides it.
    public let defaultValue: Value
    /// What the parameter means, in a sentence.
    public let summary: String

    /// Creates a parameter.
    public init(_ name: String, default defaultValue: Value, _ summary: String) {
        self.name = name
        self.defaultValue = defaultValue
        self.summary = summary
    }

    /// The default as a setting.
    public var defaultSetting: ParameterSetting { defaultValue.setting }
}

/// A parameter of any value type, as a control lists them.
public protocol ControlParameter: Sendable {
    /// The name, unique within a control.
    var name: String { get }
    /// What the parameter means.
    var summary: String { get }
    /// The default value.
    var defaultSetting: ParameterSetting { get }
}

/// A parameter value as stored in overrides and reports.
public enum ParameterSetting: Sendable, Hashable, CustomStringConvertible {
    /// A whole number.
    case int(Int)
    /// A number with a fraction.
    case double(Double)
    /// Text.
    case string(String)
    /// A flag.
    case bool(Bool)
    /// A list of strings (account ids, regions, ports).
    case strings([String])

    /// The value as written in a report.
    public var description: String {
        switch self {
        case .int(let value): return String(value)
        case .double(let value): return String(value)
        case .string(let value): return value
        case .bool(let value): return String(value)
        case .strings(let values): return values.joined(separator: ",")
        }
    }
}

/// A type that can be a parameter's value: `Int`, `Double`, `String`, `Bool`, `[String]`.
public protocol ParameterValue: Sendable, Hashable {
    /// The value as a setting.
    var setting: ParameterSetting { get }
    /// The value held by `setting`, or `nil` when it holds another type.
    init?(setting: ParameterSetting)
}

extension Int: ParameterValue {
    /// The value as a setting.
    public var setting: ParameterSetting { .int(self) }
    /// The value of an `.int` setting.
    public init?(setting: ParameterSetting) {
        guard case .int(let value) = setting else { return nil }
        self = value
    }
}

extension Double: ParameterValue {
    /// The value as a setting.
    public var setting: ParameterSetting { .double(self) }
    /// The value of a `.double` or `.int` setting.
    public init?(setting: ParameterSetting) {
        switch setting {
        case .double(let value): self = value
        case .int(let value): self = Double(value)
        default: return nil
        }
    }
}

extension String: ParameterValue {
    /// The value as a setting.
    public var setting: ParameterSetting { .string(self) }
    /// The value of a `.string` setting.
    public init?(setting: ParameterSetting) {
        guard case .string(let value) = setting else { return nil }
        self = value
    }
}

extension Bool: ParameterValue {
    /// The value as a setting.
    public var setting: ParameterSetting { .bool(self) }
    /// The value of a `.bool` setting.
    public init?(setting: ParameterSetting) {
        guard case .bool(let value) = setting else { return nil }
        self = value
    }
}

extension Array: ParameterValue where Element == String {
    /// The value as a setting.
    public var setting: ParameterSetting { .strings(self) }
    /// The value of a `.strings` setting.
    public init?(setting: ParameterSetting) {
        guard case .strings(let values) = setting else { return nil }
        self = values
    }
}
