import BulwarkIAM

/// Who a policy check asks about: an anonymous caller, a named account, or any account other than
/// the resource's own.
///
/// Principals in another account are assumed to be allowed by their own account's identity
/// policies and SCPs (Bulwark cannot see them), so the answer depends on the resource policy and
/// the resource account's RCPs, as in IAM Access Analyzer's external-access findings.
///
/// An account is asked about through a stand-in IAM role of that account, not its root user: a policy
/// naming the account (`"AWS": "111122223333"` or its root ARN) admits every principal of it, and
/// the root user itself may not assume roles (IAM User Guide, "Roles terms and concepts"), so asking
/// as root would wrongly clear every trust policy.
public struct Requester: Sendable, Hashable, CustomStringConvertible {
    enum Kind: Hashable {
        case anonymous
        case account(String)
        case anyOtherAccount
    }

    let kind: Kind

    /// Anyone on the internet, without credentials (`"Principal": "*"` matches them).
    public static let anonymous = Requester(kind: .anonymous)

    /// Any principal in any account other than the resource's: a placeholder account, plus every
    /// principal of another account that the resource policy names.
    public static let anyOtherAccount = Requester(kind: .anyOtherAccount)

    /// Account `id`, asked about as a stand-in role of it: any principal its administrators allow.
    public static func account(_ id: String) -> Requester { Requester(kind: .account(id)) }

    /// The account that stands for "some other account" when the policy names none: it is in no
    /// organization and matches only wildcard principals.
    public static let placeholderAccount = "999999999999"

    /// The name of the role that stands for "some principal" of an account the check asks about.
    public static let standInRoleName = "bulwark-stand-in"

    /// The stand-in role of `account`.
    static func standIn(_ account: String, _ partition: String) -> String {
        "arn:\(partition):iam::\(account):role/\(standInRoleName)"
    }

    /// `anonymous`, `account 210987654321` or `any other account`.
    public var description: String {
        switch kind {
        case .anonymous: return "anonymous"
        case .account(let id): return "account \(id)"
        case .anyOtherAccount: return "any other account"
        }
    }

    /// The principals to ask about for a resource in `resourceAccount` under `policy`.
    func principals(resourceAccount: String, partition: String, policy: PolicyDocument?) -> [String] {
        switch kind {
        case .anonymous:
            return ["*"]
        case .account(let id):
            return [Requester.standIn(id, partition)]
        case .anyOtherAccount:
            var result = [Requester.standIn(Requester.placeholderAccount, partition)]
            for statement in policy?.statements ?? [] where statement.effect == .allow {
                guard case .principal(.entries(let entries))? = statement.principal else { continue }
                for entry in entries where entry.type == .aws {
                    guard let principal = Requester.external(entry.value, resourceAccount, partition),
                        !result.contains(principal)
                    else { continue }
                    result.append(principal)
                }
            }
            return result
        }
    }

    /// A principal of another account named by a policy (`ID`, a root, user or role ARN), or `nil`:
    /// the named user or role itself, or the account's stand-in role for an account or its root.
    private static func external(_ value: String, _ resourceAccount: String, _ partition: String) -> String? {
        if value.count == 12, value.allSatisfy(\.isNumber) {
            return value == resourceAccount ? nil : standIn(value, partition)
        }
        guard let principal = try? Principal(value), let account = principal.account, account != resourceAccount,
            !value.contains("*")
        else { return nil }
        return principal.kind == .root ? standIn(account, partition) : value
    }

    /// Whether principals of this requester get an allow-all identity policy (they are IAM identities
    /// whose own account decides).
    var hasIdentityPolicies: Bool { kind != .anonymous }
}
