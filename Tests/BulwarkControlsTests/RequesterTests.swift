import BulwarkControls
import BulwarkIAM
import BulwarkModels
import Testing

/// `denies(.anyOtherAccount, "sts:AssumeRole", …)` over role trust policies: an outside account is asked
/// about as a principal of it, never as its root user, which may not assume roles at all.
@Suite struct RequesterTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var because: String
        var principal: String
        var condition: String?
        var expected: FindingStatus
        var testDescription: String { because }
    }

    static let cases: [Case] = [
        Case(
            because: "IAM User Guide, Principal element: an account id admits every principal of that account",
            principal: #"{"AWS": "444455556666"}"#,
            expected: .fail
        ),
        Case(
            because: "IAM User Guide, Principal element: the root ARN stands for the account, not only its root user",
            principal: #"{"AWS": "arn:aws:iam::444455556666:root"}"#,
            expected: .fail
        ),
        Case(
            because: "IAM User Guide, Principal element: a named role of another account may assume the role",
            principal: #"{"AWS": "arn:aws:iam::444455556666:role/deployer"}"#,
            expected: .fail
        ),
        Case(
            because: "IAM User Guide, Principal element: \"*\" admits every principal of every account",
            principal: #"{"AWS": "*"}"#,
            expected: .fail
        ),
        Case(
            because: "A trust policy naming only the role's own account is not access from outside it",
            principal: #"{"AWS": "arn:aws:iam::111122223333:root"}"#,
            expected: .pass
        ),
        Case(
            because: "A service principal is not another account's principal",
            principal: #"{"Service": "ec2.amazonaws.com"}"#,
            expected: .pass
        ),
        Case(
            because: "IAM User Guide, aws:PrincipalOrgID: a principal outside the organization does not match",
            principal: #"{"AWS": "*"}"#,
            condition: #"{"StringEquals": {"aws:PrincipalOrgID": "o-example"}}"#,
            expected: .pass
        ),
    ]

    @Test(arguments: cases) func trustPolicy(_ test: Case) throws {
        let condition = test.condition.map { #", "Condition": \#($0)"# } ?? ""
        let json = """
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": \(test.principal),
              "Action": "sts:AssumeRole"\(condition)}]}
            """
        let trust = EmbeddedPolicy(text: json, document: try PolicyDocument(json: json, kind: .trustPolicy))
        let control = Control(
            id: "TEST-IAM-TRUST",
            title: "The role cannot be assumed from another account",
            domain: .identityAndAccess,
            severity: .high
        ) { context in
            denies(
                .anyOtherAccount,
                "sts:AssumeRole",
                on: "arn:aws:iam::\(testAccount):role/app",
                policy: .value(trust),
                in: context
            )
        }
        let finding = control.evaluate(snapshot()).first
        #expect(finding?.status == test.expected, "\(test.because)")
    }
}
