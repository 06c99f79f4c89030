/// A bad command line: reported with the command's usage and exit code 2.
struct UsageError: Error {
    /// What is wrong, in one sentence.
    var message: String
    init(_ message: String) { self.message = message }
}

/// A parsed command line: positional arguments, options with values, and flags.
///
/// Small on purpose (the library has no dependencies): `--name value`, `--name=value`, repeated
/// options, flags, and `--` to end options. Unknown options are errors.
struct Arguments {
    /// Positional arguments in order.
    var positional: [String] = []
    private var values: [String: [String]] = [:]
    private var flags: Set<String> = []

    /// Parses `arguments`, accepting the options in `options` (which take a value) and `flags`.
    init(_ arguments: [String], options: Set<String> = [], flags: Set<String> = []) throws {
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || !argument.hasPrefix("--") || argument == "-" {
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
            if flags.contains(name) {
                guard inlineValue == nil else { throw UsageError("--\(name) takes no value") }
                self.flags.insert(name)
            } else if options.contains(name) {
                if let inlineValue {
                    values[name, default: []].append(inlineValue)
                } else {
                    guard index < arguments.count else { throw UsageError("--\(name) needs a value") }
                    values[name, default: []].append(arguments[index])
                    index += 1
                }
            } else {
                throw UsageError("unknown option --\(name)")
            }
        }
    }

    /// The last value given for `--name`, if any.
    func value(_ name: String) -> String? { values[name]?.last }

    /// Every value given for `--name`, in order; comma-separated lists are split.
    func list(_ name: String) -> [String] {
        (values[name] ?? []).flatMap { $0.split(separator: ",").map(String.init) }
    }

    /// Whether `--name` was given.
    func flag(_ name: String) -> Bool { flags.contains(name) }

    /// The value of `--name`, which must be one of `allowed`; `defaultValue` when absent.
    func choice(_ name: String, _ allowed: [String], default defaultValue: String) throws -> String {
        guard let value = value(name) else { return defaultValue }
        guard allowed.contains(value) else {
            throw UsageError("--\(name) must be one of \(allowed.joined(separator: ", ")), not '\(value)'")
        }
        return value
    }
}
