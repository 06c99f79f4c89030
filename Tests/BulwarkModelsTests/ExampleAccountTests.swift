import BulwarkIAM
import BulwarkModels
import Foundation
import Testing

/// The bundled example account (Sources/BulwarkCLI/Examples/example-account) loads cleanly and says what its README says.
@Suite struct ExampleAccountTests {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/BulwarkCLI/Examples/example-account")

    let snapshot: AccountSnapshot

    init() async throws {
        snapshot = try await AccountSnapshot.load(from: Self.directory)
    }

    @Test func loadsWithZeroIssues() {
        #expect(snapshot.issues == [])
        #expect(snapshot.accountID == "123456789012")
        #expect(snapshot.regionNames == ["eu-west-1", "us-east-1"])
    }

    @Test(arguments: [
        ("AWS::IAM::User", "global", 4),
        ("AWS::IAM::Role", "global", 7),
        ("AWS::IAM::Group", "global", 2),
        ("AWS::IAM::Policy", "global", 2),
        ("AWS::IAM::AccessKey", "global", 4),
        ("AWS::S3::Bucket", "us-east-1", 2),
        ("AWS::EC2::SecurityGroup", "us-east-1", 5),
        ("AWS::EC2::SecurityGroup", "eu-west-1", 1),
        ("AWS::EC2::Instance", "us-east-1", 2),
        ("AWS::CloudTrail::Trail", "us-east-1", 1),
        ("AWS::CloudTrail::Trail", "eu-west-1", 0),
        ("AWS::KMS::Key", "us-east-1", 2),
        ("AWS::Lambda::Function", "us-east-1", 2),
        ("AWS::Organizations::Policy", "global", 3),
    ])
    func inventoryCounts(type: String, region: String, count: Int) {
        // A multi-Region trail is listed in every region but counted in its home region only.
        #expect(snapshot.inventory.count(of: type, in: region) == count)
    }

    @Test func theOnlyUnreadableCallIsKMSInEUWest1() throws {
        #expect(
            snapshot.inventory.unreadable == [
                .init(call: "kms list-keys", region: "eu-west-1", error: "AccessDeniedException")
            ]
        )
        let keys = try #require(snapshot.regions["eu-west-1"]).kms.keys
        // AccessDenied is unknown, never "no keys".
        #expect(keys.unreadable?.code == "AccessDeniedException")
        #expect(keys.elements == nil)
    }

    @Test func identityFacts() throws {
        let report = try #require(snapshot.iam.credentialReport.valueIfPresent)
        let root = try #require(report.rootRow)
        #expect(root.accessKey1Active)
        #expect(root.passwordEnabled == nil)  // "not_supported" for root
        #expect(snapshot.iam.accountSummary.valueIfPresent?.accountAccessKeysPresent == true)
        #expect(snapshot.iam.passwordPolicy.valueIfPresent?.minimumPasswordLength == 8)
        #expect(snapshot.iam.virtualMFADevices.valueIfPresent?.contains { $0.isAssignedToRoot } == true)
        let bob = try #require(snapshot.iam.user(named: "bob").valueIfPresent)
        #expect(bob.accessKeys.valueIfPresent?.count == 2)
        #expect(bob.mfaDevices.elements?.isEmpty == true)
        let inline = try #require(bob.userPolicyList.first?.policyDocument.parsedDocument)
        #expect(inline.statements.count == 2)
        let carol = try #require(snapshot.iam.user(named: "carol").valueIfPresent)
        #expect(carol.permissionsBoundary?.permissionsBoundaryARN.resource == "policy/DeveloperBoundary")
        let boundary = try #require(
            snapshot.iam.policy(arn: try ARN(parsing: "arn:aws:iam::123456789012:policy/DeveloperBoundary"))
                .valueIfPresent
        )
        #expect(boundary.defaultVersion?.versionID == "v2")
        #expect(boundary.policyVersionList.count == 2)
        let auditor = try #require(snapshot.iam.role(named: "ExternalAuditor").valueIfPresent)
        #expect(auditor.assumeRolePolicyDocument?.parsedDocument?.statements.first?.conditions.isEmpty == true)
        #expect(snapshot.iam.role(named: "AWSServiceRoleForConfig").valueIfPresent?.isServiceLinked == true)
        #expect(snapshot.iam.instanceProfiles.valueIfPresent?.map(\.instanceProfileName) == ["app-server"])
    }

    @Test func dataProtectionFacts() throws {
        let website = try #require(snapshot.s3.bucket(named: "example-public-assets").valueIfPresent)
        #expect(website.policy.valueIfPresent?.parsedDocument?.statements.first?.effect == .allow)
        #expect(website.publicAccessBlock.isNotConfigured)
        #expect(website.versioning.isNotConfigured)  // empty answer: never enabled
        #expect(website.acl.valueIfPresent?.publicGrants.count == 1)
        let logs = try #require(snapshot.s3.bucket(named: "example-cloudtrail-logs").valueIfPresent)
        #expect(logs.versioning.valueIfPresent?.mfaDelete == .enabled)
        #expect(
            logs.encryption.valueIfPresent?.rules.first?.applyServerSideEncryptionByDefault?.sseAlgorithm == .awsKMS
        )
        #expect(logs.objectLock.valueIfPresent?.isEnabled == true)
        #expect(logs.ownershipControls.valueIfPresent == .bucketOwnerEnforced)
        #expect(snapshot.s3.accountPublicAccessBlock.isNotConfigured)
        let region = try snapshot.usEast1
        #expect(
            region.ec2.snapshots.valueIfPresent?.first { $0.snapshotID == "snap-0legacy000000001" }?.isPublic == true
        )
        #expect(region.rds.dbSnapshots.valueIfPresent?.first?.isPublic == true)
        #expect(
            region.kms.keys.valueIfPresent?.compactMap { $0.rotation.valueIfPresent?.keyRotationEnabled } == [
                true, false,
            ]
        )
        #expect(
            region.lambda.functions.valueIfPresent?.first { $0.functionName == "nightly-report" }?.policy
                .isNotConfigured == true
        )
        #expect(
            region.lambda.functions.valueIfPresent?.first { $0.functionName == "public-api" }?.urlConfig.valueIfPresent?
                .authType == "NONE"
        )
        #expect(region.sqs.queues.valueIfPresent?.first?.attributes.valueIfPresent?.policy?.parsedDocument != nil)
        #expect(
            region.secretsManager.secrets.valueIfPresent?.first { $0.name == "prod/orders-db" }?.resourcePolicy
                .isNotConfigured == true
        )
    }

    @Test func detectiveAndGovernanceFacts() throws {
        let east = try snapshot.usEast1
        let trail = try #require(east.cloudTrail.trails(homedIn: "us-east-1").valueIfPresent?.first)
        #expect(trail.status.valueIfPresent?.isLogging == true)
        #expect(
            trail.eventSelectors.valueIfPresent?.eventSelectors.first?.dataResources.first?.type == "AWS::S3::Object"
        )
        let west = try #require(snapshot.regions["eu-west-1"])
        // The multi-Region trail appears in eu-west-1; its status is read in its home region.
        #expect(west.cloudTrail.trails.valueIfPresent?.first?.status.unreadable?.code == Unreadable.notCollected)
        #expect(west.guardDuty.detectors.items.isEmpty)
        #expect(west.securityHub.hub.isNotConfigured)
        #expect(east.macie.session.isNotConfigured)
        #expect(east.config.isRecordingAllResources == true)
        #expect(west.config.isRecordingAllResources == false)
        #expect(
            snapshot.organizations.ancestry(ofAccount: "210987654321")
                == .value([
                    "r-ex12", "ou-ex12-workload1", "210987654321",
                ])
        )
        #expect(
            snapshot.organizations.policies(.serviceControlPolicy, attachedTo: "ou-ex12-workload1").valueIfPresent?
                .count == 2
        )
        #expect(
            snapshot.organizations.serviceControlPolicies.valueIfPresent?
                .allSatisfy { $0.content.valueIfPresent?.parsedDocument != nil } == true
        )
        #expect(snapshot.support.premiumSupport == .value(false))
    }

    @Test func serviceSpecificAndIncidentResponseFacts() throws {
        let east = try snapshot.usEast1
        let project = try #require(east.codeBuild.projects.valueIfPresent?.values.first)
        #expect(project.environment?.privilegedMode == true)
        #expect(
            project.environment?.environmentVariables.first { $0.type == "PLAINTEXT" }?.name == "AWS_SECRET_ACCESS_KEY"
        )
        let cluster = try #require(east.ecs.clusters.valueIfPresent?.values.first)
        #expect(cluster.settings.first { $0.name == "containerInsights" }?.value == "disabled")
        #expect(
            cluster.services.valueIfPresent?.values.first?.networkConfiguration?.awsvpcConfiguration?.assignPublicIP
                == "ENABLED"
        )
        let definition = try #require(east.ecs.taskDefinitions.valueIfPresent?.values.first)
        #expect(definition.containerDefinitions.filter(\.privileged).map(\.name) == ["debug-sidecar"])
        #expect(east.codePipeline.pipelines.valueIfPresent?.values.first?.stages.map(\.name) == ["Source", "Build"])
        #expect(east.sageMaker.notebookInstances.valueIfPresent?.values.first?.directInternetAccess == "Enabled")
        let fileSystem = try #require(east.efs.fileSystems.valueIfPresent?.first)
        #expect(fileSystem.policy.isNotConfigured)
        #expect(fileSystem.backupPolicyStatus == .value("DISABLED"))
        let table = try #require(east.dynamoDB.tables.valueIfPresent?.first)
        #expect(table.pointInTimeRecoveryStatus == .value("DISABLED"))
        #expect(table.description.valueIfPresent?.deletionProtectionEnabled == true)
        #expect(east.backup.vaults.valueIfPresent?.first?.locked == true)
        #expect(snapshot.alternateContacts.security.valueIfPresent?.emailAddress == "security@example.com")
        #expect(snapshot.alternateContacts.operations.isNotConfigured)
        #expect(east.logs.metricFilters.valueIfPresent?.count == 2)
        #expect(
            east.cloudWatch.metricAlarms.valueIfPresent?.first?.alarmActions.first?.hasSuffix(":security-alerts")
                == true
        )
        #expect(east.wafv2.webACLs.valueIfPresent?.map(\.name) == ["storefront"])
        let listeners = try #require(east.elbv2.loadBalancers.valueIfPresent?.first?.listeners.valueIfPresent)
        #expect(listeners.map(\.protocolName) == ["HTTPS", "HTTP"])
        let config = try #require(snapshot.cloudFront.distributions.valueIfPresent?.first?.config.valueIfPresent)
        #expect(config.viewerProtocolPolicies == ["allow-all"])
        #expect(config.viewerCertificate?.minimumProtocolVersion == "TLSv1")
        #expect(config.webACLID == nil)
        #expect(east.inspector2.accounts.valueIfPresent?.first?.resourceState?.lambda?.status == "DISABLED")
        #expect(
            east.guardDuty.detectors.valueIfPresent?.values.first?.feature(named: "RDS_LOGIN_EVENTS")?.status
                == "DISABLED"
        )
        #expect(east.securityHub.enabledStandards.valueIfPresent?.count == 1)
        #expect(east.accessAnalyzer.analyzers.valueIfPresent?.first?.isActiveExternalAccessAnalyzer == true)
    }
}
