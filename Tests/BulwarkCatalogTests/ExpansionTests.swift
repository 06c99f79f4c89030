import BulwarkCatalog
import Testing

@Suite struct ExpansionTests {
    @Test func serviceWildcardExpandsWithinTheService() {
        let found = catalog.actions(matching: "s3:Get*")
        #expect(found.count > 50)
        #expect(found.allSatisfy { $0.service == "s3" && $0.name.hasPrefix("Get") })
        let expected = catalog.actions.filter { $0.service == "s3" && $0.name.lowercased().hasPrefix("get") }
        #expect(found == expected)
    }

    // Matching is case-insensitive like IAM's.
    @Test func patternsIgnoreCase() {
        #expect(catalog.actions(matching: "S3:get*") == catalog.actions(matching: "s3:Get*"))
    }

    @Test func starMatchesEverything() {
        #expect(catalog.actions(matching: "*").count == catalog.actions.count)
        #expect(catalog.actions(matching: "*:*").count == catalog.actions.count)
    }

    @Test func serviceWildcard() {
        let found = catalog.actions(matching: "*:Describe*")
        #expect(found.contains { $0.fullName == "ec2:DescribeInstances" })
        #expect(found.contains { $0.fullName == "rds:DescribeDBInstances" })
        #expect(found.allSatisfy { $0.name.hasPrefix("Describe") })
        #expect(Set(found.map(\.service)).count > 50)
    }

    @Test func questionMarkMatchesOneCharacter() {
        #expect(catalog.actions(matching: "iam:GetUse?").map(\.fullName) == ["iam:GetUser"])
        #expect(catalog.actions(matching: "iam:Get?ser").map(\.fullName) == ["iam:GetUser"])
        #expect(catalog.actions(matching: "iam:GetUser?").isEmpty)
    }

    @Test func exactPatternIsOneAction() {
        #expect(catalog.actions(matching: "IAM:PASSROLE").map(\.fullName) == ["iam:PassRole"])
    }

    @Test(arguments: ["s3:NoSuchAction*", "nosuch:*", "s3", "", "s3:Get*Object*Nope"])
    func patternsMatchingNothing(_ pattern: String) {
        #expect(catalog.actions(matching: pattern).isEmpty)
    }

    // A backtracking matcher takes exponential time here; the two-pointer one returns at once.
    @Test func hostilePatternTerminates() {
        let pattern = "*:" + String(repeating: "*a", count: 200) + "b"
        #expect(catalog.actions(matching: pattern).isEmpty)
    }
}
