@testable import BulwarkCLI
import BulwarkIAM
import BulwarkModels
import Foundation
import Testing

@Suite struct CollectPlanTests {
    let account = "111122223333"

    /// The standard plan's template for `service operation`, searching global then regional calls.
    func template(_ service: String, _ operation: String) throws -> CallTemplate {
        let plan = CollectionPlan.standard
        return try #require((plan.global + plan.regional).first { $0.service == service && $0.operation == operation })
    }

    @Test func listOutputFansOutOnePathPerResourceAndCall() throws {
        let listKeys = PlannedCall(
            try template("kms", "list-keys"),
            region: "eu-west-1",
            scope: .region("eu-west-1"),
            accountID: account
        )
        let followUps = try listKeys.followUps(output: Data(#"{"Keys": [{"KeyId": "a"}, {"KeyId": "b/c"}]}"#.utf8))
        #expect(
            followUps.map(\.outputPath) == [
                "eu-west-1/kms/describe-key/a.json", "eu-west-1/kms/get-key-rotation-status/a.json",
                "eu-west-1/kms/get-key-policy/a.json", "eu-west-1/kms/describe-key/b%2Fc.json",
                "eu-west-1/kms/get-key-rotation-status/b%2Fc.json", "eu-west-1/kms/get-key-policy/b%2Fc.json",
            ]
        )
        #expect(followUps[2].arguments == ["--key-id", "a", "--policy-name", "default"])
        #expect(followUps.allSatisfy { $0.region == "eu-west-1" })
    }

    @Test(arguments: [
        ("null", "us-east-1"), (#""""#, "us-east-1"), (#""EU""#, "eu-west-1"), (#""ap-south-1""#, "ap-south-1"),
    ])
    func bucketCallsRunInTheBucketsRegionButAreStoredGlobally(constraint: String, region: String) throws {
        let listBuckets = PlannedCall(
            try template("s3api", "list-buckets"),
            region: "us-east-1",
            scope: .global,
            accountID: account
        )
        let location = try #require(
            try listBuckets.followUps(output: Data(#"{"Buckets": [{"Name": "b1"}]}"#.utf8)).first
        )
        #expect(location.outputPath == "global/s3api/get-bucket-location/b1.json")
        let bucketCalls = try location.followUps(output: Data(#"{"LocationConstraint": \#(constraint)}"#.utf8))
        #expect(bucketCalls.count == 9)
        #expect(
            bucketCalls.allSatisfy {
                $0.region.rawValue == region && $0.scope == .global && $0.arguments == ["--bucket", "b1"]
            }
        )
        #expect(bucketCalls.contains { $0.outputPath == "global/s3api/get-bucket-policy/b1.json" })
    }

    @Test func followUpsThatNeedNoOutputSurviveAFailedParent() throws {
        let location = PlannedCall(
            try #require(try template("s3api", "list-buckets").fanOut.first?.calls.first),
            region: "us-east-1",
            scope: .global,
            accountID: account,
            resourceID: "b1"
        )
        let bucketCalls = location.followUpsAfterFailure()
        #expect(bucketCalls.count == 9, "S3 redirects to the bucket's region, so the bucket is still read")
        #expect(bucketCalls.allSatisfy { $0.region == "us-east-1" && $0.arguments == ["--bucket", "b1"] })
        let generate = PlannedCall(
            try template("iam", "generate-credential-report"),
            region: "us-east-1",
            scope: .global,
            accountID: account
        )
        #expect(generate.followUpsAfterFailure().map(\.operation) == ["get-credential-report"])
        let listKeys = PlannedCall(
            try template("kms", "list-keys"),
            region: "us-east-1",
            scope: .region("us-east-1"),
            accountID: account
        )
        #expect(listKeys.followUpsAfterFailure().isEmpty, "nothing was listed")
    }

    @Test func nestedCallsNameTheirParent() throws {
        let cluster = "arn:aws:ecs:us-east-1:111122223333:cluster/main"
        let service = "arn:aws:ecs:us-east-1:111122223333:service/main/web"
        let listClusters = PlannedCall(
            try template("ecs", "list-clusters"),
            region: "us-east-1",
            scope: .region("us-east-1"),
            accountID: account
        )
        let perCluster = try listClusters.followUps(output: Data(#"{"clusterArns": ["\#(cluster)"]}"#.utf8))
        let listServices = try #require(perCluster.first { $0.operation == "list-services" })
        #expect(listServices.arguments == ["--cluster", cluster])
        let describe = try #require(
            try listServices.followUps(output: Data(#"{"serviceArns": ["\#(service)"]}"#.utf8)).first
        )
        #expect(describe.arguments == ["--cluster", cluster, "--services", service])
        #expect(
            describe.outputPath == "us-east-1/ecs/describe-services/\(SnapshotLayout.escape(resourceID: service)).json"
        )
    }

    @Test func credentialReportIsFetchedAfterGenerationAndAwaited() throws {
        let generate = PlannedCall(
            try template("iam", "generate-credential-report"),
            region: "us-east-1",
            scope: .global,
            accountID: account
        )
        let fetch = try generate.followUps(output: Data(#"{"State": "STARTED"}"#.utf8))
        #expect(fetch.map(\.outputPath) == ["global/iam/get-credential-report.json"])
        #expect(fetch.first?.template.retryCodes.contains("ReportInProgress") == true)
    }

    @Test func accountPlaceholdersAreBound() throws {
        let calls = CollectionPlan.standard.initialCalls(
            accountID: account,
            regions: ["us-east-1"],
            globalRegion: "us-east-1"
        )
        let accessBlock = try #require(calls.first { $0.service == "s3control" })
        #expect(accessBlock.arguments == ["--account-id", account])
        let snapshots = try #require(calls.first { $0.operation == "describe-snapshots" })
        #expect(snapshots.arguments == ["--filters", "Name=owner-id,Values=\(account)"])
        #expect(calls.allSatisfy { !$0.arguments.joined().contains("{") })
    }

    @Test func initialCallsCoverEachRegionOnceWithDistinctFiles() {
        let plan = CollectionPlan.standard
        let calls = plan.initialCalls(
            accountID: account,
            regions: ["us-east-1", "eu-west-1"],
            globalRegion: "us-east-1"
        )
        #expect(calls.count == plan.global.count + 2 * plan.regional.count)
        #expect(Set(calls.map(\.outputPath)).count == calls.count)
        #expect(calls.filter { $0.scope == .global }.allSatisfy { $0.region == "us-east-1" })
        #expect(calls.filter { $0.scope == .region("eu-west-1") }.allSatisfy { $0.region == "eu-west-1" })
    }

    @Test func everyPerResourceCallPassesItsIDAsAnArgument() {
        var offenders: [String] = []
        func visit(_ templates: [CallTemplate]) {
            for template in templates {
                for fanOut in template.fanOut {
                    if fanOut.source != .once {
                        for child in fanOut.calls where !child.arguments.contains(where: { $0.contains("{id}") }) {
                            offenders.append("\(child.service) \(child.operation)")
                        }
                    }
                    visit(fanOut.calls)
                }
            }
        }
        visit(CollectionPlan.standard.global + CollectionPlan.standard.regional)
        #expect(offenders.isEmpty, "a per-resource file must be named after the id the call was made with")
    }

    @Test func organizationTreeIsWalkedFiveOULevelsDeep() throws {
        var depth = 0
        var level = try template("organizations", "list-roots").fanOut.first?.calls ?? []
        while let next = level.first(where: { $0.operation == "list-organizational-units-for-parent" }) {
            depth += 1
            level = next.fanOut.first?.calls ?? []
        }
        #expect(depth >= 5)
    }

    @Test func emptyOutputHasNoFollowUpsAndBrokenOutputIsAnError() throws {
        let listKeys = PlannedCall(
            try template("kms", "list-keys"),
            region: "us-east-1",
            scope: .region("us-east-1"),
            accountID: account
        )
        #expect(try listKeys.followUps(output: Data()).isEmpty)
        #expect(try listKeys.followUps(output: Data("{}".utf8)).isEmpty)
        #expect(throws: (any Error).self) { try listKeys.followUps(output: Data("{\"Keys\": [".utf8)) }
    }

    @Test(arguments: [("aws", "us-east-1"), ("aws-cn", "cn-northwest-1"), ("aws-us-gov", "us-gov-west-1")])
    func globalCallsGoToThePartitionsMainRegion(partition: String, region: String) {
        #expect(CollectionPlan.globalRegion(partition: Partition(rawValue: partition)).rawValue == region)
    }
}
