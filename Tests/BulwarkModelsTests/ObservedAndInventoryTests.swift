import BulwarkIAM
import BulwarkModels
import Testing

/// `Observed` keeps "not configured" and "unknown" apart through every transformation, and a hand-built
/// snapshot's inventory counts what is known, in a stable order.
@Suite struct ObservedAndInventoryTests {
    static let denied = Unreadable(call: .global("iam", "list-users"), code: "AccessDenied")

    @Test func listsDistinguishNoneFromUnknown() {
        let none: Observed<[Int]> = .notConfigured
        let unknown: Observed<[Int]> = .unknown(Self.denied)
        #expect(none.elements == [])  // for lists, "not configured" means none
        #expect(unknown.elements == nil)  // unknown is not empty
        #expect(Observed.value([1, 2]).map { $0.count } == .value(2))
        #expect(unknown.map { $0.count }.unreadable?.code == "AccessDenied")
        #expect(none.flatMap { _ in Observed<Int>.value(1) } == .notConfigured)
        #expect(unknown.isKnown == false)
        #expect(none.isKnown)
    }

    @Test func handBuiltSnapshotInventory() throws {
        var east = RegionSnapshot(name: "us-east-1")
        east.ec2.securityGroups = .value([SecurityGroup(groupID: "sg-1"), SecurityGroup(groupID: "sg-2")])
        east.kms.keys = .unknown(
            Unreadable(
                call: .init(scope: .region("us-east-1"), service: "kms", operation: "list-keys"),
                code: "AccessDenied"
            )
        )
        let snapshot = AccountSnapshot(
            accountID: "111122223333",
            iam: IAMResources(
                users: .value([IAMUser(userName: "a", arn: try ARN(parsing: "arn:aws:iam::111122223333:user/a"))]),
                policies: .value([
                    ManagedPolicy(arn: try ARN(parsing: "arn:aws:iam::aws:policy/ReadOnlyAccess")),
                    ManagedPolicy(arn: try ARN(parsing: "arn:aws:iam::111122223333:policy/mine")),
                ])
            ),
            regions: ["us-east-1": east]
        )
        let inventory = snapshot.inventory
        #expect(inventory.count(of: "AWS::IAM::User") == 1)
        #expect(inventory.count(of: "AWS::IAM::Policy") == 1)  // AWS managed policies are not the account's resources
        #expect(inventory.count(of: "AWS::EC2::SecurityGroup", in: "us-east-1") == 2)
        #expect(inventory.count(of: "AWS::KMS::Key", in: "us-east-1") == 0)  // unknown adds nothing
        #expect(inventory.counts.first?.region == "global")  // global first, then regions
        #expect(inventory.counts.map(\.count).allSatisfy { $0 > 0 })
    }

    @Test func organizationAncestryWalksFromTheRootToTheAccount() throws {
        let organizations = OrganizationsResources(
            accounts: .value([
                OrganizationAccount(
                    id: "222233334444",
                    arn: try ARN(parsing: "arn:aws:organizations::111111111111:account/o-1/222233334444"),
                    parentID: "ou-b"
                )
            ]),
            organizationalUnits: .value([
                OrganizationalUnit(
                    id: "ou-a",
                    arn: try ARN(parsing: "arn:aws:organizations::111111111111:ou/o-1/ou-a"),
                    parentID: "r-1"
                ),
                OrganizationalUnit(
                    id: "ou-b",
                    arn: try ARN(parsing: "arn:aws:organizations::111111111111:ou/o-1/ou-b"),
                    parentID: "ou-a"
                ),
            ])
        )
        #expect(organizations.ancestry(ofAccount: "222233334444") == .value(["r-1", "ou-a", "ou-b", "222233334444"]))
        #expect(organizations.ancestry(ofAccount: "999999999999") == .notConfigured)
    }

    @Test func organizationAncestryStopsOnACycle() throws {
        // Hostile data: two OUs naming each other as parent must not loop forever.
        let organizations = OrganizationsResources(
            accounts: .value([
                OrganizationAccount(
                    id: "1",
                    arn: try ARN(parsing: "arn:aws:organizations::111111111111:account/o-1/1"),
                    parentID: "ou-a"
                )
            ]),
            organizationalUnits: .value([
                OrganizationalUnit(
                    id: "ou-a",
                    arn: try ARN(parsing: "arn:aws:organizations::111111111111:ou/o-1/ou-a"),
                    parentID: "ou-b"
                ),
                OrganizationalUnit(
                    id: "ou-b",
                    arn: try ARN(parsing: "arn:aws:organizations::111111111111:ou/o-1/ou-b"),
                    parentID: "ou-a"
                ),
            ])
        )
        #expect(organizations.ancestry(ofAccount: "1").unreadable?.code == Unreadable.malformedFile)
    }
}
