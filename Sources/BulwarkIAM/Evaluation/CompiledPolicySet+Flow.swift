extension CompiledPolicySet {
    /// The decision flow of the IAM User Guide ("Policy evaluation logic", "Cross-account policy
    /// evaluation logic"): explicit deny sweep, RCP levels, SCP levels, VPC endpoint policy, then the
    /// resource-based / identity-based combination with boundary and session-policy limits.
    func decide<R: EvaluationRecorder>(_ r: RequestView, _ recorder: inout R) -> (Decision, DecidingRule) {
        let request = r.request
        if let preset = request.presetDecision { return (preset.decision, .preset(preset)) }

        let scpApplies =
            !scps.isEmpty && request.isIAMIdentity && !source.principalIsManagementAccount
            && !request.isServiceLinkedRole
        let rcpApplies =
            !rcps.isEmpty && request.isRCPCoveredAction && !source.resourceIsInManagementAccount
            && !source.resourceIsAWSManagedKey
        if R.isActive { explainApplicability(scpApplies, rcpApplies, request, &recorder) }

        // Evaluate every policy type once.
        let resourceOutcome = outcome(resource, .resource, r, &recorder)
        let identityOutcome = outcome(identity, .identity, r, &recorder)
        let boundaryOutcome = outcome(boundary, .permissionsBoundary, r, &recorder)
        let sessionOutcome = outcome(session, .session, r, &recorder)
        let endpointOutcome = outcome(endpoint, .vpcEndpoint, r, &recorder)
        var scpDeny: Ref?
        var scpMissing: Int?
        if scpApplies {
            var level = 0
            while level < scps.count {
                let o = outcome(scps[level], .serviceControl, level: level, r, &recorder)
                if scpDeny == nil { scpDeny = o.deny }
                if scpMissing == nil && !o.allows { scpMissing = level }
                level += 1
            }
        }
        var rcpDeny: Ref?
        var rcpMissing: Int?
        if rcpApplies {
            var level = 0
            while level < rcps.count {
                let o = outcome(rcps[level], .resourceControl, level: level, r, &recorder)
                if rcpDeny == nil { rcpDeny = o.deny }
                if rcpMissing == nil && !o.allows { rcpMissing = level }
                level += 1
            }
        }

        // 1. Explicit deny in any applicable policy wins. The bucket policy cannot lock out the bucket
        // owner's root user from the bucket policy itself (S3 API Reference, PutBucketPolicy).
        let resourceDeny = request.isBucketOwnerRootPolicyAction ? nil : resourceOutcome.deny
        if let deny = rcpDeny ?? scpDeny ?? resourceDeny ?? identityOutcome.deny ?? boundaryOutcome.deny
            ?? sessionOutcome.deny ?? endpointOutcome.deny
        {
            return (.explicitDeny, .explicitDeny(deny))
        }
        // 2–3. Every RCP level and every SCP level must allow.
        if let level = rcpMissing { return (.implicitDeny, .rcpLevelWithoutAllow(level)) }
        if let level = scpMissing { return (.implicitDeny, .scpLevelWithoutAllow(level)) }
        // A VPC endpoint policy, when present, must allow.
        if endpoint != nil && !endpointOutcome.allows { return (.implicitDeny, .endpointWithoutAllow) }

        return principalSide(
            request,
            resource: resourceOutcome,
            identity: identityOutcome,
            boundary: boundaryOutcome,
            session: sessionOutcome
        )
    }

    /// Steps 4–7: resource-based policy, identity-based policies, boundary, session policy.
    private func principalSide(
        _ request: AuthorizationRequest.Prepared,
        resource: PolicyOutcome,
        identity: PolicyOutcome,
        boundary boundaryOutcome: PolicyOutcome,
        session sessionOutcome: PolicyOutcome
    ) -> (Decision, DecidingRule) {
        // Only the kind is needed: copying the whole principal would retain each of its strings.
        let kind = request.principal.kind
        let crossAccount = !request.isSameAccount
        if let required = request.requiredResourcePolicy, !resource.allows {
            return (.implicitDeny, .resourcePolicyRequired(required))
        }

        switch kind {
        case .anonymous, .service, .identityProvider, .canonicalUser:
            // No identity side: only a resource-based policy can allow.
            guard resource.allows, resource.allow > .account, let by = resource.allowedBy else {
                return (.implicitDeny, .noResourcePolicyAllow(kind))
            }
            return (.allow, .allowedByResourcePolicy(by, resource.allow))
        case .root:
            // The root user is allowed in its own account; elsewhere the resource policy must allow.
            if crossAccount && !resource.allows { return (.implicitDeny, .crossAccountWithoutResourceAllow) }
            return (.allow, .allowedRoot(crossAccount: crossAccount))
        case .user, .role, .roleSession, .federatedUser:
            break
        }

        let boundaryAllows = boundary == nil || boundaryOutcome.allows
        let sessionAllows: Bool
        switch kind {
        case .roleSession: sessionAllows = session == nil || sessionOutcome.allows
        case .federatedUser: sessionAllows = session != nil && sessionOutcome.allows
        default: sessionAllows = true
        }
        var gap: DecidingRule.IdentityGap?
        if !identity.allows {
            gap = .identity
        } else if !boundaryAllows {
            gap = .boundary
        } else if !sessionAllows {
            gap = kind == .federatedUser && session == nil ? .federatedSessionWithoutPolicy : .session
        }

        if crossAccount {
            // Both accounts must allow: the resource side (any grant, including to the account) and
            // the identity side with its boundary and session policy.
            guard resource.allows else { return (.implicitDeny, .crossAccountWithoutResourceAllow) }
            if let gap { return (.implicitDeny, .identitySide(gap, crossAccount: true)) }
            return (.allow, .allowedByIdentity(identity.allowedBy, crossAccount: true))
        }

        // Same account: a resource-policy grant to the user or session is enough on its own; a grant
        // to the role is limited by the boundary and session policy; a grant to the account delegates.
        if let by = resource.allowedBy {
            let direct = resource.allow == .direct || (resource.allow == .limited && boundaryAllows && sessionAllows)
            if direct { return (.allow, .allowedByResourcePolicy(by, resource.allow)) }
        }
        if let gap {
            if resource.allow == .limited && gap == .identity {
                return (.implicitDeny, .identitySide(boundaryAllows ? .session : .boundary, crossAccount: false))
            }
            return (.implicitDeny, .identitySide(gap, crossAccount: false))
        }
        return (.allow, .allowedByIdentity(identity.allowedBy, crossAccount: false))
    }

    private func explainApplicability<R: EvaluationRecorder>(
        _ scp: Bool,
        _ rcp: Bool,
        _ request: AuthorizationRequest.Prepared,
        _ recorder: inout R
    ) {
        let p = request.principal
        if !scps.isEmpty && !scp {
            let why =
                source.principalIsManagementAccount
                ? "the principal is in the management account"
                : p.isServiceLinkedRole
                    ? "the principal is a service-linked role" : "the principal is not an IAM identity"
            recorder.note("SCPs do not apply: \(why)")
        }
        if !rcps.isEmpty && !rcp {
            recorder.note(
                "RCPs do not apply: management-account resource, AWS managed key, kms:RetireGrant, "
                    + "or a service RCPs do not cover"
            )
        }
        if !request.isSameAccount {
            recorder.note(
                "cross-account: principal account \(p.account ?? "none"), resource account "
                    + "\(request.resourceAccount ?? "unknown")"
            )
        }
    }
}
