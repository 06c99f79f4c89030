/// A command line parsed against a command's declared options and positional arguments.
///
/// Accepts `--name value`, `--name=value`, repeated options, flags and `--` to end options.
/// Unknown options, missing values, values outside an option's choices, missing required options
/// and the wrong number of positional arguments are ``UsageError``s, found before the command runs.
struct ParsedArguments {
    /// Positional arguments in order.
    private(set) var positional: [String] = []
    private var values: [String: [String]] = [:]
    private var flags: Set<String> = []

    /// Parses `arguments` (what follows the command's name) for `command`.
    init(_ arguments: [String], for command: any CLICommand.Type) throws {
        let specs = Dictionary(command.options.map { ($0.spec.name, $0.spec) }, uniquingKeysWith: { first, _ in first })
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || !argument.hasPrefix("--") {
                positional.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            var name = String(argument.dropFirst(2))
            var inlineValue: String?
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            guard let spec = specs[name] else { throw UsageError("unknown option --\(name)") }
            if spec.arity == .flag {
                guard inlineValue == nil else { throw UsageError("--\(name) takes no value") }
                flags.insert(name)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else {
                guard index < arguments.count else { throw UsageError("--\(name) needs a value (\(spec.placeholder))") }
                value = arguments[index]
                index += 1
            }
            let parts = spec.arity == .repeated ? value.split(separator: ",").map(String.init) : [value]
            for part in parts {
                if let problem = spec.problem(part) { throw UsageError("--\(name) \(problem)") }
            }
            values[name, default: []] += parts
        }
        for spec in specs.values where spec.isRequired && values[spec.name] == nil {
            throw UsageError("--\(spec.name) \(spec.placeholder) is required: \(spec.help)")
        }
        try Self.check(positional, against: command.positionals)
    }

    /// Throws when `given` does not fit the declared positional arguments.
    private static func check(_ given: [String], against declared: [Positional]) throws {
        let required = declared.filter(\.isRequired)
        if given.count < required.count, let missing = required.dropFirst(given.count).first {
            throw UsageError("missing \(missing.name): \(missing.help)")
        }
        if !declared.contains(where: \.isRepeated) && given.count > declared.count {
            throw UsageError("unexpected argument '\(given[declared.count])'")
        }
    }

    /// Whether `flag` was given.
    subscript(_ flag: Flag) -> Bool { flags.contains(flag.spec.name) }

    /// The chosen value, or the choice's default when absent.
    subscript<Value>(_ choice: Choice<Value>) -> Value {
        values[choice.spec.name]?.last.flatMap(Value.init(rawValue:)) ?? choice.defaultValue
    }

    /// The last value given for `option`, or `nil` when absent.
    subscript<Value>(_ option: Option<Value>) -> Value? {
        values[option.spec.name]?.last.flatMap(option.convert)
    }

    /// Every value given for `option` in order, comma-separated lists split.
    func list<Value>(_ option: Option<Value>) -> [Value] {
        (values[option.spec.name] ?? []).compactMap(option.convert)
    }
}
