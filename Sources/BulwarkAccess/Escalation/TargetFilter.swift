import BulwarkIAM

/// The resources a principal's identity-based `Allow` statements name for one action: a cheap,
/// sound pre-check before asking the evaluator about each target (no `Allow` that names the
/// target means the identity side cannot allow it).
struct TargetFilter {
    private enum Reach {
        case nothing
        case anything
        case patterns([ResourcePattern])
    }

    private let reach: Reach

    init(_ p: AnalyzedPrincipal, action: String) {
        var patterns: [ResourcePattern] = []
        var anything = false
        for policy in p.identityPolicies {
            for statement in policy.document.statements where statement.effect == .allow {
                let listed = statement.action.patterns.contains { ActionPattern($0).matches(action) }
                guard listed != statement.action.isNegated else { continue }
                switch statement.resource {
                case .resource(let list)?:
                    for text in list {
                        // A policy variable stands for text only the request knows: admit anything.
                        if text.contains("${") { anything = true } else { patterns.append(ResourcePattern(text)) }
                    }
                case .notResource?, nil:
                    anything = true
                }
            }
        }
        reach = anything ? .anything : patterns.isEmpty ? .nothing : .patterns(patterns)
    }

    /// Whether no statement names any resource for the action.
    var isEmpty: Bool {
        if case .nothing = reach { return true }
        return false
    }

    /// Whether some `Allow` statement's resource could match `arn`.
    func admits(_ arn: String) -> Bool {
        switch reach {
        case .nothing: false
        case .anything: true
        case .patterns(let patterns): patterns.contains { $0.matches(arn) }
        }
    }
}
