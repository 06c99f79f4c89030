import BulwarkIAM
import BulwarkModels
import Foundation
import Testing

/// A snapshot as `bulwark collect` gets it from moto 5.2.1 through the AWS CLI (Fixtures/moto-snapshot),
/// with moto's quirks from moto.md kept, decodes without issues.
@Suite struct MotoSnapshotTests {
    let snapshot: AccountSnapshot

    init() async throws {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/moto-snapshot", withExtension: nil))
        snapshot = try await AccountSnapshot.load(from: url)
    }

    @Test func decodesWithoutIssuesButMotosCloudFrontARN() {
        // moto prints distribution ARNs without the empty region field (arn:aws:cloudfront:ACCOUNT:…); AWS
        // prints arn:aws:cloudfront::ACCOUNT:distribution/ID. ARNs are parsed at load, so the call is malformed.
        #expect(snapshot.issues.map(\.file) == ["global/cloudfront/list-distributions.json"])
        #expect(snapshot.issues.first?.path.description == "DistributionList.Items[0].ARN")
        #expect(
            snapshot.inventory.unreadable.map(\.call) == [
                "cloudfront list-distributions", "accessanalyzer list-analyzers",
            ]
        )
    }

    @Test func managedPoliciesWithoutNamesTakeTheirNameFromTheARN() throws {
        // moto: Policies[] entries have no PolicyName or PolicyId, and PermissionsBoundaryUsageCount is null.
        let policy = try #require(snapshot.iam.policies.valueIfPresent?.first)
        #expect(policy.policyName == nil)
        #expect(policy.name == "boundary")
        #expect(policy.permissionsBoundaryUsageCount == nil)
        #expect(policy.defaultVersion?.document?.parsedDocument != nil)
    }

    @Test func urlEncodedTrustPolicyDecodes() throws {
        // The raw IAM API returns policy documents URL-encoded; the CLI decodes them, SDK dumps may not.
        let role = try #require(snapshot.iam.role(named: "raw-api-role").valueIfPresent)
        #expect(role.assumeRolePolicyDocument?.text.hasPrefix("{\"Version\"") == true)
        #expect(role.assumeRolePolicyDocument?.parsedDocument?.statements.count == 1)
        // moto: RoleLastUsed {}
        #expect(snapshot.iam.role(named: "fn-role").valueIfPresent?.roleLastUsed?.lastUsedDate == nil)
    }

    @Test func credentialReportWithoutRootRow() throws {
        let report = try #require(snapshot.iam.credentialReport.valueIfPresent)
        #expect(report.rootRow == nil)
        let alice = try #require(report.row(forUser: "alice"))
        #expect(alice.passwordLastUsed == nil)  // no_information
        #expect(alice.passwordNextRotation == nil)  // not_supported
        #expect(alice.accessKey1Active)
        #expect(snapshot.iam.passwordPolicy.isNotConfigured)  // NoSuchEntity
    }

    @Test func s3EmptyAnswersAndNotFoundErrorsAreNotConfigured() throws {
        let bucket = try #require(snapshot.s3.bucket(named: "moto-public").valueIfPresent)
        #expect(bucket.region == .value("us-east-1"))  // LocationConstraint null
        #expect(bucket.versioning.isNotConfigured)  // empty body, rc 0
        #expect(bucket.logging.isNotConfigured)  // {}
        #expect(bucket.encryption.isNotConfigured)
        #expect(bucket.publicAccessBlock.isNotConfigured)
        #expect(bucket.ownershipControls.isNotConfigured)
        #expect(bucket.policyStatus.valueIfPresent?.isPublic == nil)  // moto: {"PolicyStatus": {}}
        #expect(bucket.objectLock.unreadable?.code == Unreadable.notCollected)
    }

    @Test func ec2AndCloudTrailQuirks() throws {
        let region = try snapshot.usEast1
        let groups = try #require(region.ec2.securityGroups.valueIfPresent)
        #expect(groups.first { $0.isDefault }?.ipPermissions.isEmpty == true)
        #expect(groups.first { $0.groupName == "ssh" }?.ipPermissions.first?.isOpenToInternet == true)
        #expect(region.ec2.volumes.valueIfPresent?.first?.kmsKeyID == "6f2a7e0b-1111-2222-3333-444455556666")
        #expect(region.ec2.instances.valueIfPresent?.first?.metadataOptions?.requiresIMDSv2 == false)
        #expect(region.ec2.snapshots.valueIfPresent?.first?.isPublic == true)
        let trail = try #require(region.cloudTrail.trails.valueIfPresent?.first)
        let status = try #require(trail.status.valueIfPresent)
        #expect(status.isLogging)
        #expect(status.latestDeliveryTime == Date(timeIntervalSince1970: 1_795_974_090))
        #expect(trail.eventSelectors.valueIfPresent?.advancedEventSelectors.first?.fieldSelectors.count == 2)
    }

    @Test func otherServices() throws {
        let region = try snapshot.usEast1
        let key = try #require(region.kms.keys.valueIfPresent?.first)
        #expect(key.metadata.valueIfPresent?.keyUsage == nil)  // moto omits KeyUsage for symmetric keys
        #expect(key.metadata.valueIfPresent?.isSymmetricEncryptionKey == true)
        #expect(key.rotation.valueIfPresent?.keyRotationEnabled == false)
        #expect(region.guardDuty.detectors.valueIfPresent?.values.first?.detectorID == "d1")
        #expect(region.securityHub.hub.isNotConfigured)
        #expect(region.accessAnalyzer.analyzers.unreadable?.code == "InternalFailure")
        #expect(region.secretsManager.secrets.valueIfPresent?.first?.rotationEnabled == false)
        #expect(region.lambda.functions.valueIfPresent?.first?.urlConfig.isNotConfigured == true)
        #expect(region.lambda.functions.valueIfPresent?.first?.environment?.variables["TOKEN"] == "x")
        let loadBalancer = try #require(region.elbv2.loadBalancers.valueIfPresent?.first)
        #expect(loadBalancer.attributes.valueIfPresent?["deletion_protection.enabled"] == "false")
        #expect(loadBalancer.attributes.valueIfPresent?["routing.http.drop_invalid_header_fields.enabled"] == nil)
        #expect(region.sqs.queues.valueIfPresent?.first?.attributes.valueIfPresent?.isEncrypted == false)
        #expect(snapshot.cloudFront.distributions.unreadable?.code == Unreadable.malformedFile)
    }
}
