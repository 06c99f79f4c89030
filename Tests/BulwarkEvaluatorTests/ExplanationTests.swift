import BulwarkIAM
import Testing

@Suite("Explanations")
struct ExplanationTests {
    @Test("the boundary rule is named")
    func boundary() throws {
        let set = PolicySet(identityPolicies: [P.allow("s3:*")], permissionsBoundary: P.allow("ec2:*"))
        let e = set.evaluate(try AuthorizationRequest(principal: P.alice, action: "s3:GetObject", resource: P.object))
        #expect(e.decision == .implicitDeny)
        #expect(e.explanation.rule.code == .boundaryWithoutAllow)
        #expect(e.explanation.rule.sentence == "implicit deny: the permissions boundary has no matching Allow")
        #expect(e.explanation.matches(in: .identity).count == 1)
    }

    @Test("an explicit deny names its statement and Sid")
    func deny() throws {
        let set = PolicySet(identityPolicies: [
            P.allow("s3:*"), P.doc(P.statement(.allow, ["ec2:*"]), P.statement(.deny, ["s3:Get*"], sid: "NoReads")),
        ])
        let e = set.evaluate(try AuthorizationRequest(principal: P.alice, action: "s3:GetObject", resource: P.object))
        #expect(e.decision == .explicitDeny)
        let deciding = try #require(e.explanation.decidingStatement)
        #expect(deciding.policyType == .identity && deciding.policyIndex == 1 && deciding.statementIndex == 1)
        #expect(deciding.sid == "NoReads")
        #expect(e.description.contains("Sid \"NoReads\""))
    }

    @Test("a failed condition reports key, operator and values")
    func condition() throws {
        let condition = Condition(.init(.stringEquals), key: "aws:PrincipalTag/team", values: ["ops"])
        let set = PolicySet(identityPolicies: [
            P.doc(P.statement(.allow, ["s3:*"], conditions: [condition], sid: "OpsOnly"))
        ])
        let request = try AuthorizationRequest(
            principal: P.alice,
            action: "s3:GetObject",
            resource: P.object,
            context: ["aws:PrincipalTag/team": "eng"]
        )
        let e = set.evaluate(request)
        #expect(e.decision == .implicitDeny)
        let failure = try #require(e.explanation.failedConditions.first)
        #expect(failure.condition.key == "aws:PrincipalTag/team")
        #expect(failure.requestValue == "eng")
        #expect(failure.reason.contains("matches none"))
        #expect(e.description.contains("StringEquals aws:PrincipalTag/team [\"ops\"]"))
    }

    @Test(
        "decision(for:) and evaluate(_:) agree",
        arguments: DecisionFlowTests.sameAccount + DecisionFlowTests.crossAccount + GuardrailTests.special
    )
    func agree(_ c: FlowCase) throws {
        let request = try AuthorizationRequest(
            principal: c.principal,
            action: c.action,
            resource: c.resource,
            resourceAccount: c.resourceAccount,
            context: c.context
        )
        let compiled = c.set.compiled()
        #expect(compiled.decision(for: request) == compiled.evaluate(request).decision, "\(c.reason)")
    }

    @Test("Decision raw values are spelled as in the vectors")
    func spelling() {
        #expect(Decision.allCases.map(\.rawValue) == ["Allow", "ExplicitDeny", "ImplicitDeny"])
    }

    @Test("exemptions and cross-account requests leave notes")
    func notes() throws {
        let set = PolicySet(
            identityPolicies: [P.allow("s3:*")],
            resourcePolicy: P.allow("s3:*", to: [P.carol]),
            serviceControlPolicies: [[P.deny("s3:*")]],
            principalIsManagementAccount: true
        )
        let e = set.evaluate(
            try AuthorizationRequest(
                principal: P.carol,
                action: "s3:GetObject",
                resource: P.object,
                resourceAccount: P.a
            )
        )
        #expect(e.decision == .allow)
        #expect(e.explanation.notes.contains { $0.contains("management account") })
        #expect(e.explanation.notes.contains { $0.hasPrefix("cross-account") })
    }
}
