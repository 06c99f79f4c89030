import Bulwark
import Foundation

/// Reads one policy file for `policy format` and `policy to-swift`: the document, or the lines that
/// say why there is none (`FILE:LINE:COL: PATH: error: message [code]`, as `policy validate` writes them).
enum PolicyFileInput {
    /// The document in `file`, parsed as `kind`; only errors count, warnings are left to `policy validate`.
    static func document(
        in file: String,
        kind: PolicyKind,
        strictness: PolicyStrictness
    ) -> Result<PolicyDocument, Failure> {
        let data: Data
        switch InputFile.read(file, maximumSize: PolicyValidateCommand.maximumFileSize) {
        case .success(let contents): data = contents
        case .failure(let failure): return .failure(Failure(lines: ["\(file): error: \(failure.message)"]))
        }
        let parsed = PolicyDocument.parse(
            data,
            kind: kind,
            checkingQuotas: strictness == .authoring,
            strictness: strictness
        )
        guard let document = parsed.document else {
            let errors = PolicyReport(
                file: file,
                kind: kind,
                parsed: ParsedPolicy(
                    document: nil,
                    diagnostics: parsed.errors,
                    kind: kind,
                    json: parsed.json
                )
            )
            return .failure(Failure(lines: PolicyReport.textLines([errors]).dropLast()))
        }
        return .success(document)
    }

    /// Why a file holds no policy, one line per problem.
    struct Failure: Error {
        var lines: [String]
        init(lines: some Sequence<String>) { self.lines = Array(lines) }
    }
}
