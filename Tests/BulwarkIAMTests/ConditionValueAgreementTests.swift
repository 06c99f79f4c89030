import Foundation
import Testing

@testable import BulwarkIAM

/// One tricky condition value and whether the evaluator can read it (`Policies/condition-values.json`).
struct ConditionValueCase: Decodable, Sendable, CustomTestStringConvertible {
    var `operator`: String
    var value: String
    var accepted: Bool
    var because: String

    var testDescription: String { "\(`operator`) \"\(value)\"" }

    static func all() throws -> [ConditionValueCase] {
        let directory = try #require(Bundle.module.url(forResource: "Policies", withExtension: nil))
        let data = try Data(contentsOf: directory.appendingPathComponent("condition-values.json"))
        struct File: Decodable { var cases: [ConditionValueCase] }
        return try JSONDecoder().decode(File.self, from: data).cases
    }
}

/// The validator and the evaluator read condition values with one parser, so they agree.
@Suite("Condition values: validator and evaluator agree")
struct ConditionValueAgreementTests {
    /// The validator flags a value exactly when the evaluator's compiled condition cannot use it.
    @Test(arguments: try ConditionValueCase.all())
    func validatorAgreesWithEvaluator(_ c: ConditionValueCase) throws {
        let op = try #require(ConditionOperator(c.operator))
        let compiled = CompiledCondition(Condition(op, key: "aws:x", values: [.string(c.value)]), variables: true)
        let evaluatorAccepts = Self.compiledValues(compiled.values).allSatisfy { $0 }
        #expect(evaluatorAccepts == c.accepted, "evaluator: \(c.because)")

        let policy: [String: Any] = [
            "Version": "2012-10-17",
            "Statement": [
                "Effect": "Deny", "Action": "*", "Resource": "*", "Condition": [c.operator: ["aws:x": c.value]],
            ],
        ]
        let text = try JSONSerialization.data(withJSONObject: policy)
        let codes = PolicyDocument.parse(text).diagnostics.map(\.code)
        let validatorAccepts = !codes.contains(.conditionValueType)
        #expect(validatorAccepts == evaluatorAccepts, "validator and evaluator disagree: \(c.because)")
        #expect(ConditionLiteral.accepts(c.value, for: op.base.family) == c.accepted, "\(c.because)")
    }

    /// Whether each compiled policy value parsed (`nil` means it never matches).
    static func compiledValues(_ values: CompiledCondition.Values) -> [Bool] {
        switch values {
        case .strings(let v): v.map { _ in true }
        case .arns(let v): v.map { _ in true }
        case .numbers(let v): v.map { $0 != nil }
        case .dates(let v): v.map { $0 != nil }
        case .booleans(let v): v.map { $0 != nil }
        case .binaries(let v): v.map { $0 != nil }
        case .networks(let v): v.map { $0 != nil }
        case .null(let v): v.map { $0 != nil }
        }
    }

    /// Request values go through the same parsers: a numeric string is read exactly as a policy value is.
    @Test(arguments: ["10", "-0", "1.", "0x10", "1e999", "nan"])
    func requestNumbersUseTheSameParser(_ text: String) {
        #expect(CompiledCondition.number(.string(text)) == ConditionLiteral.number(text))
    }

    /// The validator reads `${key, 'default'}` with the template's own split, so a default it accepts
    /// is the default the evaluator substitutes (IAM UG, "Specifying default values").
    @Test(arguments: [
        ("${aws:username, 'none'}", "none"),
        ("${aws:username,\t'none'}", "none"),
        ("${ aws:username ,'none' }", "none"),
        ("${aws:username, none}", nil),
        ("${aws:username, 'no'ne'}", nil),
        ("${aws:, 'none'}", nil),
    ])
    func variableDefaultsAgree(_ text: String, _ expected: String?) {
        let valid = PolicyVariableSyntax.firstProblem(in: text) == nil
        #expect(valid == (expected != nil), "\(text)")
        if let expected {
            let resolved = PolicyTemplate(text, variablesEnabled: true).resolve(in: RequestContext(), wildcards: false)
            #expect(resolved == WildcardElement.literal(expected), "\(text)")
        }
    }

    /// A `Service`, `Federated` or `CanonicalUser` principal passes the validator exactly when the
    /// evaluator's ``Principal`` reads it as that kind (IAM UG, "AWS JSON policy elements: Principal").
    @Test(arguments: [
        ("Service", "lambda.amazonaws.com"), ("Service", "ec2.amazonaws.com.cn"), ("Service", "lambda"),
        ("Service", "lambda.example.com"), ("Federated", "accounts.google.com"),
        ("Federated", "Accounts.Google.com"), ("Federated", "example.com"),
        ("CanonicalUser", "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"),
        ("CanonicalUser", "79A59DF900B949E55D96A1E698FBACEDFD6E09D98EACF8F8D5218E7CD47EF2BE"),
        ("CanonicalUser", "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2b"),
        ("CanonicalUser", "zz59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"),
    ])
    func principalsAgree(_ type: String, _ text: String) throws {
        let policy: [String: Any] = [
            "Version": "2012-10-17",
            "Statement": ["Effect": "Allow", "Principal": [type: text], "Action": "s3:GetObject", "Resource": "*"],
        ]
        let parsed = PolicyDocument.parse(try JSONSerialization.data(withJSONObject: policy), kind: .resource)
        let validatorAccepts = !parsed.diagnostics.contains { $0.code == .suspiciousValue }
        let expectedKind: Principal.Kind =
            switch type {
            case "Service": .service
            case "Federated": .identityProvider
            default: .canonicalUser
            }
        let evaluatorAccepts = (try? Principal(text))?.kind == expectedKind
        #expect(validatorAccepts == evaluatorAccepts, "\(type) \(text): \(parsed.diagnostics)")
    }
}
