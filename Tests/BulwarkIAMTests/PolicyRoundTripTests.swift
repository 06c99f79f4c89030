import BulwarkIAM
import Foundation
import Testing

@Suite struct PolicyRoundTripTests {
    static func validCases() throws -> [CorpusCase] {
        try CorpusCase.all().filter { corpusCase in !corpusCase.expect.contains { $0.severity == "error" } }
    }

    /// decode(encode(x)) == x for every valid corpus policy, compact and pretty.
    @Test(arguments: try validCases())
    func canonicalJSONRoundTrips(_ corpusCase: CorpusCase) throws {
        let kind = try #require(PolicyKind(rawValue: corpusCase.kind))
        let document = try #require(PolicyDocument.parse(try corpusCase.contents(), kind: kind).document)
        for pretty in [false, true] {
            let text = document.jsonString(pretty: pretty)
            let again = PolicyDocument.parse(text, kind: kind)
            #expect(again.document == document, "\(text)")
            #expect(again.document?.jsonString(pretty: pretty) == text, "canonical form is stable")
        }
    }

    /// Hand-built documents (as users write them in tests) round-trip too.
    @Test func handBuiltDocumentRoundTrips() throws {
        let document = PolicyDocument(
            id: "Example",
            statements: [
                PolicyStatement(
                    sid: "A",
                    effect: .allow,
                    principal: .principal(
                        .entries([PrincipalEntry(.aws, "111122223333"), PrincipalEntry(.service, "ec2.amazonaws.com")])
                    ),
                    action: .action(["s3:GetObject"]),
                    resource: .resource(["arn:aws:s3:::b/*", "arn:aws:s3:::c/*"]),
                    conditions: [
                        Condition(ConditionOperator(.stringEquals), key: "aws:PrincipalOrgID", values: ["o-1"]),
                        Condition(ConditionOperator(.numericLessThan), key: "s3:max-keys", values: [.number("10")]),
                        Condition(
                            ConditionOperator(.bool, ifExists: true),
                            key: "aws:SecureTransport",
                            values: [.boolean(true)]
                        ),
                    ]
                )
            ]
        )
        #expect(try PolicyDocument(json: document.jsonString(), kind: .resource) == document)
        #expect(
            document.jsonString()
                == #"{"Version":"2012-10-17","Id":"Example","Statement":[{"Sid":"A","Effect":"Allow","Principal":{"AWS":"111122223333","Service":"ec2.amazonaws.com"},"Action":"s3:GetObject","Resource":["arn:aws:s3:::b/*","arn:aws:s3:::c/*"],"Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-1"},"NumericLessThan":{"s3:max-keys":10},"BoolIfExists":{"aws:SecureTransport":true}}}]}"#
        )
    }

    /// IAM's URL-encoded policy text decodes to the same document as the plain text.
    @Test func decodesURLEncodedText() throws {
        let plain =
            #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:Get*","Resource":"arn:aws:s3:::b/a+b c/*"}]}"#
        let encoded =
            "%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow%22%2C"
            + "%22Action%22%3A%22s3%3AGet%2A%22%2C%22Resource%22%3A%22arn%3Aaws%3As3%3A%3A%3Ab%2Fa+b%20c%2F%2A%22%7D%5D%7D"
        #expect(try PolicyDocument(urlEncoded: encoded) == PolicyDocument(json: plain))
        #expect(try PolicyDocument(urlEncoded: plain) == PolicyDocument(json: plain))
    }

    /// Malformed escapes and invalid policies behind the encoding are errors, not crashes.
    @Test(arguments: ["%7B%2", "%ZZ", "%7B%7D", "%FF%FE"])
    func rejectsBadURLEncodedText(text: String) {
        #expect(throws: IAMError.self) { try PolicyDocument(urlEncoded: text) }
        #expect(PolicyDocument.parse(urlEncoded: text).hasErrors)
    }

    /// The throwing initialiser lists every error in its description.
    @Test func policyErrorListsEveryError() {
        let text =
            #"{"Version":"2012-10-17","Statement":[{"Action":"s3:*"},{"Effect":"Maybe","Action":"x","Resource":"*"}]}"#
        #expect {
            try PolicyDocument(json: text)
        } throws: { error in
            guard let error = error as? IAMError else { return false }
            let codes = error.diagnostics.filter(\.isError).map(\.code)
            return codes == [.missingElement, .missingElement, .invalidEffect, .invalidAction]
                && error.description.contains("Statement[1].Effect")
                && error.description.split(separator: "\n").count == 4
        }
    }

    /// A policy embedded in a larger JSON document is validated with paths relative to it and
    /// locations in the larger document.
    @Test func parsesEmbeddedPolicy() throws {
        let text =
            "{\"name\": \"v\",\n \"policy\": {\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"*\"}}}"
        let outer = try JSONParser.parse(text)
        let parsed = PolicyDocument.parse(try #require(outer["policy"]))
        #expect(parsed.document != nil)
        #expect(parsed.diagnostics.map(\.code) == [.missingVersion])
        #expect(parsed.location(of: ["Statement", "Action"]) == TextPosition(line: 2, column: 56, offset: 69))
    }
}

@Suite struct PolicyDescriptionTests {
    @Test func descriptionsAreCanonicalJSON() throws {
        let document = try PolicyDocument(
            json: #"{"Version":"2012-10-17","Statement":{"Effect":"Deny","Action":["s3:*"],"Resource":"*"}}"#
        )
        #expect(document.statements[0].description == #"{"Effect":"Deny","Action":"s3:*","Resource":"*"}"#)
        #expect(
            document.description
                == "{\n    \"Version\": \"2012-10-17\",\n    \"Statement\": [\n        {\n            \"Effect\": \"Deny\",\n"
                + "            \"Action\": \"s3:*\",\n            \"Resource\": \"*\"\n        }\n    ]\n}"
        )
    }
}
