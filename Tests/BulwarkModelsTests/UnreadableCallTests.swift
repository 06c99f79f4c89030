import BulwarkIAM
import BulwarkModels
import Foundation
import Testing

/// For every call of every service in the example account: when the call failed (AccessDenied) or its
/// file is malformed, the model says `unknown(reason)` naming that call, never an empty list or a value.
///
/// The model is searched by reflection (every `Observed.unknown` and `DescribedList.unreadable`, but
/// not `failedCalls` or `issues`), so a loader that turns a failure into "none" fails here whatever
/// property it fills.
@Suite struct UnreadableCallTests {
    /// How the call's file is broken.
    enum Failure: String, CaseIterable, Sendable {
        /// An `.error.json` with `AccessDenied`: the IAM principal that collected may not make the call.
        case accessDenied
        /// A result file cut off mid-way (a full disk while collecting).
        case malformed

        /// The code the model must carry.
        var code: Unreadable.Code { self == .accessDenied ? "AccessDenied" : Unreadable.malformedFile }
    }

    /// Calls whose failure leaves nothing unknown in this account, with the reason.
    static let irrelevant: [String: String] = [
        "eu-west-1/configservice/describe-configuration-recorder-status.json":
            "eu-west-1 has no configuration recorder (describe-configuration-recorders is empty), so no status is read"
    ]

    static let checkedCalls = calls.filter { irrelevant[$0] == nil }

    /// Every call the example account holds (output or error file), relative to the snapshot.
    static let calls: [String] = {
        let root = ExampleAccountTests.directory
        let files =
            FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL } ?? []
        let prefix = root.standardizedFileURL.path + "/"
        let paths = files.map { $0.standardizedFileURL.path }
            .filter { $0.hasSuffix(".json") && $0.hasPrefix(prefix) }
            .map { String($0.dropFirst(prefix.count)) }
            .filter { $0 != "manifest.json" }
            .map { $0.replacingOccurrences(of: ".error.json", with: ".json") }
        return Array(Set(paths)).sorted()
    }()

    @Test(arguments: checkedCalls, Failure.allCases)
    func aBrokenCallIsUnknownInTheModel(_ call: String, _ failure: Failure) async throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent(
            "bulwark-unreadable-\(UUID().uuidString)"
        )
        defer { try? FileManager.default.removeItem(at: copy) }
        try FileManager.default.copyItem(at: ExampleAccountTests.directory, to: copy)
        let output = copy.appendingPathComponent(call)
        let error = copy.appendingPathComponent(String(call.dropLast(".json".count)) + ".error.json")
        try? FileManager.default.removeItem(at: output)
        try? FileManager.default.removeItem(at: error)
        switch failure {
        case .accessDenied:
            try Data(#"{"Code": "AccessDenied", "Message": "not authorized"}"#.utf8).write(to: error)
        case .malformed:
            try Data(#"{"Items": [{"Name": "#.utf8).write(to: output)
        }
        let snapshot = try await AccountSnapshot.load(from: copy)
        let reasons = UnreadableFinder.reasons(in: snapshot)
        #expect(
            reasons.contains { $0.call.relativePath == call && $0.code == failure.code },
            "\(call) is not unknown(\(failure.code)) anywhere in the model"
        )
    }
}

/// Finds every reason a model holds for "cannot tell", by reflection.
enum UnreadableFinder {
    static func reasons(in snapshot: AccountSnapshot) -> [Unreadable] {
        var found: [Unreadable] = []
        for child in Mirror(reflecting: snapshot).children where child.label != "failedCalls" && child.label != "issues"
        {
            collect(child.value, into: &found)
        }
        return found
    }

    private static func collect(_ value: Any, into found: inout [Unreadable]) {
        if let reason = value as? Unreadable {
            found.append(reason)
            return
        }
        if value is String || value is PolicyDocument || value is IAMError { return }
        for child in Mirror(reflecting: value).children {
            collect(child.value, into: &found)
        }
    }
}
