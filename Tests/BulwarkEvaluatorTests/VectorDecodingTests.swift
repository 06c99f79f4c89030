import BulwarkIAM
import Testing

/// How ``IAMTestVector`` decodes the vector format and reports malformed files.
@Suite struct VectorDecodingTests {
    static let minimal = #"""
        {"name": "n", "request": {"principal": "arn:aws:iam::111122223333:user/alice",
         "action": "s3:GetObject", "resource": "arn:aws:s3:::b/k", "resourceAccount": "111122223333",
         "context": {"aws:SourceIp": "203.0.113.7", "aws:TagKeys": ["a", "b"], "s3:max-keys": 10,
                     "aws:SecureTransport": true}},
         "identityPolicies": [{"Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}],
         "expect": "Allow", "because": "an identity policy allows it"}
        """#

    @Test func decodesASingleObject() throws {
        let vectors = try IAMTestVector.decode(Self.minimal, file: "one.json")
        let vector = try #require(vectors.first)
        #expect(vectors.count == 1)
        #expect(vector.name == "n")
        #expect(vector.expected == .allow)
        #expect(vector.because == "an identity policy allows it")
        #expect(vector.request.action == "s3:GetObject")
        #expect(vector.request.resourceAccount == "111122223333")
        #expect(vector.request.context["aws:sourceip"] == .string("203.0.113.7"))
        #expect(vector.request.context["aws:TagKeys"] == .list(["a", "b"]))
        #expect(vector.request.context["s3:max-keys"] == .number(10))
        #expect(vector.request.context["aws:SecureTransport"] == .boolean(true))
        #expect(vector.policies.identityPolicies.count == 1)
        #expect(vector.source.description == "one.json")
        #expect(vector.evaluate().decision == .allow)
    }

    @Test func decodesAnArrayWithIndexes() throws {
        let vectors = try IAMTestVector.decode("[\(Self.minimal)]", file: "many.json")
        #expect(vectors.first?.source.description == "many.json[0]")
    }

    @Test func decodesOrganizationLevelsAndTheManagementAccount() throws {
        let text = #"""
            {"name": "scp", "request": {"principal": "arn:aws:iam::111122223333:user/alice",
              "action": "s3:GetObject", "resource": "arn:aws:s3:::b/k", "resourceAccount": "444455556666"},
             "serviceControlPolicies": [[{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}], []],
             "resourceControlPolicies": [[{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"}]}]],
             "managementAccount": "111122223333", "resourceIsAWSManagedKey": true}
            """#
        let vector = try #require(try IAMTestVector.decode(text, file: "org.json").first)
        #expect(vector.policies.serviceControlPolicies.map(\.count) == [1, 0])
        #expect(vector.policies.resourceControlPolicies.map(\.count) == [1])
        #expect(vector.policies.principalIsManagementAccount)
        #expect(!vector.policies.resourceIsInManagementAccount)
        #expect(vector.policies.resourceIsAWSManagedKey)
        #expect(vector.expected == nil)
    }

    @Test func aTrustPolicyNeedsNoResource() throws {
        let text = #"""
            {"name": "trust", "request": {"principal": "arn:aws:iam::111122223333:user/alice",
              "action": "sts:AssumeRole", "resource": "arn:aws:iam::111122223333:role/deploy"},
             "resourcePolicy": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
               "Principal": {"AWS": "arn:aws:iam::111122223333:user/alice"}, "Action": "sts:AssumeRole"}]},
             "expect": "Allow"}
            """#
        let vector = try #require(try IAMTestVector.decode(text, file: "trust.json").first)
        #expect(vector.evaluate().decision == .allow)
    }

    /// Malformed files, the JSON path the error must name, and a phrase of its message.
    static let malformed: [(json: String, path: String, phrase: String)] = [
        (#"[{"name": "x"}]"#, "[0]", "missing member 'request'"),
        ("[]", "$", "empty array"),
        ("42", "$", "expected a vector object or an array"),
        ("[{", "$", "not valid JSON"),
        (
            #"[{"name": "x", "request": {"principal": "*", "action": "a:b", "resource": "*", "context": {"aws:SourceIp": null}}}]"#,
            "[0].request.context.aws:SourceIp", "expected a string, number, boolean or array"
        ),
        (
            #"[{"name": "x", "request": {"principal": "*", "action": "a:b", "resource": "*", "context": {"k": [["a"]]}}}]"#,
            "[0].request.context.k[0]", "inside a multivalued key"
        ),
        (
            #"[{"name": "x", "request": {"principal": "*", "action": "a:b", "resource": "*"}, "expect": "Deny"}]"#,
            "[0].expect", "'Deny' is not a decision"
        ),
        (
            #"[{"name": "x", "request": {"principal": "*", "action": "a:b", "resource": "*"}, "expected": "Allow"}]"#,
            "[0].expected", "unknown member 'expected'"
        ),
        (
            #"[{"name": "x", "request": {"principal": "bogus", "action": "a:b", "resource": "*"}}]"#,
            "[0].request.principal", "not a principal"
        ),
        (
            #"[{"name": "x", "request": {"principal": "*", "action": 3, "resource": "*"}}]"#,
            "[0].request.action", "expected a string, found number"
        ),
        (
            #"[{"name": "x", "request": {"principal": "*", "action": "a:b", "resource": "*"}, "identityPolicies": [{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": {"StringEquals": 5}}]}]}]"#,
            "[0].identityPolicies[0].Statement[0].Condition.StringEquals", "identity policy"
        ),
        (
            #"[{"name": "x", "request": {"principal": "*", "action": "a:b", "resource": "*"}, "serviceControlPolicies": [{"Version": "2012-10-17"}]}]"#,
            "[0].serviceControlPolicies[0]", "expected an array of policy objects"
        ),
        (
            #"[{"name": "x", "request": {"principal": "*", "action": "a:b", "resource": "*"}}, {"name": "x", "request": {"principal": "*", "action": "a:b", "resource": "*"}}]"#,
            "[1].name", "already used"
        ),
        (
            #"[{"name": "x", "request": {"principal": "*", "action": "a:b", "resource": "*"}, "managementAccount": "12"}]"#,
            "[0].managementAccount", "12-digit"
        ),
    ]

    @Test(arguments: malformed)
    func malformedFilesNameThePath(_ json: String, _ path: String, _ phrase: String) {
        #expect {
            _ = try IAMTestVector.decode(json, file: "bad.json")
        } throws: { error in
            guard let error = error as? IAMError else { return false }
            let text = error.description
            return error.diagnostics.allSatisfy {
                $0.file == "bad.json" && [.invalidVector, .invalidJSON].contains($0.code)
            }
                && error.diagnostics.contains { $0.path.description == path }
                && text.contains(phrase) && text.hasPrefix("bad.json:")
        }
    }

    @Test func everyProblemIsReportedWithLineAndColumn() {
        let json = """
            [{"name": "a", "request": {"principal": "*", "action": "a:b", "resource": "*"}, "expect": "Nope"},
             {"name": "b", "request": {"principal": "*", "action": "a:b", "resource": "*"}, "because": 7}]
            """
        do {
            _ = try IAMTestVector.decode(json, file: "two.json")
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.count == 2)
            #expect(error.diagnostics.map(\.position?.line) == [1, 2])
            #expect(error.description.split(separator: "\n").count == 2)
        }
    }
}
