import BulwarkAccess

extension ExposureCase {
    static let all: [ExposureCase] = [
        // S3: bucket policy, ACL, Block Public Access.
        ExposureCase(
            name: "bucket policy readable by anyone",
            resource: s3(publicRead + "}"),
            parties: ["anonymous", "account:*"]
        ),
        ExposureCase(
            name: "bucket policy for the organization only",
            resource: s3(publicRead + #","Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-testorg"}}}"#),
            parties: ["organization:o-testorg"]
        ),
        ExposureCase(
            name: "bucket policy for a VPC endpoint only",
            resource: s3(publicRead + #","Condition":{"StringEquals":{"aws:SourceVpce":"vpce-1a2b3c4d"}}}"#),
            parties: nil
        ),
        ExposureCase(
            name: "bucket policy for a public IP range",
            resource: s3(publicRead + #","Condition":{"IpAddress":{"aws:SourceIp":"203.0.113.0/24"}}}"#),
            parties: ["anonymous", "account:*"],
            conditions: ["aws:SourceIp"]
        ),
        ExposureCase(
            name: "bucket policy for a private IP range",
            resource: s3(publicRead + #","Condition":{"IpAddress":{"aws:SourceIp":"10.0.0.0/8"}}}"#),
            parties: nil
        ),
        ExposureCase(
            name: "public bucket policy with RestrictPublicBuckets",
            resource: s3(publicRead + "}", limits: PublicAccessLimits(restrictsPublicPolicies: true)),
            parties: nil
        ),
        ExposureCase(
            name: "public bucket policy behind an unreadable public access block",
            resource: s3(
                publicRead + "}",
                limits: PublicAccessLimits(unknownReasons: ["account public access block: AccessDenied"])
            ),
            parties: nil,
            unknown: "account public access block: AccessDenied"
        ),
        ExposureCase(
            name: "public bucket policy denied by an RCP for the organization",
            resource: s3(publicRead + "}"),
            parties: nil,
            rcps: [[fullRCP, orgOnlyRCP]]
        ),
        ExposureCase(
            name: "bucket policy granting another account",
            resource: s3(
                #"{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::222222222222:root"},"Action":"s3:ListBucket","Resource":"arn:aws:s3:::data"}"#
            ),
            parties: ["account:222222222222"]
        ),
        ExposureCase(
            name: "bucket policy granting its own account",
            resource: s3(
                #"{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111111111111:root"},"Action":"s3:ListBucket","Resource":"arn:aws:s3:::data"}"#
            ),
            parties: nil
        ),
        ExposureCase(
            name: "bucket policy that cannot be read",
            resource: AnalyzedResource(
                arn: bucket,
                resourceType: "AWS::S3::Bucket",
                region: "us-east-1",
                policyName: "bucket policy",
                policy: .unknown("bucket policy: AccessDenied")
            ),
            parties: nil,
            unknown: "bucket policy: AccessDenied"
        ),
        ExposureCase(
            name: "ACL grants AllUsers READ",
            resource: s3(nil, acl: [ACLGrant(grantee: "anonymous", permission: "READ", isPublic: true)]),
            parties: ["anonymous"]
        ),
        ExposureCase(
            name: "ACL grants AllUsers READ with IgnorePublicAcls",
            resource: s3(
                nil,
                acl: [ACLGrant(grantee: "anonymous", permission: "READ", isPublic: true)],
                limits: PublicAccessLimits(ignoresPublicACLs: true)
            ),
            parties: nil
        ),
        // Role trust policies.
        ExposureCase(
            name: "role trusting another account",
            resource: trusting(
                #"{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::222222222222:root"},"Action":"sts:AssumeRole"}"#
            ),
            parties: ["account:222222222222"]
        ),
        ExposureCase(
            name: "role trusting another account with an external id",
            resource: trusting(
                #"{"Effect":"Allow","Principal":{"AWS":"222222222222"},"Action":"sts:AssumeRole","Condition":{"StringEquals":{"sts:ExternalId":"x-1"}}}"#
            ),
            parties: ["account:222222222222"],
            conditions: ["sts:ExternalId"]
        ),
        ExposureCase(
            name: "role trusting its own account",
            resource: trusting(
                #"{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111111111111:root"},"Action":"sts:AssumeRole"}"#
            ),
            parties: nil
        ),
        ExposureCase(
            name: "role trusting a service",
            resource: trusting(
                #"{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}"#
            ),
            parties: nil
        ),
        ExposureCase(
            name: "role trusting GitHub OIDC without a sub condition",
            resource: trusting(
                #"{"Effect":"Allow","Principal":{"Federated":"\#(github)"},"Action":"sts:AssumeRoleWithWebIdentity","Condition":{"StringEquals":{"token.actions.githubusercontent.com:aud":"sts.amazonaws.com"}}}"#
            ),
            parties: ["federated:\(github)"],
            conditions: ["token.actions.githubusercontent.com:aud"],
            note: "no condition on the subject"
        ),
        ExposureCase(
            name: "role trusting GitHub OIDC for one repository",
            resource: trusting(
                #"{"Effect":"Allow","Principal":{"Federated":"\#(github)"},"Action":"sts:AssumeRoleWithWebIdentity","Condition":{"StringLike":{"token.actions.githubusercontent.com:sub":"repo:acme/app:*"}}}"#
            ),
            parties: ["federated:\(github)"],
            conditions: ["token.actions.githubusercontent.com:sub"]
        ),
        // Services and confused deputies.
        ExposureCase(
            name: "queue writable by SNS from any account",
            resource: resource(
                queue,
                "AWS::SQS::Queue",
                #"{"Effect":"Allow","Principal":{"Service":"sns.amazonaws.com"},"Action":"sqs:SendMessage","Resource":"\#(queue)"}"#
            ),
            parties: ["service:sns.amazonaws.com"]
        ),
        ExposureCase(
            name: "queue writable by SNS for its own account only",
            resource: resource(
                queue,
                "AWS::SQS::Queue",
                #"{"Effect":"Allow","Principal":{"Service":"sns.amazonaws.com"},"Action":"sqs:SendMessage","Resource":"\#(queue)","Condition":{"StringEquals":{"aws:SourceAccount":"111111111111"}}}"#
            ),
            parties: nil
        ),
        ExposureCase(
            name: "secret readable by another account's role",
            resource: resource(
                "arn:aws:secretsmanager:us-east-1:111111111111:secret:db-AbCdEf",
                "AWS::SecretsManager::Secret",
                #"{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::333333333333:role/reader"},"Action":"secretsmanager:GetSecretValue","Resource":"*"}"#
            ),
            parties: ["account:333333333333"]
        ),
        ExposureCase(
            name: "key usable by every account in the organization",
            resource: resource(
                "arn:aws:kms:us-east-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab",
                "AWS::KMS::Key",
                #"{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"kms:Decrypt","Resource":"*","Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-testorg"}}}"#
            ),
            parties: ["organization:o-testorg"]
        ),
        ExposureCase(
            name: "key usable only by its own account through a condition",
            resource: resource(
                "arn:aws:kms:us-east-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab",
                "AWS::KMS::Key",
                #"{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"kms:Decrypt","Resource":"*","Condition":{"StringEquals":{"kms:CallerAccount":"111111111111"}}}"#
            ),
            parties: nil
        ),
    ]
}
