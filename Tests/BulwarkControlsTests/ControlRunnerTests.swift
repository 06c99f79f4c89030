import BulwarkControls
import BulwarkIAM
import BulwarkModels
import Testing

/// An error a control body throws, to test fault isolation.
struct BrokenValue: Error, CustomStringConvertible {
    var description: String { "the value is broken" }
}

/// Passes, except on the bucket named `bad`.
func verifyNotBad(_ bucket: S3Bucket) throws -> Check {
    if bucket.name == "bad" { throw BrokenValue() }
    return pass()
}

let throwingControl = Control(
    id: "TEST-BROKEN",
    title: "A control whose body throws on one bucket",
    domain: .governance,
    severity: .low,
    over: \.s3.buckets
) { bucket, _ in
    try verifyNotBad(bucket)
}

@Suite struct ControlRunnerTests {
    static let controls = [passwordLength, bucketVersioning, bucketNotPublic, ebsDefaultEncryption, throwingControl]

    private var account: AccountSnapshot {
        let buckets = (0..<20)
            .map { index in
                S3Bucket(
                    name: index == 7 ? "bad" : "bucket-\(index)",
                    versioning: index % 2 == 0 ? .notConfigured : .value(BucketVersioning(status: .enabled))
                )
            }
        let regions = ["us-east-1", "eu-west-1"]
            .map { RegionSnapshot(name: $0, ec2: EC2Resources(ebsEncryptionByDefault: .value(true))) }
        return snapshot(
            buckets: .value(buckets),
            passwordPolicy: .value(PasswordPolicy(minimumPasswordLength: 8)),
            regions: regions
        )
    }

    @Test func findingsComeInControlOrderEveryTime() async {
        let runner = ControlRunner(controls: Self.controls)
        let first = await runner.scan(account, now: testNow)
        for _ in 0..<5 {
            let again = await runner.scan(account, now: testNow)
            #expect(again.findings == first.findings)
        }
        let order = first.findings.map(\.controlID)
            .reduce(into: [String]()) { ids, id in
                if ids.last != id { ids.append(id) }
            }
        #expect(order == Self.controls.map(\.id))
    }

    @Test func aThrowingBodyIsUnknownForThatResourceOnly() async {
        let result = await ControlRunner(controls: Self.controls).scan(account, now: testNow)
        let broken = result.findings.filter { $0.controlID == "TEST-BROKEN" }
        #expect(broken.count == 20)
        #expect(broken.filter { $0.status == .unknown }.map(\.resource) == ["arn:aws:s3:::bad"])
        #expect(broken.first { $0.status == .unknown }?.unknownReason?.code == UnknownReason.controlError)
        #expect(broken.filter { $0.status == .pass }.count == 19)
        #expect(result.findings.contains { $0.controlID == "TEST-IAM-1" && $0.status == .fail })
    }

    @Test func filtersSelectControlsAndRegions() async {
        let runner = ControlRunner(controls: Self.controls)
        let domain = await runner.scan(account, filter: ScanFilter(domains: [.identityAndAccess]), now: testNow)
        #expect(domain.controls.map(\.id) == ["TEST-IAM-1"])
        let severe = await runner.scan(account, filter: ScanFilter(minimumSeverity: .medium), now: testNow)
        #expect(severe.controls.map(\.id) == ["TEST-IAM-1", "TEST-S3-2", "TEST-EC2-1"])
        let ids = await runner.scan(account, filter: ScanFilter(controlIDs: ["TEST-S3-*"]), now: testNow)
        #expect(ids.controls.map(\.id) == ["TEST-S3-1", "TEST-S3-2"])
        let region = await runner.scan(account, filter: ScanFilter(regions: ["eu-west-1"]), now: testNow)
        #expect(region.findings.filter { $0.controlID == "TEST-EC2-1" }.map(\.region) == ["eu-west-1"])
    }

    @Test func summaryAndFailOnThreshold() async {
        let result = await ControlRunner(controls: Self.controls).scan(account, now: testNow)
        let summary = result.summary
        #expect(summary.pass + summary.fail + summary.unknown + summary.notApplicable == result.findings.count)
        #expect(summary.fail == 11)
        #expect(result.failures(atOrAbove: .medium).map(\.controlID) == ["TEST-IAM-1"])
        #expect(result.failures(atOrAbove: .low).count == 11)
    }

    @Test func frameworksComposeSectionsAndDropDuplicates() {
        let base = Framework(id: "base", title: "Base") {
            ControlSection("Storage") {
                bucketVersioning
                bucketNotPublic
            }
        }
        let mine = Framework(id: "mine", title: "Mine") {
            base
            passwordLength.with(minimumLength, 20)
            bucketVersioning
        }
        #expect(mine.controls.map(\.id) == ["TEST-S3-1", "TEST-S3-2", "TEST-IAM-1"])
        #expect(mine.entries.map(\.section) == ["Storage", "Storage", nil])
        #expect(mine.control(id: "TEST-IAM-1")?.value(of: minimumLength) == 20)
        #expect(mine.selecting { $0.severity == .critical }.controls.map(\.id) == ["TEST-S3-2"])
    }
}
