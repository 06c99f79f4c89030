import BulwarkIAM
import Testing

// A 20-statement policy body: its type-checking time is what Scripts/measure-builder-typecheck.sh reports.

/// A data-perimeter and least-privilege identity policy of twenty statements, the size of a large
/// hand-written policy.
func twentyStatementPolicy(account: String, buckets: [String]) throws -> PolicyDocument {
    try PolicyDocument(kind: .identity, id: "Perimeter") {
        Statement(.allow, sid: "ReadArtifacts") {
            Actions("s3:GetObject", "s3:GetObjectVersion")
            Resources(.s3Object(bucket: "artifacts", key: "*"))
        }
        Statement(.allow, sid: "WriteHome") {
            Actions("s3:PutObject")
            Resources(.s3Object(bucket: "home", key: "\(.aws.username)/*"))
        }
        Statement(.allow, sid: "ListHome") {
            Actions("s3:ListBucket")
            Resources(.s3Bucket("home"))
            Condition.stringLike(ConditionKey<String>("s3:prefix"), "", "\(.aws.username)/*")
        }
        Statement(.deny, sid: "DenyInsecureTransport") {
            Actions("s3:*")
            Resources("*")
            Condition.bool(.aws.secureTransport, false)
        }
        Statement(.deny, sid: "DenyOutsideOffice") {
            NotActions("iam:*", "sts:*")
            Resources("*")
            Condition.notIPAddress(.aws.sourceIP, "203.0.113.0/24", "2001:db8::/32")
            Condition.bool(.aws.viaAWSService, false)
        }
        Statement(.deny, sid: "DenyOtherRegions") {
            NotActions("iam:*", "organizations:*", "support:*")
            Resources("*")
            Condition.stringNotEquals(.aws.requestedRegion, "eu-west-1", "us-east-1")
        }
        Statement(.allow, sid: "ManageOwnKeys") {
            Actions("iam:CreateAccessKey", "iam:DeleteAccessKey", "iam:ListAccessKeys")
            Resources(.iamUser("\(ConditionKey<String>.aws.username)", account: account))
        }
        Statement(.deny, sid: "RequireMFA") {
            NotActions("iam:ChangePassword", "iam:GetUser", "sts:GetSessionToken")
            Resources("*")
            Condition.bool(.aws.multiFactorAuthPresent, false).ifExists
        }
        Statement(.allow, sid: "TeamInstances") {
            Actions("ec2:StartInstances", "ec2:StopInstances")
            Resources("arn:aws:ec2:*:\(account):instance/*")
            Condition.stringEquals(.aws.resourceTag("team"), "\(.aws.principalTag("team"))")
        }
        Statement(.allow, sid: "TagOnCreate") {
            Actions("ec2:CreateTags")
            Resources("*")
            Condition.stringEquals(.aws.tagKeys, "team", "cost-center").forAllValues
            Condition.stringEquals(ConditionKey<String>("ec2:CreateAction"), "RunInstances")
        }
        Statement(.allow, sid: "PassAppRole") {
            Actions("iam:PassRole")
            Resources(.iamRole("app", account: account))
            Condition.stringEquals(ConditionKey<String>("iam:PassedToService"), "ecs-tasks.amazonaws.com")
        }
        Statement(.allow, sid: "ReadLogs") {
            Actions("logs:GetLogEvents", "logs:FilterLogEvents")
            Resources("arn:aws:logs:*:\(account):log-group:/app/*")
        }
        Statement(.allow, sid: "Decrypt") {
            Actions("kms:Decrypt")
            Resources("*")
            Condition.stringEquals(.aws.resourceAccount, "\(account)")
            Condition.stringLike(ConditionKey<String>("kms:ViaService"), "s3.*.amazonaws.com")
        }
        Statement(.allow, sid: "Queues") {
            Actions("sqs:SendMessage", "sqs:ReceiveMessage")
            Resources("arn:aws:sqs:*:\(account):app-*")
        }
        Statement(.allow, sid: "Parameters") {
            Actions("ssm:GetParameter", "ssm:GetParametersByPath")
            Resources("arn:aws:ssm:*:\(account):parameter/app/*")
        }
        Statement(.deny, sid: "OrgOnly") {
            Actions("*")
            Resources("*")
            Condition.stringNotEquals(.aws.resourceOrgID, "o-a1b2c3d4e5")
            Condition.null(.aws.resourceOrgID, false)
        }
        Statement(.allow, sid: "Buckets") {
            Actions("s3:GetBucketLocation")
            Resources(buckets.map { ARN.s3Bucket($0) })
        }
        Statement(.deny, sid: "NoLongSessions") {
            Actions("*")
            Resources("*")
            Condition.numericGreaterThan(.aws.multiFactorAuthAge, 43_200)
        }
        Statement(.allow, sid: "Functions") {
            Actions("lambda:InvokeFunction")
            Resources("arn:aws:lambda:*:\(account):function:app-*")
            Condition.arnLike(.aws.sourceARN, "arn:aws:execute-api:*:\(account):*")
        }
        Statement(.deny, sid: "ProtectTrail") {
            Actions("cloudtrail:StopLogging", "cloudtrail:DeleteTrail")
            Resources("*")
        }
    }
}

@Test func twentyStatementPolicyBuildsAndRoundTrips() throws {
    let policy = try twentyStatementPolicy(account: "111122223333", buckets: ["logs", "artifacts"])
    #expect(policy.statements.count == 20)
    #expect(try PolicyDocument(json: policy.jsonString(), kind: .identity) == policy)
}
