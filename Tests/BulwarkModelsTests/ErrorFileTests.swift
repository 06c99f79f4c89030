import BulwarkIAM
import BulwarkModels
import Testing

/// `.error.json` semantics: AWS codes that mean "not configured" are facts; anything else is unknown.
@Suite struct ErrorFileTests {
    /// One row: the failing call's file, the AWS error code, and whether the value is a fact.
    struct Case: Sendable, CustomTestStringConvertible {
        var file: String
        var code: String
        var notConfigured: Bool
        var reason: String
        var testDescription: String { "\(file) \(code)" }
    }

    static let bucketFiles = ["manifest.json", "global/s3api/list-buckets.json"]
    static let cases: [Case] = [
        Case(
            file: "global/s3api/get-bucket-policy/b.error.json",
            code: "NoSuchBucketPolicy",
            notConfigured: true,
            reason: "S3 GetBucketPolicy: the bucket has no policy"
        ),
        Case(
            file: "global/s3api/get-bucket-policy/b.error.json",
            code: "AccessDenied",
            notConfigured: false,
            reason: "AccessDenied says nothing about the policy"
        ),
        Case(
            file: "global/s3api/get-public-access-block/b.error.json",
            code: "NoSuchPublicAccessBlockConfiguration",
            notConfigured: true,
            reason: "S3 GetPublicAccessBlock: none set on the bucket"
        ),
        Case(
            file: "global/s3api/get-bucket-encryption/b.error.json",
            code: "ServerSideEncryptionConfigurationNotFoundError",
            notConfigured: true,
            reason: "S3 GetBucketEncryption: no default encryption configuration"
        ),
        Case(
            file: "global/s3api/get-bucket-ownership-controls/b.error.json",
            code: "OwnershipControlsNotFoundError",
            notConfigured: true,
            reason: "S3 GetBucketOwnershipControls: none set"
        ),
        Case(
            file: "global/s3api/get-object-lock-configuration/b.error.json",
            code: "ObjectLockConfigurationNotFoundError",
            notConfigured: true,
            reason: "S3 GetObjectLockConfiguration: Object Lock not enabled"
        ),
        Case(
            file: "global/s3api/get-bucket-encryption/b.error.json",
            code: "Throttling",
            notConfigured: false,
            reason: "a throttled call is unknown"
        ),
        Case(
            file: "global/s3control/get-public-access-block.error.json",
            code: "NoSuchPublicAccessBlockConfiguration",
            notConfigured: true,
            reason: "S3 Control GetPublicAccessBlock: no account-level block"
        ),
        Case(
            file: "global/iam/get-account-password-policy.error.json",
            code: "NoSuchEntity",
            notConfigured: true,
            reason: "IAM GetAccountPasswordPolicy: the account has no password policy"
        ),
        Case(
            file: "global/organizations/describe-organization.error.json",
            code: "AWSOrganizationsNotInUseException",
            notConfigured: true,
            reason: "Organizations: the account is not in an organization"
        ),
        Case(
            file: "global/organizations/describe-organization.error.json",
            code: "AccessDeniedException",
            notConfigured: false,
            reason: "a member account may not describe the organization"
        ),
    ]

    @Test(arguments: cases)
    func errorCode(_ row: Case) async throws {
        let files = [
            "global/s3api/list-buckets.json": #"{"Buckets": [{"Name": "b"}]}"#,
            row.file: #"{"Code": "\#(row.code)", "Message": "test"}"#,
        ]
        let snapshot = try await TemporarySnapshot(files).load()
        let observed: Observed<Bool>
        switch row.file {
        case _ where row.file.contains("get-bucket-policy/"):
            observed = try #require(snapshot.s3.bucket(named: "b").valueIfPresent).policy.map { _ in true }
        case _ where row.file.contains("s3api/get-public-access-block"):
            observed = try #require(snapshot.s3.bucket(named: "b").valueIfPresent).publicAccessBlock.map { _ in true }
        case _ where row.file.contains("get-bucket-encryption"):
            observed = try #require(snapshot.s3.bucket(named: "b").valueIfPresent).encryption.map { _ in true }
        case _ where row.file.contains("ownership-controls"):
            observed = try #require(snapshot.s3.bucket(named: "b").valueIfPresent).ownershipControls.map { _ in true }
        case _ where row.file.contains("object-lock"):
            observed = try #require(snapshot.s3.bucket(named: "b").valueIfPresent).objectLock.map { _ in true }
        case _ where row.file.contains("s3control"):
            observed = snapshot.s3.accountPublicAccessBlock.map { _ in true }
        case _ where row.file.contains("password-policy"):
            observed = snapshot.iam.passwordPolicy.map { _ in true }
        default:
            observed = snapshot.organizations.organization.map { _ in true }
        }
        if row.notConfigured {
            #expect(observed == .notConfigured, "\(row.reason)")
            #expect(snapshot.inventory.unreadable.isEmpty)
        } else {
            #expect(observed.unreadable?.code.rawValue == row.code, "\(row.reason)")
            #expect(snapshot.inventory.unreadable.map(\.error) == [row.code])
        }
    }

    @Test func missingFileIsUnknownNotCollected() async throws {
        let snapshot = try await TemporarySnapshot([:]).load()
        #expect(snapshot.iam.users.unreadable?.code == Unreadable.notCollected)
        #expect(snapshot.iam.users.elements == nil)
        #expect(snapshot.inventory.unreadable.isEmpty)  // not collected is not a failed call
        #expect(snapshot.issues.isEmpty)
    }

    @Test func errorFileWithoutCodeIsAnIssue() async throws {
        let snapshot = try await TemporarySnapshot([
            "global/iam/get-account-summary.error.json": #"{"Message": "no code"}"#
        ])
        .load()
        #expect(snapshot.issues.map(\.code) == [.invalidErrorFile])
        #expect(snapshot.iam.accountSummary.unreadable?.code == Unreadable.malformedFile)
    }

    @Test func macieAccessDeniedMeansNotEnabledOnlyWithItsMessage() async throws {
        // Macie answers AccessDeniedException "Macie is not enabled" when it is off; a real denial stays unknown.
        let snapshot = try await TemporarySnapshot(
            [
                "us-east-1/macie2/get-macie-session.error.json":
                    #"{"Code": "AccessDeniedException", "Message": "Macie is not enabled."}"#,
                "eu-west-1/macie2/get-macie-session.error.json":
                    #"{"Code": "AccessDeniedException", "Message": "User is not authorized to perform: macie2:GetMacieSession"}"#,
            ],
            regions: ["us-east-1", "eu-west-1"]
        )
        .load()
        #expect(snapshot.regions["us-east-1"]?.macie.session.isNotConfigured == true)
        #expect(snapshot.regions["eu-west-1"]?.macie.session.unreadable?.code == "AccessDeniedException")
    }
}
