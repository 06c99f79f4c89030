import BulwarkCatalog
import BulwarkIAM
import Foundation
import Testing

/// One case of `Data/lint/*.json`: a policy and the catalog warnings it must produce (exactly).
struct LintCase: Sendable, CustomTestStringConvertible {
    struct Expected: Sendable, Hashable {
        var code: String
        var path: String
        var message: String?
    }
    var file: String
    var name: String
    var because: String
    var policy: String
    var kind: String
    var expect: [Expected]

    var testDescription: String { "\(file): \(name)" }

    /// Every case of every file in `Data/lint/`.
    static func all() throws -> [LintCase] {
        try TestData.files(in: "lint")
            .flatMap { file -> [LintCase] in
                try TestData.objects(file)
                    .map { entry in
                        let policy = try JSONSerialization.data(
                            withJSONObject: entry["policy"] ?? [:],
                            options: [.sortedKeys]
                        )
                        let expected = (entry["expect"] as? [[String: String]] ?? [])
                            .map {
                                Expected(code: $0["code"] ?? "", path: $0["path"] ?? "", message: $0["message"])
                            }
                        return LintCase(
                            file: file,
                            name: entry["name"] as? String ?? "?",
                            because: entry["because"] as? String ?? "",
                            policy: String(decoding: policy, as: UTF8.self),
                            kind: entry["kind"] as? String ?? "identity",
                            expect: expected
                        )
                    }
            }
    }
}

@Suite struct LintTests {
    static let cases = (try? LintCase.all()) ?? []
    static let linter = CatalogLinter(catalog: catalog)

    @Test func casesAreLoaded() {
        #expect(
            Set(Self.cases.map(\.file))
                == ["lint/actions.json", "lint/conditions.json", "lint/realistic.json", "lint/resources.json"]
        )
        #expect(Self.cases.count >= 30)
    }

    @Test(arguments: cases)
    func lintCase(_ test: LintCase) throws {
        var parsed = PolicyDocument.parse(test.policy, kind: PolicyKind(rawValue: test.kind) ?? .identity)
        let grammar = parsed.diagnostics
        #expect(!parsed.hasErrors, "the policy itself is invalid: \(grammar)")
        parsed.lint(with: [Self.linter])
        let found = parsed.diagnostics.filter { !grammar.contains($0) }
        let got = Set(found.map { "\($0.code) at \($0.path)" })
        let want = Set(test.expect.map { "\($0.code) at \($0.path)" })
        #expect(got == want, "\(test.because)\n\(found.map(\.description).joined(separator: "\n"))")
        for expected in test.expect {
            let match = found.first { $0.code.rawValue == expected.code && $0.path.description == expected.path }
            #expect(match?.severity == .warning)
            #expect(match?.position != nil, "no source position for \(expected.path)")
            if let message = expected.message {
                #expect(match?.message.contains(message) == true, "\(match?.message ?? "nothing")")
            }
        }
    }

    // Every catalog lint code has at least one case that triggers it.
    @Test func everyCodeIsCovered() {
        let codes: [DiagnosticCode] = [
            .unknownService, .unknownAction, .patternMatchesNothing, .unknownConditionKey, .conditionKeyNotSupported,
            .operatorTypeMismatch, .multivaluedKeyWithoutSetOperator, .resourceMatchesNoAction,
            .actionRequiresWildcardResource, .actionMatchesNoResource, .redundantAction, .redundantStatement,
        ]
        let covered = Set(Self.cases.flatMap { $0.expect.map(\.code) })
        for code in codes { #expect(covered.contains(code.rawValue), "no lint case for \(code)") }
    }

    @Test func documentWithoutJSONUsesArrayPaths() {
        let document = PolicyDocument(statements: [
            PolicyStatement(effect: .allow, action: .action(["s3:GetObjects"]), resource: .resource(["*"]))
        ])
        let found = Self.linter.lint(document)
        #expect(found.map(\.path.description) == ["Statement[0].Action[0]"])
    }
}
