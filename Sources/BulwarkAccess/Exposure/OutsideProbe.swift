import BulwarkIAM

/// A caller from outside the account that a resource policy might admit, as a request principal
/// with the context such a caller brings.
struct OutsideProbe {
    /// How reports name the party.
    var party: String
    /// The principal the requests carry.
    var principal: Principal
    /// The context the requests carry.
    var context: RequestContext
    /// The only actions worth asking (web-identity and SAML providers can only assume roles).
    var actions: [String]?

    /// An account that is neither the analysed one nor any account a policy names.
    static func outsiderAccount(not account: String) -> String {
        account == "999999999999" ? "999999999998" : "999999999999"
    }

    /// A role in `account` that no policy names: a principal of that account in general.
    static func probeRole(_ account: String, _ partition: String) -> String {
        "arn:\(partition):iam::\(account):role/bulwark-outside-probe"
    }

    /// The outside callers the `Allow` statements of `policy` could admit.
    static func probes(for policy: PolicyDocument, account: String, partition: String, isTrustPolicy: Bool)
        -> [OutsideProbe]
    {
        let outsider = outsiderAccount(not: account)
        var probes: [OutsideProbe] = []
        var seen: Set<String> = []
        func add(_ party: String, _ text: String, _ context: RequestContext = [:], actions: [String]? = nil) {
            guard seen.insert(party + "|" + text).inserted, let principal = try? Principal(text) else { return }
            probes.append(OutsideProbe(party: party, principal: principal, context: context, actions: actions))
        }
        func anyone() {
            // Role trust policies admit only signed requests: anonymous callers cannot assume roles.
            if !isTrustPolicy { add("anonymous", "*") }
            add("account:*", probeRole(outsider, partition))
        }
        for statement in policy.statements where statement.effect == .allow {
            switch statement.principal {
            case .principal(.any)?:
                anyone()
            case .principal(.entries(let entries))?:
                for entry in entries {
                    switch entry.type {
                    case .aws:
                        aws(
                            entry.value,
                            account: account,
                            outsider: outsider,
                            partition: partition,
                            anyone: anyone,
                            add
                        )
                    case .federated:
                        add(
                            "federated:\(entry.value)",
                            entry.value,
                            actions: ["sts:AssumeRoleWithWebIdentity", "sts:AssumeRoleWithSAML"]
                        )
                    case .service where !isTrustPolicy:
                        let context: RequestContext = [
                            "aws:SourceAccount": .string(outsider),
                            "aws:SourceArn": .string(
                                "arn:\(partition):\(entry.value.prefix { $0 != "." }):us-east-1:\(outsider):probe"
                            ),
                            "aws:SourceOrgID": "o-outsiderprobe",
                        ]
                        add("service:\(entry.value)", entry.value, context)
                    default:
                        break
                    }
                }
            case .notPrincipal?, nil:
                break
            }
            for condition in statement.conditions {
                switch condition.key.lowercased() {
                case "aws:principalorgid" where !condition.operator.base.isNegated:
                    for value in condition.values.map(\.text) {
                        add(
                            "organization:\(value)",
                            probeRole(outsider, partition),
                            ["aws:PrincipalOrgID": .string(value.concreteExample)]
                        )
                    }
                case "aws:principalaccount" where !condition.operator.base.isNegated:
                    for value in condition.values.map(\.text) where value != account && !value.contains("*") {
                        add("account:\(value)", probeRole(value, partition))
                    }
                default:
                    break
                }
            }
        }
        return probes
    }

    /// Probes for one `AWS` principal entry: `*`, an account id, or an ARN (wildcards allowed).
    private static func aws(
        _ value: String,
        account: String,
        outsider: String,
        partition: String,
        anyone: () -> Void,
        _ add: (String, String, RequestContext, [String]?) -> Void
    ) {
        if value == "*" {
            anyone()
            return
        }
        if value.count == 12, value.allSatisfy(\.isNumber) {
            if value != account { add("account:\(value)", probeRole(value, partition), [:], nil) }
            return
        }
        let parts = value.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard parts.count == 6 else { return }
        let named = String(parts[4])
        if named == account { return }
        if parts[5] == "root" {
            // The account's root stands for every principal of the account (the root user itself
            // cannot assume roles), so a role of that account asks the question.
            add("account:\(named)", probeRole(named, partition), [:], nil)
            return
        }
        let wildcardAccount = named.contains("*") || named.contains("?")
        let concrete = wildcardAccount ? outsider : named
        let resource = String(parts[5]).concreteExample
        let text = "arn:\(parts[1]):\(parts[2])::\(concrete):\(resource)"
        add(wildcardAccount ? "account:*" : "account:\(named)", text, [:], nil)
    }
}

extension String {
    /// A concrete string this wildcard pattern matches: each `*` becomes `probe`, each `?` becomes `x`.
    var concreteExample: String {
        var result = ""
        for character in self {
            switch character {
            case "*": result += "probe"
            case "?": result += "x"
            default: result.append(character)
            }
        }
        return result
    }
}
