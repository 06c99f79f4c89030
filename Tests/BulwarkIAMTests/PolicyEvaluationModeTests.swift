import BulwarkIAM
import Testing

/// `PolicyStrictness.evaluation`: authoring errors that AWS or peer evaluators still evaluate become
/// warnings with the same code, and the statement keeps the meaning they give it.
@Suite struct PolicyEvaluationModeTests {
    struct Case: CustomStringConvertible, Sendable {
        var kind: PolicyKind
        /// The statements of the policy (JSON array text).
        var statements: String
        /// The relaxed rule's diagnostic code.
        var code: DiagnosticCode
        /// The decoded statements in evaluation mode.
        var expected: [PolicyStatement]
        var reason: String

        var description: String { reason }
        var text: String { #"{"Version": "2012-10-17", "Statement": "# + statements + "}" }
    }

    static let cases: [Case] = [
        Case(
            kind: .identity,
            statements: #"[{"Effect": "Allow", "Action": "s3:GetObject,PutObject", "Resource": "*"}]"#,
            code: .invalidAction,
            expected: [.init(effect: .allow, action: .action(["s3:GetObject,PutObject"]), resource: .resource(["*"]))],
            reason: "a comma is part of one action name, not a list (iam-simulate coreEngineTests/commas)"
        ),
        Case(
            kind: .identity,
            statements: #"[{"Effect": "Allow", "NotAction": "s3:GetObject   ", "Resource": "*"}]"#,
            code: .invalidAction,
            expected: [.init(effect: .allow, action: .notAction(["s3:GetObject   "]), resource: .resource(["*"]))],
            reason: "white space stays in the action name (iam-simulate edgeCases/whitespaceActions)"
        ),
        Case(
            kind: .resource,
            statements:
                #"[{"Effect": "Allow", "NotPrincipal": {"AWS": "111122223333"}, "Action": "s3:*", "Resource": "*"}]"#,
            code: .effectNotAllowed,
            expected: [
                .init(
                    effect: .allow,
                    principal: .notPrincipal(.entries([PrincipalEntry(.aws, "111122223333")])),
                    action: .action(["s3:*"]),
                    resource: .resource(["*"])
                )
            ],
            reason: "NotPrincipal means everyone except those named, whatever the effect (IAM UG, NotPrincipal)"
        ),
        Case(
            kind: .identity,
            statements: "[]",
            code: .emptyValue,
            expected: [],
            reason: "an empty Statement list allows and denies nothing"
        ),
        Case(
            kind: .identity,
            statements: #"[{"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "*"}]"#,
            code: .elementNotAllowed,
            expected: [.init(effect: .deny, action: .action(["s3:*"]), resource: .resource(["*"]))],
            reason: "an identity policy applies to whoever it is attached to, so Principal is ignored"
        ),
        Case(
            kind: .resource,
            statements: #"[{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "ecr:BatchGetImage"}]"#,
            code: .missingElement,
            expected: [
                .init(
                    effect: .allow,
                    principal: .principal(.entries([PrincipalEntry(.aws, "*")])),
                    action: .action(["ecr:BatchGetImage"])
                )
            ],
            reason: "an ECR repository policy omits Resource: the statement applies to the repository (ECR UG)"
        ),
        Case(
            kind: .resource,
            statements: #"[{"Effect": "Deny", "Action": "s3:*", "Resource": "*"}]"#,
            code: .missingElement,
            expected: [.init(effect: .deny, action: .action(["s3:*"]), resource: .resource(["*"]))],
            reason: "a resource policy statement without Principal names nobody (iam-simulate noPrincipalElement)"
        ),
        Case(
            kind: .identity,
            statements: #"[{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:*:::b/*"}]"#,
            code: .invalidResource,
            expected: [
                .init(effect: .allow, action: .action(["s3:GetObject"]), resource: .resource(["arn:aws:*:::b/*"]))
            ],
            reason: "a wildcard in the ARN's service segment is matched like any other segment"
        ),
        Case(
            kind: .resource,
            statements:
                #"[{"Effect": "Allow", "Principal": "arn:aws:iam::111122223333:root", "Action": "s3:*", "Resource": "*"}]"#,
            code: .invalidPrincipal,
            expected: [
                .init(
                    effect: .allow,
                    principal: .principal(.entries([PrincipalEntry(.aws, "arn:aws:iam::111122223333:root")])),
                    action: .action(["s3:*"]),
                    resource: .resource(["*"])
                )
            ],
            reason: "a bare ARN string as Principal is read as {\"AWS\": ARN}"
        ),
        Case(
            kind: .trustPolicy,
            statements:
                #"[{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole", "Resource": "*"}]"#,
            code: .elementNotAllowed,
            expected: [
                .init(
                    effect: .allow,
                    principal: .principal(.entries([PrincipalEntry(.service, "ec2.amazonaws.com")])),
                    action: .action(["sts:AssumeRole"])
                )
            ],
            reason: "a trust policy governs only the role it is attached to, so Resource is ignored"
        ),
        Case(
            kind: .endpoint,
            statements: #"[{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]"#,
            code: .missingElement,
            expected: [.init(effect: .allow, action: .action(["s3:GetObject"]), resource: .resource(["*"]))],
            reason: "an endpoint policy must contain Principal; without one the statement names nobody"
        ),
    ]

    @Test("evaluation mode decodes the meaning AWS and peers give", arguments: cases)
    func evaluation(_ c: Case) {
        let parsed = PolicyDocument.parse(c.text, kind: c.kind, checkingQuotas: false, strictness: .evaluation)
        #expect(parsed.document?.statements == c.expected, "\(c.reason)")
        #expect(!parsed.diagnostics.contains { $0.severity == .error }, "\(parsed.diagnostics)")
        #expect(parsed.diagnostics.contains { $0.severity == .warning && $0.code == c.code }, "\(c.reason)")
    }

    @Test("authoring mode still rejects the same policy with the same code", arguments: cases)
    func authoring(_ c: Case) {
        let parsed = PolicyDocument.parse(c.text, kind: c.kind)
        #expect(parsed.document == nil, "\(c.reason)")
        #expect(parsed.diagnostics.contains { $0.severity == .error && $0.code == c.code }, "\(c.reason)")
    }

    /// Rules outside the list stay errors in evaluation mode.
    @Test(arguments: [
        (PolicyKind.identity, #"{"Effect": "Allow", "Action": "s3:GetObject"}"#, DiagnosticCode.missingElement),
        (.resourceControl, #"{"Effect": "Deny", "Action": "s3:*", "Resource": "*"}"#, .missingElement),
        (.identity, #"{"Effect": "Allow", "Action": "s3:Get Object", "Resource": "arn:aws:s3"}"#, .invalidResource),
    ])
    func otherErrorsStayErrors(kind: PolicyKind, statement: String, code: DiagnosticCode) {
        let text = #"{"Version": "2012-10-17", "Statement": ["# + statement + "]}"
        let parsed = PolicyDocument.parse(text, kind: kind, strictness: .evaluation)
        #expect(parsed.document == nil)
        #expect(parsed.diagnostics.contains { $0.severity == .error && $0.code == code }, "\(parsed.diagnostics)")
    }
}
