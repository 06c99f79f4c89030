import BulwarkAccess

/// One escalation scenario: an `attacker` user, an account around it, and the expected answer.
struct EscalationCase: Sendable, CustomStringConvertible {
    enum Expected: Sendable, Equatable {
        /// Admin-equivalent, by the given change to its own permissions (`nil`: already).
        case adminEquivalent(String?)
        /// A path to an admin-equivalent principal whose steps use these methods.
        case path([String])
        /// Neither.
        case nothing
    }

    var name: String
    var expected: Expected
    var account: TestAccount

    var description: String { name }

    static let attacker = TestAccount.user("attacker")

    /// An account with an `admin` role (everything allowed, trusting the account and the service
    /// principals compute methods pass roles to) and an attacker with `policies`.
    static func scenario(
        _ name: String,
        _ expected: Expected,
        attacker policies: [String],
        boundary: String? = nil,
        adminTrust: String = accountTrust,
        adjust: (inout TestAccount) -> Void = { _ in }
    ) -> EscalationCase {
        var account = TestAccount()
        account.addUser("attacker", policies, boundary: boundary)
        account.addRole("admin", trust: adminTrust, [adminPolicy])
        adjust(&account)
        return EscalationCase(name: name, expected: expected, account: account)
    }
}
