import BulwarkIAM
public import BulwarkModels
public import Foundation

/// A credential or principal that was never used or not used recently.
public struct UnusedAccess: Sendable, Hashable, CustomStringConvertible {
    /// What is unused.
    public enum Kind: String, Sendable, Hashable {
        /// A console password.
        case password
        /// An access key (the detail says which).
        case accessKey
        /// An IAM role.
        case role
    }

    /// The user or role ARN.
    public var arn: String
    /// What is unused.
    public var kind: Kind
    /// Such as `access key 1 never used` or `password last used 2024-01-03 (200 days)`.
    public var detail: String
    /// When it was last used, if ever.
    public var lastUsed: Date?

    /// Creates an entry.
    public init(arn: String, kind: Kind, detail: String, lastUsed: Date? = nil) {
        self.arn = arn
        self.kind = kind
        self.detail = detail
        self.lastUsed = lastUsed
    }

    /// `ARN: detail`.
    public var description: String { "\(arn): \(detail)" }

    /// Active passwords and access keys of users, and roles, unused for `days` days before `now`.
    ///
    /// Read from the credential report and the roles' last-used data; without the credential
    /// report or the roles, the answer is unknown (returned as `.unknown`).
    public static func find(in iam: IAMResources, now: Date, days: Int = 90) -> Observed<[UnusedAccess]> {
        let cutoff = now.addingTimeInterval(-Double(days) * 86_400)
        func age(_ date: Date) -> Int { Int(now.timeIntervalSince(date) / 86_400) }
        func stale(_ date: Date?, created: Date?) -> Bool {
            if let date { return date < cutoff }
            return (created ?? .distantPast) < cutoff
        }
        return iam.credentialReport.flatMap { report in
            var found: [UnusedAccess] = []
            for row in report.userRows {
                if row.passwordEnabled == true, stale(row.passwordLastUsed, created: row.userCreationTime) {
                    let detail =
                        row.passwordLastUsed.map { "password last used \(age($0)) days ago" } ?? "password never used"
                    found.append(
                        UnusedAccess(
                            arn: row.arn.description,
                            kind: .password,
                            detail: detail,
                            lastUsed: row.passwordLastUsed
                        )
                    )
                }
                let keys = [
                    (1, row.accessKey1Active, row.accessKey1LastUsedDate, row.accessKey1LastRotated),
                    (2, row.accessKey2Active, row.accessKey2LastUsedDate, row.accessKey2LastRotated),
                ]
                for (number, active, used, rotated) in keys where active && stale(used, created: rotated) {
                    let detail =
                        used.map { "access key \(number) last used \(age($0)) days ago" }
                        ?? "access key \(number) never used"
                    found.append(
                        UnusedAccess(arn: row.arn.description, kind: .accessKey, detail: detail, lastUsed: used)
                    )
                }
            }
            if let reason = iam.roles.unreadable { return .unknown(reason) }
            for role in iam.roles.valueIfPresent ?? [] where !role.isServiceLinked {
                let used = role.roleLastUsed?.lastUsedDate
                guard stale(used, created: role.createDate) else { continue }
                let detail = used.map { "role last used \(age($0)) days ago" } ?? "role never used"
                found.append(UnusedAccess(arn: role.arn.description, kind: .role, detail: detail, lastUsed: used))
            }
            return .value(found)
        }
    }
}
