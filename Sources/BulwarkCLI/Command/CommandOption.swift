/// How an option or flag appears on the command line and in `--help`.
///
/// Commands declare their options as typed values (``Option``, ``Choice``, ``Flag``); each carries
/// one spec, from which both the parser and the help text are made, so the two never disagree.
struct OptionSpec: Sendable {
    /// How many values the option takes.
    enum Arity: Sendable {
        /// No value: present or not.
        case flag
        /// One value; given twice, the last one wins.
        case single
        /// Any number of values: the option may repeat and each value may be a comma-separated list.
        case repeated
    }

    /// The name without dashes, such as `format`.
    var name: String
    /// What stands for the value in usage lines, such as `FILE` or `text|json`.
    var placeholder: String
    /// One sentence on what the option does.
    var help: String
    var arity: Arity
    /// The value used when the option is absent, shown in `--help`.
    var defaultValue: String?
    var isRequired: Bool
    /// Why `value` is not acceptable, as a phrase after `--name`, or `nil` when it is.
    var problem: @Sendable (String) -> String?

    /// `--name PLACEHOLDER`, bracketed when optional, with `…` when it may repeat.
    var usage: String {
        var text = "--\(name)"
        if arity != .flag { text += " \(placeholder)" }
        if arity == .repeated { text += "…" }
        return isRequired ? text : "[\(text)]"
    }
}

/// Something a command declares in its ``CLICommand/options``.
protocol CommandOption: Sendable {
    /// The option's spec, used for parsing and for `--help`.
    var spec: OptionSpec { get }
}

/// An option taking a value, read back as `Value` (absent means `nil`).
struct Option<Value: Sendable>: CommandOption {
    let spec: OptionSpec
    /// Converts the text given on the command line; `nil` when it is not acceptable.
    let convert: @Sendable (String) -> Value?

    /// An option whose value is any non-empty text, such as a file name.
    init(
        _ name: String,
        placeholder: String,
        help: String,
        required: Bool = false,
        repeated: Bool = false
    ) where Value == String {
        spec = OptionSpec(
            name: name,
            placeholder: placeholder,
            help: help,
            arity: repeated ? .repeated : .single,
            isRequired: required,
            problem: { $0.isEmpty ? "needs a non-empty value" : nil }
        )
        convert = { $0.isEmpty ? nil : $0 }
    }

    /// An option whose value is a whole number in `range`; `defaultValue` is shown in `--help`.
    init(_ name: String, placeholder: String, range: ClosedRange<Int>, defaultValue: Int, help: String)
    where Value == Int {
        spec = OptionSpec(
            name: name,
            placeholder: placeholder,
            help: help,
            arity: .single,
            defaultValue: String(defaultValue),
            isRequired: false,
            problem: { text in
                Int(text).map(range.contains) == true
                    ? nil : "must be a number from \(range.lowerBound) to \(range.upperBound), not '\(text)'"
            }
        )
        convert = { Int($0).flatMap { range.contains($0) ? $0 : nil } }
    }
}

/// An option whose value is one of an enumeration's raw values, with a default.
///
/// The accepted values and the help text come from the type (`CaseIterable & RawRepresentable`),
/// optionally narrowed to `choices` (a command that writes only text and JSON).
struct Choice<Value: CaseIterable & RawRepresentable & Sendable>: CommandOption where Value.RawValue == String {
    let spec: OptionSpec
    /// The value when the option is absent.
    let defaultValue: Value

    /// A choice among `choices` (every case by default).
    init(_ name: String, default defaultValue: Value, choices: [Value] = Array(Value.allCases), help: String) {
        let names = choices.map(\.rawValue)
        self.defaultValue = defaultValue
        spec = OptionSpec(
            name: name,
            placeholder: names.joined(separator: "|"),
            help: help,
            arity: .single,
            defaultValue: defaultValue.rawValue,
            isRequired: false,
            problem: { names.contains($0) ? nil : "must be one of \(names.joined(separator: ", ")), not '\($0)'" }
        )
    }
}

/// An option without a value: present or absent.
struct Flag: CommandOption {
    let spec: OptionSpec

    /// A flag named `--name`.
    init(_ name: String, help: String) {
        spec = OptionSpec(
            name: name,
            placeholder: "",
            help: help,
            arity: .flag,
            isRequired: false,
            problem: { _ in nil }
        )
    }
}

/// A positional argument, such as `FILE…` or `SNAPSHOT`.
struct Positional: Sendable {
    /// What stands for the argument in usage lines, such as `FILE`.
    var name: String
    /// One sentence on what the argument is.
    var help: String
    /// Whether the argument may be given many times (`FILE…`).
    var isRepeated = false
    /// Whether at least one must be given.
    var isRequired = true

    /// The usage form: `FILE…` when repeated, `[SNAPSHOT]` when optional.
    var usage: String {
        let text = name + (isRepeated ? "…" : "")
        return isRequired ? text : "[\(text)]"
    }
}
