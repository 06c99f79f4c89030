import BulwarkIAM

extension PolicyDocument {
    /// The policy as if every condition could be met.
    ///
    /// `Allow` statements lose their conditions and conditional `Deny` statements are dropped: what
    /// this allows and the original does not is allowed only under conditions.
    var relaxed: PolicyDocument {
        var copy = self
        copy.statements = statements.compactMap { statement in
            guard !statement.conditions.isEmpty else { return statement }
            if statement.effect == .deny { return nil }
            var open = statement
            open.conditions = []
            return open
        }
        return copy
    }
}

extension AnalyzedPrincipal {
    /// The identity side with every condition met (see ``PolicyDocument/relaxed``).
    func relaxedIdentitySide(_ guardrails: OrganizationGuardrails) -> CompiledPolicySet {
        var relaxed = guardrails
        relaxed.serviceControlPolicies = guardrails.serviceControlPolicies.map { $0.map(\.relaxed) }
        relaxed.resourceControlPolicies = guardrails.resourceControlPolicies.map { $0.map(\.relaxed) }
        return Self.compile(
            principal: principal,
            identity: identityPolicies.map(\.document.relaxed),
            boundary: permissionsBoundary?.document.relaxed,
            guardrails: relaxed
        )
    }
}
