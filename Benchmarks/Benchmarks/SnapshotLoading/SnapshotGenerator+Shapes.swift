import Foundation

extension SnapshotGenerator {
    func authorizationDetails(_ scale: Scale) -> String {
        let users = (0..<scale.users).map { index in
            """
            {"Path": "/", "UserName": "user-\(index)", "UserId": "AIDA\(index)", "Arn": "arn:aws:iam::\(account):user/user-\(index)",
             "CreateDate": "2024-01-01T00:00:00+00:00", "GroupList": ["developers"],
             "AttachedManagedPolicies": [{"PolicyName": "policy-\(index % scale.policies)", "PolicyArn": "arn:aws:iam::\(account):policy/policy-\(index % scale.policies)"}],
             "UserPolicyList": [{"PolicyName": "inline", "PolicyDocument": \(identityPolicy(index))}], "Tags": []}
            """
        }
        let roles = (0..<scale.roles).map { index in
            """
            {"Path": "/", "RoleName": "role-\(index)", "RoleId": "AROA\(index)", "Arn": "arn:aws:iam::\(account):role/role-\(index)",
             "CreateDate": "2024-01-01T00:00:00+00:00",
             "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
               "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]},
             "InstanceProfileList": [], "RolePolicyList": [], "AttachedManagedPolicies": [], "Tags": [], "RoleLastUsed": {}}
            """
        }
        let policies = (0..<scale.policies).map { index in
            """
            {"PolicyName": "policy-\(index)", "PolicyId": "ANPA\(index)", "Arn": "arn:aws:iam::\(account):policy/policy-\(index)",
             "Path": "/", "DefaultVersionId": "v1", "AttachmentCount": 2, "PermissionsBoundaryUsageCount": 0, "IsAttachable": true,
             "CreateDate": "2024-01-01T00:00:00+00:00", "UpdateDate": "2024-01-01T00:00:00+00:00",
             "PolicyVersionList": [{"Document": \(identityPolicy(index)), "VersionId": "v1", "IsDefaultVersion": true,
               "CreateDate": "2024-01-01T00:00:00+00:00"}]}
            """
        }
        return """
            {"UserDetailList": [\(users.joined(separator: ",\n"))],
             "GroupDetailList": [{"Path": "/", "GroupName": "developers", "GroupId": "AGPA1", "Arn": "arn:aws:iam::\(account):group/developers",
               "CreateDate": "2024-01-01T00:00:00+00:00", "GroupPolicyList": [], "AttachedManagedPolicies": []}],
             "RoleDetailList": [\(roles.joined(separator: ",\n"))],
             "Policies": [\(policies.joined(separator: ",\n"))], "IsTruncated": false}
            """
    }

    func identityPolicy(_ index: Int) -> String {
        """
        {"Version": "2012-10-17", "Statement": [
          {"Sid": "Read", "Effect": "Allow", "Action": ["s3:GetObject", "s3:ListBucket"],
           "Resource": ["arn:aws:s3:::bucket-\(index)", "arn:aws:s3:::bucket-\(index)/*"]},
          {"Effect": "Allow", "Action": "dynamodb:Query", "Resource": "arn:aws:dynamodb:us-east-1:\(account):table/t-\(index)",
           "Condition": {"StringEquals": {"aws:RequestedRegion": "us-east-1"}}}]}
        """
    }

    func bucketCalls(_ index: Int) -> [(String, String)] {
        let policy = """
            {"Version":"2012-10-17","Statement":[{"Sid":"DenyInsecure","Effect":"Deny","Principal":"*","Action":"s3:*",\
            "Resource":["arn:aws:s3:::bucket-\(index)","arn:aws:s3:::bucket-\(index)/*"],\
            "Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}
            """
        return [
            ("get-bucket-location", "{\"LocationConstraint\": null}"),
            ("get-bucket-policy", "{\"Policy\": \(jsonString(policy))}"),
            ("get-bucket-policy-status", "{\"PolicyStatus\": {\"IsPublic\": false}}"),
            (
                "get-bucket-acl",
                """
                {"Owner": {"ID": "abc"}, "Grants": [{"Grantee": {"ID": "abc", "Type": "CanonicalUser"}, "Permission": "FULL_CONTROL"}]}
                """
            ),
            (
                "get-public-access-block",
                """
                {"PublicAccessBlockConfiguration": {"BlockPublicAcls": true, "IgnorePublicAcls": true,
                 "BlockPublicPolicy": true, "RestrictPublicBuckets": true}}
                """
            ),
            ("get-bucket-ownership-controls", "{\"OwnershipControls\": {\"Rules\": [{\"ObjectOwnership\": \"BucketOwnerEnforced\"}]}}"),
            (
                "get-bucket-encryption",
                """
                {"ServerSideEncryptionConfiguration": {"Rules": [{"ApplyServerSideEncryptionByDefault":
                 {"SSEAlgorithm": "aws:kms", "KMSMasterKeyID": "key-\(index % 500)"}, "BucketKeyEnabled": true}]}}
                """
            ),
            ("get-bucket-versioning", index % 3 == 0 ? "{}" : "{\"Status\": \"Enabled\", \"MFADelete\": \"Disabled\"}"),
            ("get-bucket-logging", "{\"LoggingEnabled\": {\"TargetBucket\": \"logs\", \"TargetPrefix\": \"bucket-\(index)/\"}}"),
            (
                "get-object-lock-configuration",
                "{\"ObjectLockConfiguration\": {\"ObjectLockEnabled\": \"Enabled\"}}"
            ),
        ]
    }

    func securityGroups(_ count: Int) -> String {
        let groups = (0..<count).map { index in
            """
            {"Description": "group \(index)", "GroupName": "sg-\(index)", "GroupId": "sg-\(index)", "OwnerId": "\(account)", "VpcId": "vpc-1",
             "IpPermissions": [{"FromPort": 443, "ToPort": 443, "IpProtocol": "tcp", "IpRanges": [{"CidrIp": "10.0.0.0/8"}],
               "Ipv6Ranges": [], "PrefixListIds": [], "UserIdGroupPairs": [{"GroupId": "sg-\((index + 1) % count)", "UserId": "\(account)"}]}],
             "IpPermissionsEgress": [{"IpProtocol": "-1", "IpRanges": [{"CidrIp": "0.0.0.0/0"}], "Ipv6Ranges": [], "PrefixListIds": [],
               "UserIdGroupPairs": []}]}
            """
        }
        return "{\"SecurityGroups\": [\(groups.joined(separator: ",\n"))]}"
    }

    func instances(_ count: Int) -> String {
        let reservations = (0..<count).map { index in
            """
            {"ReservationId": "r-\(index)", "OwnerId": "\(account)", "Groups": [], "Instances": [{"InstanceId": "i-\(index)",
             "InstanceType": "m7g.large", "ImageId": "ami-1", "LaunchTime": "2026-01-01T00:00:00+00:00",
             "State": {"Code": 16, "Name": "running"}, "SubnetId": "subnet-1", "VpcId": "vpc-1", "PrivateIpAddress": "10.0.0.\(index % 250)",
             "IamInstanceProfile": {"Arn": "arn:aws:iam::\(account):instance-profile/app", "Id": "AIPA1"},
             "SecurityGroups": [{"GroupId": "sg-\(index % 100)", "GroupName": "sg-\(index % 100)"}],
             "MetadataOptions": {"State": "applied", "HttpTokens": "required", "HttpPutResponseHopLimit": 2, "HttpEndpoint": "enabled"}}]}
            """
        }
        return "{\"Reservations\": [\(reservations.joined(separator: ",\n"))]}"
    }

    func volumes(_ count: Int) -> String {
        let volumes = (0..<count).map { index in
            """
            {"VolumeId": "vol-\(index)", "Encrypted": \(index % 2 == 0), "Size": 8, "State": "in-use", "VolumeType": "gp3",
             "CreateTime": "2026-01-01T00:00:00+00:00", "AvailabilityZone": "us-east-1a",
             "Attachments": [{"InstanceId": "i-\(index % 1_500)", "Device": "/dev/xvda", "State": "attached"}]}
            """
        }
        return "{\"Volumes\": [\(volumes.joined(separator: ",\n"))]}"
    }

    func functions(_ count: Int) -> String {
        let functions = (0..<count).map { index in
            """
            {"FunctionName": "fn-\(index)", "FunctionArn": "arn:aws:lambda:\(region):\(account):function:fn-\(index)",
             "Runtime": "python3.12", "Role": "arn:aws:iam::\(account):role/role-\(index)", "PackageType": "Zip",
             "LastModified": "2026-01-01T00:00:00.000+0000", "Environment": {"Variables": {"STAGE": "prod"}}}
            """
        }
        return "{\"Functions\": [\(functions.joined(separator: ",\n"))]}"
    }

    var keyPolicy: String {
        """
        {"Version":"2012-10-17","Id":"key-default-1","Statement":[{"Sid":"Enable IAM User Permissions","Effect":"Allow",\
        "Principal":{"AWS":"arn:aws:iam::\(account):root"},"Action":"kms:*","Resource":"*"}]}
        """
    }

    func functionPolicy(_ index: Int) -> String {
        """
        {"Version":"2012-10-17","Id":"default","Statement":[{"Sid":"events","Effect":"Allow",\
        "Principal":{"Service":"events.amazonaws.com"},"Action":"lambda:InvokeFunction",\
        "Resource":"arn:aws:lambda:\(region):\(account):function:fn-\(index)",\
        "Condition":{"ArnLike":{"AWS:SourceArn":"arn:aws:events:\(region):\(account):rule/r-\(index)"}}}]}
        """
    }

    func queuePolicy(_ index: Int) -> String {
        """
        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"sns.amazonaws.com"},\
        "Action":"sqs:SendMessage","Resource":"arn:aws:sqs:\(region):\(account):queue-\(index)",\
        "Condition":{"ArnEquals":{"aws:SourceArn":"arn:aws:sns:\(region):\(account):topic"}}}]}
        """
    }

    /// `text` as a JSON string literal.
    func jsonString(_ text: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return (try? encoder.encode(text)).flatMap { String(data: $0, encoding: .utf8) } ?? "\"\""
    }
}
