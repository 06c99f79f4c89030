import BulwarkIAM
import Foundation
import Testing

@Suite struct PolicyBuilderTests {
    /// Every kind of element, typed conditions with modifiers, variables and ARNs from parts.
    @Test func buildsTheDocumentTheJSONDescribes() throws {
        let built = try PolicyDocument(kind: .resource, id: "Artifacts") {
            Statement(.deny, sid: "DenyInsecureTransport") {
                Principals.anyone
                Actions("s3:*")
                Resources(.s3Bucket("artifacts"), .s3Object(bucket: "artifacts", key: "*"))
                Condition.bool(.aws.secureTransport, false)
            }
            Statement(.allow, sid: "HomeFolders") {
                Principals(.account("111122223333"), .aws(.iamRole("deploy", account: "111122223333")))
                Actions("s3:GetObject", "s3:PutObject")
                Resources("arn:aws:s3:::artifacts/home/\(.aws.username)/*")
                Condition.stringEquals(.aws.principalTag("team"), "\(.aws.resourceTag("team"), default: "none")")
                Condition.ipAddress(.aws.sourceIP, "203.0.113.0/24", "2001:db8::/32").ifExists
                Condition.stringLike(.aws.tagKeys, "cost-*").forAllValues
                Condition.dateLessThan(.aws.currentTime, Date(timeIntervalSince1970: 1_798_761_600))
                Condition.numericLessThan(.aws.multiFactorAuthAge, 3600)
                Condition.arnLike(.aws.sourceARN, .iamRole("*", account: "111122223333"))
                Condition.null(.aws.sourceVPC, true)
            }
        }
        let json = """
            {"Version": "2012-10-17", "Id": "Artifacts", "Statement": [
              {"Sid": "DenyInsecureTransport", "Effect": "Deny", "Principal": "*", "Action": "s3:*",
               "Resource": ["arn:aws:s3:::artifacts", "arn:aws:s3:::artifacts/*"],
               "Condition": {"Bool": {"aws:SecureTransport": false}}},
              {"Sid": "HomeFolders", "Effect": "Allow",
               "Principal": {"AWS": ["111122223333", "arn:aws:iam::111122223333:role/deploy"]},
               "Action": ["s3:GetObject", "s3:PutObject"],
               "Resource": "arn:aws:s3:::artifacts/home/${aws:username}/*",
               "Condition": {
                 "StringEquals": {"aws:PrincipalTag/team": "${aws:ResourceTag/team, 'none'}"},
                 "IpAddressIfExists": {"aws:SourceIp": ["203.0.113.0/24", "2001:db8::/32"]},
                 "ForAllValues:StringLike": {"aws:TagKeys": "cost-*"},
                 "DateLessThan": {"aws:CurrentTime": "2027-01-01T00:00:00Z"},
                 "NumericLessThan": {"aws:MultiFactorAuthAge": 3600},
                 "ArnLike": {"aws:SourceArn": "arn:aws:iam::111122223333:role/*"},
                 "Null": {"aws:SourceVpc": true}}}]}
            """
        #expect(built == (try PolicyDocument(json: json, kind: .resource)))
        #expect(try PolicyDocument(json: built.jsonString(), kind: .resource) == built)
    }

    /// `if`, `if`/`else`, `for` and optional parts work in both bodies.
    @Test(arguments: [false, true])
    func controlFlowWorks(readOnly: Bool) throws {
        let buckets = ["logs", "artifacts"]
        let owner: String? = readOnly ? nil : "111122223333"
        let built = try PolicyDocument(kind: .identity) {
            for bucket in buckets {
                Statement(.allow, sid: "Read\(bucket.capitalized)") {
                    Actions("s3:GetObject")
                    if !readOnly { Actions("s3:PutObject") }
                    Resources(.s3Object(bucket: bucket, key: "*"))
                    if let owner { Condition.stringEquals(.aws.resourceAccount, "\(owner)") }
                }
            }
            if readOnly {
                Statement(.deny) {
                    NotActions(["s3:Get*", "s3:List*"])
                    Resources("*")
                }
            } else {
                Statement(.allow) {
                    Actions(buckets.map { "s3:ListBucket" + ($0.isEmpty ? "" : "") })
                    Resources(buckets.map { ARN.s3Bucket($0) })
                }
            }
        }
        #expect(built.statements.count == 3)
        #expect(
            built.statements[0].action.patterns == (readOnly ? ["s3:GetObject"] : ["s3:GetObject", "s3:PutObject"])
        )
        #expect(built.statements[0].conditions.count == (readOnly ? 0 : 1))
        #expect(built.statements[2].action.isNegated == readOnly)
    }

    /// What AWS rejects is a thrown error that names the statement by path and Sid.
    @Test func rejectsWhatAWSRejects() {
        func errors(_ build: () throws -> PolicyDocument) -> [String] {
            do {
                _ = try build()
                return []
            } catch {
                return ((error as? IAMError)?.diagnostics ?? []).filter(\.isError)
                    .map { "\($0.path) \($0.code): \($0.message)" }
            }
        }
        let both = errors {
            try PolicyDocument(kind: .identity) {
                Statement(.allow, sid: "Both") {
                    Actions("s3:GetObject")
                    NotActions("iam:*")
                    Resources("*")
                }
            }
        }
        #expect(both == ["Statement[0] conflicting-elements: statement \"Both\": has both Actions and NotActions"])
        let principal = errors {
            try PolicyDocument(kind: .identity) {
                Statement(.allow) {
                    Principals(.account("111122223333"))
                    Actions("s3:GetObject")
                    Resources("*")
                }
            }
        }
        #expect(principal.count == 1)
        #expect(principal.first?.hasPrefix("Statement[0].Principal element-not-allowed: statement 1:") == true)
        let badRange = errors {
            try PolicyDocument(kind: .identity) {
                Statement(.allow, sid: "Office") {
                    Actions("s3:GetObject")
                    Resources("*")
                    Condition.ipAddress(.aws.sourceIP, "203.0.113.0/33")
                }
            }
        }
        #expect(
            badRange == [
                "Statement[0].Condition.IpAddress.aws:SourceIp invalid-condition-value: statement \"Office\": "
                    + "203.0.113.0/33 is not an IP address or CIDR range"
            ]
        )
        let noActions = errors { try PolicyDocument(kind: .identity) { Statement(.allow) { Resources("*") } } }
        #expect(noActions.contains("Statement[0] missing-element: statement 1: has no Actions or NotActions"))
        let mixedPrincipals = errors {
            try PolicyDocument(kind: .resource) {
                Statement(.deny) {
                    Principals.anyone
                    Principals(.service("sns.amazonaws.com"))
                    Actions("sqs:SendMessage")
                    Resources("*")
                }
            }
        }
        #expect(mixedPrincipals.first?.contains("combines Principals.anyone") == true)
    }

    /// Statements written as `PolicyStatement` values (taken from another document) fit in too.
    @Test func wrapsExistingStatements() throws {
        let parsed = try PolicyDocument(
            json: #"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"sqs:*","Resource":"*"}}"#
        )
        let built = try PolicyDocument(kind: .identity) {
            for statement in parsed.statements { Statement(statement) }
        }
        #expect(built == parsed)
    }
}
