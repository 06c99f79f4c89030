import BulwarkIAM
import BulwarkControls
import BulwarkModels
import Foundation
import Testing

@Suite struct ReportTests {
    private func scan() async throws -> ScanResult {
        let buckets = [
            S3Bucket(
                name: "site",
                policy: try bucketPolicy(grant("\"*\"", "s3:GetObject", on: "site")),
                versioning: .notConfigured
            ),
            S3Bucket(name: "logs <&>", versioning: .unknown(.failed("s3api get-bucket-versioning"))),
        ]
        let regions = [RegionSnapshot(name: "eu-west-1", ec2: EC2Resources(ebsEncryptionByDefault: .value(true)))]
        var result = await ControlRunner(
            controls: [passwordLength, bucketVersioning, bucketNotPublic, ebsDefaultEncryption],
            frameworks: ["test"]
        )
        .scan(snapshot(buckets: .value(buckets), regions: regions), now: testNow)
        try SuppressionList.parse(
            Array(#"{"suppressions": [{"control": "TEST-IAM-1", "reason": "accepted"}]}"#.utf8),
            file: "m.json"
        )
        .apply(to: &result, now: testNow)
        return result
    }

    private func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func jsonHasTheDocumentedShape() async throws {
        let result = try await scan()
        let json = try object(result.jsonReport(options: ReportOptions(toolVersion: "1.2.3")))
        #expect(json["formatVersion"] as? Int == 1)
        #expect((json["tool"] as? [String: Any])?["version"] as? String == "1.2.3")
        #expect(json["account"] as? String == testAccount)
        #expect(json["frameworks"] as? [String] == ["test"])
        let summary = try #require(json["summary"] as? [String: Int])
        #expect(Set(summary.keys) == ["pass", "fail", "unknown", "notApplicable", "suppressed"])
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(findings.count == result.findings.count)
        let keys: Set<String> = [
            "id", "control", "status", "resource", "resourceType", "region", "account", "message",
            "unknownReason", "evidence", "suppressed", "baseline",
        ]
        #expect(findings.allSatisfy { keys.isSubset(of: Set($0.keys)) })
        let controls = try #require(json["controls"] as? [[String: Any]])
        #expect(
            controls.first?["references"] as? [[String: String]] == [
                ["framework": "cis-aws-foundations-5.0", "id": "1.8"], ["framework": "fsbp", "id": "IAM.15"],
            ]
        )
        let publicRead = findings.first { $0["control"] as? String == "TEST-S3-2" }
        let evaluations = (publicRead?["evidence"] as? [String: Any])?["evaluations"] as? [[String: Any]]
        #expect(evaluations?.first?["decision"] as? String == "Allow")
    }

    @Test func sarifHasOneRulePerControlAndResultsAtTheARN() async throws {
        let result = try await scan()
        let sarif = try object(result.sarifReport())
        #expect(sarif["version"] as? String == "2.1.0")
        let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
        let rules = try #require(
            ((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]]
        )
        #expect(rules.map { $0["id"] as? String } == result.controls.map(\.id))
        #expect((rules[2]["properties"] as? [String: Any])?["security-severity"] as? String == "9.5")
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == result.findings.filter { $0.status == .fail || $0.status == .unknown }.count)
        let location =
            ((results.first?["locations"] as? [[String: Any]])?.first?["logicalLocations"] as? [[String: Any]])?.first
        #expect(location?["fullyQualifiedName"] as? String == "arn:aws:iam::111122223333:root")
        #expect((results.first?["suppressions"] as? [[String: Any]])?.first?["justification"] as? String == "accepted")
    }

    @Test func ocsfHasOneDetectionFindingPerFinding() async throws {
        let result = try await scan()
        let events = try #require(
            try JSONSerialization.jsonObject(with: Data(result.ocsfReport().utf8)) as? [[String: Any]]
        )
        #expect(events.count == result.findings.count)
        #expect(events.allSatisfy { $0["class_uid"] as? Int == 2004 && $0["type_uid"] as? Int == 200_401 })
        let suppressed = events.first { ($0["status"] as? String) == "Suppressed" }
        #expect((suppressed?["metadata"] as? [String: Any])?["event_code"] as? String == "TEST-IAM-1")
    }

    @Test func htmlHasOneRowPerFindingAndEscapes() async throws {
        let result = try await scan()
        let html = result.htmlReport()
        #expect(html.components(separatedBy: "<tr class=\"finding\"").count - 1 == result.findings.count)
        #expect(html.contains("logs &lt;&amp;&gt;"))
        #expect(!html.contains("logs <&>"))
        #expect(html.contains("<rect class=\"bar sev-critical\""))
        #expect(!html.contains("http://") && !html.contains("src=\""))
    }

    @Test func textGroupsByDomainAndColoursOnlyWhenAsked() async throws {
        let result = try await scan()
        let plain = result.textReport()
        #expect(!plain.contains("\u{1B}["))
        #expect(plain.contains("== Identity and access"))
        #expect(plain.contains("[suppressed: accepted]"))
        let dataProtection = try #require(plain.range(of: "== Data protection"))
        let critical = try #require(plain.range(of: "[critical] TEST-S3-2"))
        let low = try #require(plain.range(of: "[low] TEST-S3-1"))
        #expect(dataProtection.upperBound < critical.lowerBound && critical.lowerBound < low.lowerBound)
        #expect(result.textReport(options: ReportOptions(colors: true)).contains("\u{1B}[31m"))
    }
}
