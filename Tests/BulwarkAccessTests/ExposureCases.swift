import BulwarkAccess

/// One exposure scenario: a resource, its policy, and the parties expected to reach it.
struct ExposureCase: Sendable, CustomStringConvertible {
    var name: String
    var resource: AnalyzedResource
    /// Expected parties, or `nil` for "not exposed".
    var parties: [String]?
    /// Condition keys the exposure depends on.
    var conditions: [String] = []
    /// Expected unknown reason (prefix), when exposure cannot be decided.
    var unknown: String?
    var rcps: [[String]] = []
    var note: String?

    var description: String { name }

    static let bucket = "arn:aws:s3:::data"
    static let queue = "arn:aws:sqs:us-east-1:111111111111:jobs"
    static let role = TestAccount.role("shared")

    static func policy(_ statement: String) -> String { #"{"Version":"2012-10-17","Statement":[\#(statement)]}"# }

    static func s3(_ statement: String?, acl: [ACLGrant] = [], limits: PublicAccessLimits = PublicAccessLimits())
        -> AnalyzedResource
    {
        AnalyzedResource(
            arn: bucket,
            resourceType: "AWS::S3::Bucket",
            region: "us-east-1",
            policyName: "bucket policy",
            policy: statement.map { .document(parse(policy($0))) } ?? .none,
            aclGrants: acl,
            publicAccessBlock: limits
        )
    }

    static func resource(_ arn: String, _ type: String, _ statement: String) -> AnalyzedResource {
        AnalyzedResource(
            arn: arn,
            resourceType: type,
            region: "us-east-1",
            policyName: "policy",
            policy: .document(parse(policy(statement)))
        )
    }

    static func trusting(_ statement: String) -> AnalyzedResource { resource(role, "AWS::IAM::Role", statement) }

    static let publicRead =
        #"{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::data/*""#
    static let github = "arn:aws:iam::111111111111:oidc-provider/token.actions.githubusercontent.com"
    static let orgOnlyRCP = #"""
        {"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"*",
         "Condition":{"StringNotEqualsIfExists":{"aws:PrincipalOrgID":"o-testorg"},"BoolIfExists":{"aws:PrincipalIsAWSService":"false"}}}]}
        """#
    static let fullRCP =
        #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"*","Resource":"*"}]}"#
}
