import BulwarkAccess
import Testing

@Suite struct EffectivePermissionsTests {
    static let alice = TestAccount.user("alice")

    func permissions(
        _ policies: [String],
        boundary: String? = nil,
        scps: [[String]] = [],
        resources: [AnalyzedResource] = []
    )
        throws -> EffectivePermissions
    {
        var account = TestAccount()
        account.addUser("alice", policies, boundary: boundary)
        account.scps = scps
        account.resources = resources
        return try account.analysis().effectivePermissions(of: Self.alice)
    }

    @Test func allowWithDenyCarveOut() throws {
        // An explicit deny on part of the granted pattern carves it out (IAM User Guide, "Policy evaluation logic").
        let result = try permissions([
            allow(["s3:GetObject"], on: "arn:aws:s3:::logs/*"),
            deny(["s3:GetObject"], on: "arn:aws:s3:::logs/secret/*"),
        ])
        let entry = try #require(result.permission(for: "s3:GetObject"))
        #expect(entry.decision == .allow)
        #expect(entry.resources == ["arn:aws:s3:::logs/*"])
        #expect(entry.notResources == ["arn:aws:s3:::logs/secret/*"])
        #expect(result.permission(for: "s3:PutObject") == nil)
    }

    @Test func conditionalNamesTheKeys() throws {
        let result = try permissions([allow(["iam:CreateUser"], condition: EscalationCase.mfa)])
        let entry = try #require(result.permission(for: "iam:CreateUser"))
        #expect(entry.decision == .conditional)
        #expect(entry.conditions == ["aws:MultiFactorAuthPresent"])
    }

    @Test func explicitDenyWins() throws {
        let result = try permissions([allow(["s3:*"]), deny(["s3:DeleteBucket"])])
        #expect(result.permission(for: "s3:DeleteBucket")?.decision == .explicitDeny)
        #expect(result.permission(for: "s3:ListBucket")?.decision == .allow)
    }

    @Test func boundaryAndSCPLimit() throws {
        // A boundary with no matching Allow is an implicit deny; an SCP Deny is explicit.
        let result = try permissions(
            [allow(["s3:*", "ec2:*"])],
            boundary: allow(["s3:*"]),
            scps: [[adminPolicy, deny(["s3:DeleteBucket"])]]
        )
        #expect(result.permission(for: "ec2:RunInstances") == nil)
        #expect(result.permission(for: "s3:GetObject")?.decision == .allow)
        #expect(result.permission(for: "s3:DeleteBucket")?.decision == .explicitDeny)
    }

    @Test func notResourceIsAllowedEverywhereElse() throws {
        let policy =
            #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","NotResource":"arn:aws:s3:::private/*"}]}"#
        let entry = try #require(try permissions([policy]).permission(for: "s3:GetObject"))
        #expect(entry.decision == .allow)
        #expect(entry.resources == ["*"])
        #expect(entry.notResources == ["arn:aws:s3:::private/*"])
    }

    @Test func patternsReachTheSnapshotsResources() throws {
        let bucket = AnalyzedResource(
            arn: "arn:aws:s3:::data-lake",
            resourceType: "AWS::S3::Bucket",
            region: "us-east-1",
            policyName: "bucket policy",
            policy: .none
        )
        let result = try permissions([allow(["s3:ListBucket"], on: "arn:aws:s3:::data-*")], resources: [bucket])
        #expect(
            result.permission(for: "s3:ListBucket")?.resources == ["arn:aws:s3:::data-*", "arn:aws:s3:::data-lake"]
        )
    }

    @Test func adminIsAllowedEveryCatalogAction() throws {
        let result = try permissions([adminPolicy])
        #expect(result.actions.count > 10_000)
        #expect(result.actions.allSatisfy { $0.decision == .allow })
    }

    @Test func unknownPrincipalIsAClearError() {
        #expect(throws: AccessError.self) {
            try TestAccount().analysis().effectivePermissions(of: TestAccount.user("nobody"))
        }
    }
}
