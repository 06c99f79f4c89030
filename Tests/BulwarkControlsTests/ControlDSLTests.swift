import BulwarkControls
import BulwarkIAM
import BulwarkModels
import Testing

@Suite struct ControlDSLTests {
    /// One row per observation of the versioning setting: what the finding must say.
    static let versioningCases: [(Observed<BucketVersioning>, FindingStatus, String)] = [
        (.value(BucketVersioning(status: .enabled)), .pass, "S3 buckets keep old versions of objects"),
        (.value(BucketVersioning(status: .suspended)), .fail, "logs does not keep old versions"),
        (.notConfigured, .fail, "logs does not keep old versions"),
        (.unknown(.failed("s3api get-bucket-versioning")), .unknown, "s3api get-bucket-versioning"),
    ]

    @Test(arguments: versioningCases)
    func observedValueDecidesTheFinding(versioning: Observed<BucketVersioning>, status: FindingStatus, message: String)
    {
        let bucket = S3Bucket(name: "logs", versioning: versioning)
        let findings = bucketVersioning.evaluate(snapshot(buckets: .value([bucket])), now: testNow)
        #expect(findings.count == 1)
        #expect(findings.first?.status == status)
        #expect(findings.first?.message.contains(message) == true)
        #expect(findings.first?.resource == "arn:aws:s3:::logs")
        #expect(findings.first?.resourceType == "AWS::S3::Bucket")
        #expect(findings.first?.region == "global")
    }

    @Test func unknownFindingCarriesTheReasonCode() {
        let bucket = S3Bucket(name: "logs", versioning: .unknown(.failed("s3api get-bucket-versioning")))
        let finding = bucketVersioning.evaluate(snapshot(buckets: .value([bucket]))).first
        #expect(finding?.unknownReason?.code == "AccessDenied")
    }

    @Test func unlistableCollectionIsOneUnknownFinding() {
        let findings = bucketVersioning.evaluate(snapshot(buckets: .unknown(.failed("s3api list-buckets"))))
        #expect(findings.map(\.status) == [.unknown])
        #expect(findings.first?.resource == "arn:aws:iam::111122223333:root")
        #expect(findings.first?.message.contains("could not list AWS::S3::Bucket") == true)
    }

    @Test func emptyCollectionIsNotApplicable() {
        let findings = bucketVersioning.evaluate(snapshot(buckets: .value([])))
        #expect(findings.map(\.status) == [.notApplicable])
    }

    @Test func failingCheckRecordsItsSourceLine() {
        let bucket = S3Bucket(name: "logs", versioning: .notConfigured)
        let finding = bucketVersioning.evaluate(snapshot(buckets: .value([bucket]))).first
        #expect(finding?.location?.fileID == "BulwarkControlsTests/ExampleControls.swift")
        #expect((finding?.location?.line ?? 0) > 0)
    }

    @Test(arguments: [(8, FindingStatus.fail), (14, .pass), (20, .pass)])
    func parameterDefaultApplies(length: Int, status: FindingStatus) {
        let policy = PasswordPolicy(minimumPasswordLength: length)
        let finding = passwordLength.evaluate(snapshot(passwordPolicy: .value(policy))).first
        #expect(finding?.status == status)
        #expect(finding?.resourceType == "AWS::::Account")
    }

    @Test func parameterOverrideReplacesTheDefault() {
        let strict = passwordLength.with(minimumLength, 21)
        let policy = PasswordPolicy(minimumPasswordLength: 20)
        #expect(strict.evaluate(snapshot(passwordPolicy: .value(policy))).first?.status == .fail)
        #expect(strict.value(of: minimumLength) == 21)
        #expect(passwordLength.value(of: minimumLength) == 14)
    }

    @Test func perRegionControlYieldsOneFindingPerRegion() {
        let regions = [
            RegionSnapshot(name: "us-east-1", ec2: EC2Resources(ebsEncryptionByDefault: .value(true))),
            RegionSnapshot(name: "eu-west-1", ec2: EC2Resources(ebsEncryptionByDefault: .value(false))),
            RegionSnapshot(
                name: "ap-south-1",
                ec2: EC2Resources(ebsEncryptionByDefault: .unknown(.failed("ec2 get-ebs-encryption-by-default")))
            ),
        ]
        let findings = ebsDefaultEncryption.evaluate(snapshot(regions: regions))
        #expect(findings.map(\.region) == ["ap-south-1", "eu-west-1", "us-east-1"])
        #expect(findings.map(\.status) == [.unknown, .fail, .pass])
    }

    @Test func regionalCollectionIteratesEveryRegion() {
        let open = SecurityGroup(groupID: "sg-1", groupName: "default", ipPermissions: [IPPermission(ipProtocol: "-1")])
        let closed = SecurityGroup(groupID: "sg-2", groupName: "default")
        let other = SecurityGroup(groupID: "sg-3", groupName: "web", ipPermissions: [IPPermission(ipProtocol: "tcp")])
        let regions = [
            RegionSnapshot(name: "us-east-1", ec2: EC2Resources(securityGroups: .value([open, other]))),
            RegionSnapshot(name: "eu-west-1", ec2: EC2Resources(securityGroups: .value([closed]))),
        ]
        let findings = noDefaultSecurityGroupRules.evaluate(snapshot(regions: regions))
        #expect(findings.map(\.status) == [.pass, .fail, .notApplicable])
        #expect(findings.map(\.resource).first == "arn:aws:ec2:eu-west-1:111122223333:security-group/sg-2")
    }

    @Test func stableIDsDependOnControlResourceAndRegionOnly() {
        let bucket = S3Bucket(name: "logs", versioning: .notConfigured)
        let first = bucketVersioning.evaluate(snapshot(buckets: .value([bucket]))).first?.id
        let fixed = S3Bucket(name: "logs", versioning: .value(BucketVersioning(status: .enabled)))
        let second = bucketVersioning.evaluate(snapshot(buckets: .value([fixed]))).first?.id
        #expect(first == second)
        #expect(first?.count == 16)
        #expect(
            Finding.stableID(control: "A", resource: "r", region: "g")
                != Finding.stableID(control: "B", resource: "r", region: "g")
        )
    }
}

@Suite struct DescribedListTests {
    // A detector whose get-detector call was denied is an unknown finding for that detector, never absent.
    @Test func unreadableItemsBecomeUnknownFindings() {
        let denied = Unreadable.failed("guardduty get-detector", scope: .region("us-east-1"), resourceID: "d-2")
        let detectors = DescribedList(
            values: [GuardDutyDetector(detectorID: "d-1", status: .enabled)],
            unreadable: [denied]
        )
        let region = RegionSnapshot(name: "us-east-1", guardDuty: GuardDutyResources(detectors: .value(detectors)))
        let findings = guardDutyEnabled.evaluate(snapshot(regions: [region]))
        #expect(findings.map(\.status) == [.pass, .unknown])
        #expect(findings.last?.resource == "arn:aws:guardduty:us-east-1:111122223333:detector/d-2")
        #expect(findings.last?.message.contains("d-2") == true)
    }
}
