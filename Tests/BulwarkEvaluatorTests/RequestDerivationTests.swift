import BulwarkIAM
import Testing

/// Requests derived from one another, the access-analysis interface, and explanations of missing keys.
@Suite("Request derivation and access interface")
struct RequestDerivationTests {
    static let set = PolicySet(
        identityPolicies: [P.allow("s3:Get*", on: ["arn:aws:s3:::bucket/*"]), P.deny("s3:GetObjectTagging")],
        resourcePolicy: P.allow("s3:PutObject", on: ["arn:aws:s3:::bucket/*"], to: [P.carol])
    )

    /// A derived request equals one built from scratch, and decides the same.
    @Test(arguments: ["s3:GetObject", "s3:PutObject", "s3:GetObjectTagging", "S3:getobject", " s3:GetObject "])
    func derivedActionMatchesAFreshRequest(action: String) throws {
        let base = try AuthorizationRequest(
            principal: P.alice,
            action: "s3:ListBucket",
            resource: P.object,
            context: ["aws:SourceIp": "203.0.113.7"]
        )
        let fresh = try AuthorizationRequest(
            principal: P.alice,
            action: action,
            resource: P.object,
            context: ["aws:SourceIp": "203.0.113.7"]
        )
        let derived = base.with(action: action)
        #expect(derived == fresh)
        #expect(derived.effectiveContext == fresh.effectiveContext)
        let compiled = Self.set.compiled()
        #expect(compiled.decision(for: derived) == compiled.decision(for: fresh))
        #expect(compiled.decisions(for: base, actions: [action]) == [compiled.decision(for: fresh)])
    }

    /// Another resource in another account rebuilds the derived keys (`aws:ResourceAccount`).
    @Test func derivedResourceInAnotherAccount() throws {
        let base = try AuthorizationRequest(principal: P.alice, action: "sqs:SendMessage", resource: "*")
        let other = base.with(resource: "arn:aws:sqs:us-east-1:444455556666:q")
        #expect(base.effectiveContext["aws:ResourceAccount"] == nil)
        #expect(other.effectiveContext["aws:ResourceAccount"] == "444455556666")
        #expect(!other.isSameAccount)
        let fresh = try AuthorizationRequest(
            principal: P.alice,
            action: "sqs:SendMessage",
            resource: "arn:aws:sqs:us-east-1:444455556666:q"
        )
        #expect(other.effectiveContext == fresh.effectiveContext)
        let compiled = Self.set.compiled()
        let resources = ["arn:aws:s3:::bucket/a", "arn:aws:s3:::other/a"]
        let get = base.with(action: "s3:GetObject")
        #expect(compiled.decisions(for: get, resources: resources) == [.allow, .implicitDeny])
    }

    /// Context keys compare ignoring case, and a key the caller gives wins over a derived one.
    @Test func contextKeysIgnoreCaseAndGivenKeysWin() throws {
        let request = try AuthorizationRequest(
            principal: P.alice,
            action: "s3:GetObject",
            resource: P.object,
            context: ["AWS:PrincipalTag/Team": "eng", "aws:username": "mallory"]
        )
        #expect(request.effectiveContext["aws:principaltag/team"] == "eng")
        #expect(request.effectiveContext["aws:UserName"] == "mallory")
        #expect(request.effectiveContext["aws:PrincipalArn"] == .string(P.alice))
    }

    /// The statements that can bear on an action pattern, with their resource patterns.
    @Test func statementsRelevantToAnAction() {
        let compiled = Self.set.compiled()
        let reads = compiled.statements(relevantTo: ActionPattern("s3:GetObject*"))
        #expect(reads.map(\.reference.policyType) == [.identity, .identity])
        #expect(reads.first?.resources.first?.overlaps(ResourcePattern("arn:aws:s3:::bucket/logs/*")) == true)
        let writes = compiled.statements(relevantTo: ActionPattern("s3:Put*"))
        #expect(writes.map(\.reference.policyType) == [.resource])
        #expect(compiled.statements(relevantTo: ActionPattern("ec2:*")).isEmpty)
    }

    /// The explanation names the keys the request lacked, and never suggests IfExists for a key
    /// whose absence is a security signal (IAM User Guide, "The confused deputy problem").
    @Test func missingKeysAreNamedWithoutWeakeningAdvice() throws {
        let external = Condition(.init(.stringEquals), key: "sts:ExternalId", values: ["partner-42"])
        let team = Condition(.init(.stringEquals), key: "aws:PrincipalTag/team", values: ["ops"])
        let set = PolicySet(identityPolicies: [
            P.doc(
                P.statement(.allow, ["s3:GetObject"], conditions: [external]),
                P.statement(.allow, ["s3:GetObject"], conditions: [team])
            )
        ])
        let e = set.evaluate(try AuthorizationRequest(principal: P.alice, action: "s3:GetObject", resource: P.object))
        #expect(e.decision == .implicitDeny)
        #expect(e.explanation.rule.code == .identityWithoutAllow)
        #expect(e.explanation.missingContextKeys == ["sts:ExternalId", "aws:PrincipalTag/team"])
        let reasons = e.explanation.failedConditions.map(\.reason)
        #expect(reasons.count == 2)
        #expect(reasons.first?.contains("IfExists (that would remove the protection)") == true)
        #expect(reasons.first?.contains("add IfExists only") == false)
        #expect(reasons.last?.contains("add IfExists only if") == true)
        #expect(e.description.contains("missing context keys: sts:ExternalId, aws:PrincipalTag/team"))
    }
}
