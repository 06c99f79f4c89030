import Bulwark

/// `bulwark policy to-swift`: prints a policy as a Swift declaration written with the policy builder.
enum PolicyToSwiftCommand: CLICommand {
    static let name = "to-swift"
    static let summary = "Prints an IAM policy as Swift code: one declaration built with the policy builder."
    static let discussion = """
        Prints 'let NAME = try PolicyDocument(kind: KIND) { … }', which needs only 'import Bulwark'. \
        Compiling it and encoding the value with jsonString(pretty: true) gives exactly what \
        'bulwark policy format FILE' prints. Conditions on the global aws: keys use the typed operators \
        where the values have the key's type; other conditions are written as Condition values.
        The file must be a valid policy of --kind, since the declaration checks the same rules when it runs.
        Exit status: 0 when the declaration was printed, 2 when the file is unreadable or not a valid policy.
        """
    static let positionals = [Positional(name: "FILE", help: "A policy file, or - for standard input.")]
    static let declarationName = Option<String>(
        "name",
        placeholder: "NAME",
        help: "The name of the constant (default: policy); a Swift identifier."
    )
    static var options: [any CommandOption] { [declarationName, PolicyValidateCommand.kind] }

    static func run(_ arguments: ParsedArguments, console: inout Console) throws -> Int32 {
        let name = arguments[declarationName] ?? "policy"
        guard isIdentifier(name) else { throw UsageError("--name must be a Swift identifier, not '\(name)'") }
        let kind = arguments[PolicyValidateCommand.kind]
        guard let file = arguments.positional.first else { throw UsageError("missing FILE") }
        switch PolicyFileInput.document(in: file, kind: kind, strictness: .authoring) {
        case .failure(let failure):
            for line in failure.lines { console.err(line) }
            return ExitCode.badInput
        case .success(let document):
            console.out(document.swiftSource(name: name, kind: kind))
            return ExitCode.success
        }
    }

    /// Whether `name` can name a Swift constant without backticks.
    static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first == "_" || first.properties.isAlphabetic else {
            return false
        }
        let isWord = name.unicodeScalars.allSatisfy {
            $0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0)
        }
        return isWord && name != "_" && !keywords.contains(name) && name.allSatisfy(\.isASCII)
    }

    private static let keywords: Set<String> = [
        "let", "var", "func", "class", "struct", "enum", "protocol", "extension", "import", "return", "if", "else",
        "for", "while", "in", "do", "try", "throw", "throws", "switch", "case", "default", "break", "continue",
        "self", "Self", "super", "true", "false", "nil", "is", "as", "init", "deinit", "subscript", "static",
        "public", "private", "internal", "fileprivate", "open", "operator", "typealias", "associatedtype", "where",
        "guard", "defer", "repeat", "inout", "any", "some", "await", "async",
    ]
}
