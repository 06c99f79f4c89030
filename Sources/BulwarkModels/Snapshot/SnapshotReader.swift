import BulwarkIAM
import Foundation

/// Reads one call's file from a snapshot directory: its output, its error file, or neither.
///
/// Never throws and never crashes on hostile files: every problem becomes an
/// ``Observed/unknown(_:)`` plus a ``Diagnostic`` in the shared ``LoadLog``.
struct SnapshotReader: Sendable {
    /// The snapshot directory.
    let root: URL
    /// Where issues and failed calls are collected.
    let log: LoadLog

    /// The decoded output of `call`, whether AWS said it is not configured, or why it is unknown.
    func read<T: Decodable & Sendable>(
        _ type: T.Type,
        _ call: SnapshotCall,
        policyKind: PolicyKind = .identity,
        listKey: String? = nil
    ) -> Observed<T> {
        switch Self.contents(of: root.appendingPathComponent(call.relativePath)) {
        case .data(let data):
            return decode(type, from: data, call: call, policyKind: policyKind, listKey: listKey)
        case .failed(let reason):
            return unreadableFile(call.relativePath, call: call, reason: reason)
        case .missing:
            break
        }
        switch Self.contents(of: root.appendingPathComponent(call.errorRelativePath)) {
        case .data(let data):
            return failure(from: data, call: call)
        case .failed(let reason):
            return unreadableFile(call.errorRelativePath, call: call, reason: reason)
        case .missing:
            return .unknown(
                Unreadable(
                    call: call,
                    code: Unreadable.notCollected,
                    message: "\(call.relativePath) is not in the snapshot"
                )
            )
        }
    }

    /// Decodes a file's bytes; an empty file reads as `{}` (the CLI prints nothing for some empty answers).
    func decode<T: Decodable & Sendable>(
        _ type: T.Type,
        from data: Data,
        call: SnapshotCall,
        policyKind: PolicyKind,
        listKey: String? = nil
    ) -> Observed<T> {
        let file = call.relativePath
        let body = data.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 } ? Data("{}".utf8) : data
        let context = DecodingContext(file: file, bytes: body, policyKind: policyKind, listKey: listKey)
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = AWSTimestamp.decodingStrategy
        if let key = DecodingContext.key { decoder.userInfo[key] = context }
        do {
            let value = try decoder.decode(T.self, from: body)
            log.add(context.issues)
            return .value(value)
        } catch let error as DecodingError {
            log.add(context.issues)
            let (path, message) = JSONPathText.describe(error)
            var code = DiagnosticCode.unexpectedShape
            if case .dataCorrupted(let details) = error, details.codingPath.isEmpty {
                code = .malformedJSON
            }
            let advice =
                code == .malformedJSON
                ? "; the file is not valid JSON (truncated?) — collect this call again"
                : "; the file does not have the shape `aws \(call.service) \(call.operation)` prints"
            log.add([Diagnostic(file: file, jsonPath: path, code: code, message: message + advice)])
            return malformed(call, "\(file): \(path.isEmpty ? "" : path + ": ")\(message)")
        } catch {
            log.add([Diagnostic(file: file, code: .malformedJSON, message: "\(error)")])
            return malformed(call, "\(file): \(error)")
        }
    }

    /// Interprets an `.error.json` file: a "not configured" code is a fact, anything else is unknown.
    private func failure<T>(from data: Data, call: SnapshotCall) -> Observed<T> {
        let file = call.errorRelativePath
        guard let body = try? JSONDecoder().decode(AWSErrorBody.self, from: data), !body.code.isEmpty else {
            log.add([
                Diagnostic(
                    file: file,
                    code: .invalidErrorFile,
                    message: "an error file must be a JSON object with a string \"Code\" (and \"Message\")"
                )
            ])
            return malformed(call, "\(file) is malformed")
        }
        if NotConfiguredErrors.means(code: body.code, message: body.message ?? "", notConfiguredFor: call) {
            return .notConfigured
        }
        let reason = Unreadable(call: call, code: Unreadable.Code(rawValue: body.code), message: body.message ?? "")
        log.add(reason)
        return .unknown(reason)
    }

    private func unreadableFile<T>(_ file: String, call: SnapshotCall, reason: String) -> Observed<T> {
        log.add([Diagnostic(file: file, code: .unreadableFile, message: "cannot read the file: \(reason)")])
        let unreadable = Unreadable(call: call, code: Unreadable.unreadableFile, message: "\(file): \(reason)")
        log.add(unreadable)
        return .unknown(unreadable)
    }

    /// Records and returns the unknown value of a call whose file is malformed.
    private func malformed<T>(_ call: SnapshotCall, _ message: String) -> Observed<T> {
        let unreadable = Unreadable(call: call, code: Unreadable.malformedFile, message: message)
        log.add(unreadable)
        return .unknown(unreadable)
    }

    /// Reads a file without following the error path for a missing one.
    static func contents(of url: URL) -> SnapshotFile.Contents {
        SnapshotFile.contents(atPath: url.path)
    }
}

/// The body of an `.error.json` file: `{"Code": "...", "Message": "..."}` (other members ignored).
struct AWSErrorBody: Decodable {
    var code: String
    var message: String?

    private enum CodingKeys: String, CodingKey {
        case code = "Code"
        case message = "Message"
    }
}
