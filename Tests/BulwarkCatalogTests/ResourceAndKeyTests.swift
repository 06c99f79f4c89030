import BulwarkCatalog
import BulwarkIAM
import Testing

@Suite struct ResourceTemplateTests {
    // Each ARN names the resource type whose template it fits (Service Authorization Reference).
    @Test(arguments: [
        ("arn:aws:s3:::my-bucket", "s3:bucket"),
        ("arn:aws:s3:::my-bucket/path/to/key.txt", "s3:object"),
        ("arn:aws:iam::111122223333:role/service/admin", "iam:role"),
        ("arn:aws:iam::111122223333:user/alice", "iam:user"),
        ("arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab", "kms:key"),
        ("arn:aws:lambda:us-east-1:111122223333:function:my-function", "lambda:function"),
        ("arn:aws:dynamodb:us-east-1:111122223333:table/Books", "dynamodb:table"),
        ("arn:aws-cn:sqs:cn-north-1:111122223333:queue1", "sqs:queue"),
    ])
    func arnFitsTemplate(_ arn: String, _ expected: String) {
        let types = catalog.resourceTypes(matchingARN: arn).map(\.description)
        #expect(types.contains(expected), "\(arn) → \(types)")
    }

    @Test func actionsApplyingToAnObject() {
        let names = Set(catalog.actions(applyingTo: "arn:aws:s3:::bucket/key").map(\.fullName))
        #expect(names.contains("s3:GetObject"))
        #expect(names.contains("s3:PutObject"))
        #expect(!names.contains("s3:ListBucket"))
        #expect(!names.contains("s3:ListAllMyBuckets"))
        let bucket = Set(catalog.actions(applyingTo: "arn:aws:s3:::bucket").map(\.fullName))
        #expect(bucket.contains("s3:ListBucket"))
        #expect(!bucket.contains("s3:GetObject"))
    }

    @Test func unknownArnAppliesToNothing() {
        #expect(catalog.resourceTypes(matchingARN: "arn:aws:nosuch:::thing").isEmpty)
        #expect(catalog.actions(applyingTo: "not an arn").isEmpty)
    }
}

@Suite struct ConditionKeyTests {
    // Types from the IAM User Guide (global keys) and the Service Authorization Reference.
    @Test(arguments: [
        ("aws:SourceIp", ConditionKeyType.ipAddress, false),
        ("AWS:SOURCEIP", .ipAddress, false),
        ("aws:MultiFactorAuthAge", .numeric, false),
        ("aws:CurrentTime", .date, false),
        ("aws:SecureTransport", .bool, false),
        ("aws:PrincipalArn", .arn, false),
        ("aws:TagKeys", .string, true),
        ("aws:PrincipalServiceNamesList", .string, true),
        ("aws:PrincipalOrgPaths", .string, true),
        ("aws:RequestTag/team", .string, false),
        ("aws:ResourceTag/${TagKey}", .string, false),
        ("aws:PrincipalTag/cost-center", .string, false),
        ("s3:ExistingObjectTag/project", .string, false),
        ("s3:max-keys", .numeric, false),
        ("ec2:ResourceTag/Name", .string, false),
        ("kms:EncryptionContext:purpose", .string, false),
        ("codebuild:secondarySources/src1.location", .string, false),
        ("token.actions.example.ghe.com:actor", .string, false),
    ])
    func keyTypes(_ key: String, _ type: ConditionKeyType, _ multivalued: Bool) throws {
        let definition = try #require(catalog.conditionKey(key))
        #expect(definition.types.contains(type))
        #expect(definition.isMultivalued == multivalued)
    }

    @Test func epochTimeTakesDatesAndNumbers() throws {
        let epoch = try #require(catalog.conditionKey("aws:EpochTime"))
        #expect(epoch.accepts(.date))
        #expect(epoch.accepts(.numeric))
        #expect(!epoch.accepts(.string))
    }

    @Test func globalKeysAreMarked() throws {
        #expect(try #require(catalog.conditionKey("aws:SourceVpce")).isGlobal)
        #expect(try #require(catalog.conditionKey("s3:prefix")).isGlobal == false)
    }

    @Test func unknownKeysAreNil() {
        #expect(catalog.conditionKey("aws:NoSuchKey") == nil)
        #expect(catalog.conditionKey("aws:RequestTag/") == nil)
        #expect(catalog.conditionKey("s3:ExistingObjectTag") == nil)
    }

    @Test(arguments: [
        (ConditionKeyType.string, OperatorFamily.string, true),
        (.arn, .string, true),
        (.arn, .arn, true),
        (.string, .arn, false),
        (.string, .numeric, false),
        (.numeric, .numeric, true),
        (.date, .date, true),
        (.bool, .boolean, true),
        (.string, .boolean, false),
        (.ipAddress, .ipAddress, true),
        (.string, .ipAddress, false),
        (.string, .null, true),
    ])
    func operatorFamilies(_ type: ConditionKeyType, _ family: OperatorFamily, _ accepted: Bool) {
        #expect(type.accepts(family) == accepted)
    }
}
