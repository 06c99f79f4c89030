// ARNs of common resources from their parts (formats from the Service Authorization Reference).

extension ARN {
    /// `arn:PARTITION:iam::ACCOUNT:root`, the account as a principal.
    public static func accountRoot(_ account: String, partition: String = "aws") -> ARN {
        ARN(partition: partition, service: "iam", account: account, resource: "root")
    }

    /// `arn:PARTITION:iam::ACCOUNT:role/PATHNAME`; `path` starts and ends with `/`.
    public static func iamRole(_ name: String, account: String, path: String = "/", partition: String = "aws") -> ARN {
        ARN(partition: partition, service: "iam", account: account, resource: "role\(path)\(name)")
    }

    /// `arn:PARTITION:iam::ACCOUNT:user/PATHNAME`; `path` starts and ends with `/`.
    public static func iamUser(_ name: String, account: String, path: String = "/", partition: String = "aws") -> ARN {
        ARN(partition: partition, service: "iam", account: account, resource: "user\(path)\(name)")
    }

    /// `arn:PARTITION:sts::ACCOUNT:assumed-role/ROLE/SESSION`, a role session.
    public static func assumedRole(_ role: String, session: String, account: String, partition: String = "aws")
        -> ARN
    {
        ARN(partition: partition, service: "sts", account: account, resource: "assumed-role/\(role)/\(session)")
    }

    /// `arn:PARTITION:s3:::BUCKET`.
    public static func s3Bucket(_ bucket: String, partition: String = "aws") -> ARN {
        ARN(partition: partition, service: "s3", resource: bucket)
    }

    /// `arn:PARTITION:s3:::BUCKET/KEY`; the key may be a pattern with variables (`home/${aws:username}/*`).
    public static func s3Object(bucket: String, key: PolicyText, partition: String = "aws") -> ARN {
        ARN(partition: partition, service: "s3", resource: "\(bucket)/\(key.text)")
    }
}
