import BulwarkIAM
import Foundation
import Testing

/// Rebuilds a document with the policy builder, element by element, using `for`, `if` and `switch`.
func rebuild(
    _ document: PolicyDocument,
    kind: PolicyKind,
    strictness: PolicyStrictness = .authoring,
    checkingQuotas: Bool = true
) throws -> PolicyDocument {
    try PolicyDocument(
        kind: kind,
        version: document.version,
        id: document.id,
        strictness: strictness,
        checkingQuotas: checkingQuotas
    ) {
        for statement in document.statements {
            Statement(statement.effect, sid: statement.sid) {
                if let principal = statement.principal {
                    if principal.isNegated { NotPrincipals(principal.set) } else { Principals(principal.set) }
                }
                switch statement.action {
                case .action(let patterns): Actions(patterns)
                case .notAction(let patterns): NotActions(patterns)
                }
                if let resource = statement.resource {
                    if resource.isNegated { NotResources(resource.patterns) } else { Resources(resource.patterns) }
                }
                for condition in statement.conditions { condition }
            }
        }
    }
}

@Suite struct BuilderRoundTripTests {
    /// builder → JSON → parser gives an equal document for every valid corpus policy.
    @Test(arguments: try PolicyRoundTripTests.validCases())
    func corpusPolicyRoundTrips(_ corpusCase: CorpusCase) throws {
        let kind = try #require(PolicyKind(rawValue: corpusCase.kind))
        let document = try #require(PolicyDocument.parse(try corpusCase.contents(), kind: kind).document)
        let built = try rebuild(document, kind: kind)
        #expect(built == document)
        #expect(PolicyDocument.parse(built.jsonString(pretty: true), kind: kind).document == document)
    }

    /// The same for every policy of every IAM test vector, read in evaluation mode as vectors are.
    @Test func vectorPoliciesRoundTrip() throws {
        let directory = CodeLocation.packageRoot.appendingPathComponent("Tests/BulwarkEvaluatorTests/Vectors")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") }
        var count = 0
        for file in files {
            let data = try Data(contentsOf: directory.appendingPathComponent(file))
            for vector in try IAMTestVector.decode(data, file: file) {
                let set = vector.policies
                var documents = set.identityPolicies.map { ($0, PolicyKind.identity) }
                documents += [
                    (set.resourcePolicy, .resource), (set.permissionsBoundary, .permissionsBoundary),
                    (set.sessionPolicy, .session), (set.vpcEndpointPolicy, .endpoint),
                ]
                .compactMap { document, kind in document.map { ($0, kind) } }
                documents += set.serviceControlPolicies.joined().map { ($0, .serviceControl) }
                documents += set.resourceControlPolicies.joined().map { ($0, .resourceControl) }
                for (document, kind) in documents {
                    let built = try rebuild(document, kind: kind, strictness: .evaluation, checkingQuotas: false)
                    #expect(built == document, "\(vector.source)")
                    let again = PolicyDocument.parse(
                        built.jsonString(),
                        kind: kind,
                        checkingQuotas: false,
                        strictness: .evaluation
                    )
                    #expect(again.document == document, "\(vector.source)")
                    count += 1
                }
            }
        }
        #expect(count > 500)
    }
}

/// Where the package's files are, for tests that read files outside their bundle.
enum CodeLocation {
    /// The package root (this file is `Tests/BulwarkIAMTests/Builder/BuilderRoundTripTests.swift`).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
}
