import BulwarkAccess
import BulwarkIAM
import BulwarkModels
import Foundation
import Testing

@Suite struct UnusedAccessTests {
    static let now = Date(timeIntervalSince1970: 1_780_000_000)
    static func daysAgo(_ days: Double) -> Date { now.addingTimeInterval(-days * 86_400) }

    @Test func staleAndNeverUsedCredentials() throws {
        let report = CredentialReport(rows: [
            CredentialReportRow(
                user: "old",
                arn: try ARN(parsing: TestAccount.user("old")),
                userCreationTime: Self.daysAgo(400),
                passwordEnabled: true,
                passwordLastUsed: Self.daysAgo(200),
                accessKey1Active: true,
                accessKey1LastRotated: Self.daysAgo(300)
            ),
            CredentialReportRow(
                user: "fresh",
                arn: try ARN(parsing: TestAccount.user("fresh")),
                userCreationTime: Self.daysAgo(400),
                passwordEnabled: true,
                passwordLastUsed: Self.daysAgo(3),
                accessKey1Active: true,
                accessKey1LastUsedDate: Self.daysAgo(1)
            ),
        ])
        let roles = [
            IAMRole(
                roleName: "idle",
                arn: try ARN(parsing: TestAccount.role("idle")),
                createDate: Self.daysAgo(500),
                roleLastUsed: RoleLastUsed(lastUsedDate: Self.daysAgo(120))
            ),
            IAMRole(
                roleName: "busy",
                arn: try ARN(parsing: TestAccount.role("busy")),
                createDate: Self.daysAgo(500),
                roleLastUsed: RoleLastUsed(lastUsedDate: Self.daysAgo(2))
            ),
        ]
        let iam = IAMResources(roles: .value(roles), credentialReport: .value(report))
        let found = UnusedAccess.find(in: iam, now: Self.now).valueIfPresent ?? []
        #expect(
            found.map(\.detail) == [
                "password last used 200 days ago", "access key 1 never used", "role last used 120 days ago",
            ]
        )
    }

    @Test func withoutTheCredentialReportTheAnswerIsUnknown() {
        let reason = Unreadable(call: .global("iam", "get-credential-report"), code: "AccessDenied")
        let iam = IAMResources(credentialReport: .unknown(reason))
        #expect(UnusedAccess.find(in: iam, now: Self.now).unreadable == reason)
    }
}
