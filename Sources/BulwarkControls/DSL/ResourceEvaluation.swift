import BulwarkModels

/// Turns the checks of one resource into its finding; shared by every kind of control.
struct ResourceEvaluation {
    let controlID: String
    let title: String
    let resourceType: String
    let scope: ResourceScope

    /// The finding for `resource` from the checks the body yielded, or an unknown finding when the body threw.
    func finding(resource: String, tags: [String: String] = [:], _ body: () throws -> [Check]) -> Finding {
        do {
            return finding(resource: resource, tags: tags, checks: try body())
        } catch {
            let reason = UnknownReason(
                code: UnknownReason.controlError,
                message: "control \(controlID) stopped with an error: \(error)"
            )
            return make(resource, tags, .unknown, reason.message, reason, Evidence(), nil)
        }
    }

    /// The finding for `resource` from `checks`: fail if any failed, else unknown if any was
    /// unknown, else pass if any passed, else not applicable.
    func finding(resource: String, tags: [String: String], checks: [Check]) -> Finding {
        var failures: [String] = []
        var unknown: (UnknownReason, SourceLine)?
        var firstFailure: SourceLine?
        var notApplicable: (String, SourceLine)?
        var passed = false
        var evidence = Evidence()
        for check in checks {
            switch check.outcome {
            case .pass:
                passed = true
            case .fail(let message):
                failures.append(message)
                if firstFailure == nil { firstFailure = check.location }
            case .unknown(let reason):
                if unknown == nil { unknown = (reason, check.location) }
            case .notApplicable(let reason):
                if notApplicable == nil { notApplicable = (reason, check.location) }
            }
            if !check.evidence.isEmpty { evidence.merge(check.evidence) }
        }
        if !failures.isEmpty {
            return make(resource, tags, .fail, failures.joined(separator: "; "), nil, evidence, firstFailure)
        }
        if let (reason, line) = unknown {
            return make(resource, tags, .unknown, reason.message, reason, evidence, line)
        }
        if passed { return make(resource, tags, .pass, title, nil, evidence, nil) }
        let (reason, line) = notApplicable ?? ("no check applied", nil)
        return make(resource, tags, .notApplicable, reason, nil, evidence, line)
    }

    /// The unknown finding of a collection that could not be listed.
    func unlisted(_ reason: Unreadable) -> Finding {
        let unknown = UnknownReason(reason)
        return make(
            scope.accountARN,
            [:],
            .unknown,
            "could not list \(resourceType) resources: \(unknown.message)",
            unknown,
            Evidence(),
            nil
        )
    }

    /// The unknown finding of one listed item whose own call could not be read.
    func unreadableItem(_ reason: Unreadable, arn: String?) -> Finding {
        let unknown = UnknownReason(reason)
        let item = reason.call.resourceID.map { " \($0)" } ?? ""
        return make(
            arn ?? scope.accountARN,
            [:],
            .unknown,
            "could not read \(resourceType)\(item): \(unknown.message)",
            unknown,
            Evidence(),
            nil
        )
    }

    /// The not-applicable finding of a control that found no resources to check.
    func noResources() -> Finding {
        make(scope.accountARN, [:], .notApplicable, "no \(resourceType) resources", nil, Evidence(), nil)
    }

    /// The not-applicable finding of a per-region control on a snapshot without regions.
    func noRegions() -> Finding {
        make(scope.accountARN, [:], .notApplicable, "the snapshot has no regions", nil, Evidence(), nil)
    }

    private func make(
        _ resource: String,
        _ tags: [String: String],
        _ status: FindingStatus,
        _ message: String,
        _ reason: UnknownReason?,
        _ evidence: Evidence,
        _ location: SourceLine?
    ) -> Finding {
        Finding(
            controlID: controlID,
            status: status,
            resource: resource,
            resourceType: resourceType,
            region: scope.region,
            account: scope.account,
            message: message,
            unknownReason: reason,
            evidence: evidence,
            location: location,
            tags: tags
        )
    }
}
