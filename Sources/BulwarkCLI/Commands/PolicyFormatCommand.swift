import Bulwark

/// `bulwark policy format`: prints policies in canonical form, or checks that files are in it.
enum PolicyFormatCommand: CLICommand {
    static let name = "format"
    static let summary = "Prints IAM policies in canonical form, for diffs and code review; --check only checks."
    static let discussion = """
        The canonical form is what PolicyDocument.jsonString(pretty: true) writes: elements in a fixed \
        order (Version, Id, Statement; in a statement Sid, Effect, Principal, NotPrincipal, Action, \
        NotAction, Resource, NotResource, Condition), four-space indentation, and lists normalised only \
        where AWS reads both forms the same: a Statement object becomes a one-element array, a \
        one-element list is written as its value, and the keys of one condition operator are grouped \
        under it. The order of statements, values, principals and conditions is kept.
        Policies are read as AWS evaluates them (evaluation mode, no quotas), so any policy AWS stores \
        can be formatted; run 'policy validate' for the authoring rules.
        Exit status: 0 when every file was printed (or, with --check, is canonical), 1 when --check \
        finds a file that is not, 2 when a file is unreadable or not a policy.
        """
    static let positionals = [
        Positional(
            name: "FILE",
            help: "A policy file, a directory of .json policy files, or - for standard input.",
            isRepeated: true
        )
    ]
    static let check = Flag("check", help: "Print nothing but the files that are not in canonical form.")
    static var options: [any CommandOption] { [check, PolicyValidateCommand.kind] }

    /// The canonical text of a document, as the file holds it (with a final newline).
    static func canonicalText(of document: PolicyDocument) -> String { document.jsonString(pretty: true) + "\n" }

    static func run(_ arguments: ParsedArguments, console: inout Console) throws -> Int32 {
        let expanded = InputFile.expandingDirectories(arguments.positional)
        let kind = arguments[PolicyValidateCommand.kind]
        var status = ExitCode.success
        for problem in expanded.problems {
            console.err("\(problem.path): error: \(problem.message)")
            status = ExitCode.badInput
        }
        for file in expanded.files {
            switch PolicyFileInput.document(in: file, kind: kind, strictness: .evaluation) {
            case .failure(let failure):
                for line in failure.lines { console.err(line) }
                status = ExitCode.badInput
            case .success(let document):
                let canonical = canonicalText(of: document)
                guard arguments[check] else {
                    console.out(String(canonical.dropLast()))
                    continue
                }
                if case .success(let data) = InputFile.read(file), String(decoding: data, as: UTF8.self) == canonical {
                    continue
                }
                console.out("\(file): not in canonical form (run 'bulwark policy format \(file)')")
                if status == ExitCode.success { status = ExitCode.findings }
            }
        }
        return status
    }
}
