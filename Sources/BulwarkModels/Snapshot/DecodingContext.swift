import BulwarkIAM
import Foundation

/// Per-file state shared with decoders through `userInfo`: the file, how to read its policies,
/// and the issues found inside it (a policy that does not parse, a bad CSV).
final class DecodingContext: @unchecked Sendable {
    /// The `userInfo` key (the initialiser is failable in Foundation's API, never for this constant).
    static let key = CodingUserInfoKey(rawValue: "bulwark.snapshot.decodingContext")

    /// The context a decoder carries, if any.
    static func of(_ decoder: any Decoder) -> DecodingContext? {
        guard let key else { return nil }
        return decoder.userInfo[key] as? DecodingContext
    }

    let file: String
    let policyKind: PolicyKind
    /// The member holding the list (or object) of interest, for ``Listing`` and ``Member``.
    let listKey: String?
    private let lock = NSLock()
    private var recorded: [Diagnostic] = []

    /// The file's bytes, for finding embedded policy objects with their member order and locations.
    private let bytes: Data
    private var located: Result<LocatedJSON, JSONParseError>?

    init(file: String, bytes: Data, policyKind: PolicyKind, listKey: String? = nil) {
        self.file = file
        self.bytes = bytes
        self.policyKind = policyKind
        self.listKey = listKey
    }

    /// Records an issue at `codingPath` inside this file.
    func record(codingPath: [any CodingKey], suffix: String = "", code: DiagnosticCode, message: String) {
        var path = JSONPathText.render(codingPath)
        if !suffix.isEmpty {
            path += suffix.hasPrefix("[") || path.isEmpty ? suffix : "." + suffix
        }
        let issue = Diagnostic(file: file, jsonPath: path, code: code, message: message)
        lock.withLock { recorded.append(issue) }
    }

    /// The JSON value at `codingPath` in this file, parsed by BulwarkIAM's parser.
    ///
    /// That parser keeps member order and source locations, which `Decoder` does not. The file is
    /// parsed once, on first use.
    func locatedValue(at codingPath: [any CodingKey]) -> Result<LocatedJSON, JSONParseError>? {
        let root: Result<LocatedJSON, JSONParseError> = lock.withLock {
            if let located { return located }
            let parsed = Result { () throws(JSONParseError) in try JSONParser.parse(bytes) }
            located = parsed
            return parsed
        }
        let path = JSONPath(codingPath.map { $0.intValue.map(JSONPath.Component.index) ?? .key($0.stringValue) })
        switch root {
        case .success(let json): return json.value(at: path).map(Result.success)
        case .failure(let error): return .failure(error)
        }
    }

    /// Everything recorded so far.
    var issues: [Diagnostic] { lock.withLock { recorded } }
}

/// Renders a `Decoder`'s coding path the way the rest of Bulwark prints JSON paths: `Statement[2].Condition`.
enum JSONPathText {
    static func render(_ codingPath: [any CodingKey]) -> String {
        var text = ""
        for key in codingPath {
            if let index = key.intValue {
                text += "[\(index)]"
            } else if key.stringValue.hasPrefix("Index ") {
                text += "[\(key.stringValue.dropFirst(6))]"
            } else {
                if !text.isEmpty { text += "." }
                text += key.stringValue
            }
        }
        return text
    }

    /// A sentence for a `DecodingError`, and the JSON path it happened at.
    static func describe(_ error: DecodingError) -> (path: String, message: String) {
        switch error {
        case .typeMismatch(let type, let context):
            return (render(context.codingPath), "expected \(readable(type)) here (\(context.debugDescription))")
        case .valueNotFound(let type, let context):
            return (render(context.codingPath), "expected \(readable(type)) but found null")
        case .keyNotFound(let key, let context):
            return (render(context.codingPath + [key]), "the required member '\(key.stringValue)' is missing")
        case .dataCorrupted(let context):
            let underlying = (context.underlyingError as? NSError)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return (render(context.codingPath), underlying ?? context.debugDescription)
        @unknown default:
            return ("", "\(error)")
        }
    }

    private static func readable(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Bool.Type: return "a boolean"
        case is Int.Type, is Int64.Type, is Double.Type: return "a number"
        case is Date.Type: return "a timestamp"
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") { return "an array" }
            if name.hasPrefix("Dictionary") { return "an object" }
            return "a \(name) value"
        }
    }
}
