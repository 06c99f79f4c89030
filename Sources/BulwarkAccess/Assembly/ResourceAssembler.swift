import BulwarkIAM
import BulwarkModels

/// Gathers every resource that carries a resource-based policy (or ACL) from a snapshot.
struct ResourceAssembler {
    let snapshot: AccountSnapshot

    func assemble() -> (resources: [AnalyzedResource], unknown: [String]) {
        var resources: [AnalyzedResource] = []
        var unknown: [String] = []
        func listed<L: ObservableList>(_ what: String, _ observed: Observed<L>) -> [L.Item] {
            observed.readable(what, &unknown)
        }
        for role in listed("IAM roles", snapshot.iam.roles) {
            let policy: AnalyzedResource.Policy =
                role.assumeRolePolicyDocument?.document.map { .document($0) }
                ?? .unknown("trust policy of \(role.roleName) is missing or not a valid policy")
            resources.append(
                AnalyzedResource(
                    arn: role.arn.description,
                    resourceType: "AWS::IAM::Role",
                    region: "global",
                    policyName: "trust policy of \(role.roleName)",
                    policy: policy
                )
            )
        }
        let accountBlock = snapshot.s3.accountPublicAccessBlock
        for bucket in listed("S3 buckets", snapshot.s3.buckets) {
            resources.append(s3(bucket, accountBlock: accountBlock))
        }
        for region in snapshot.sortedRegions {
            let name = region.name.rawValue
            for key in listed("KMS keys in \(name)", region.kms.keys) {
                let managed = key.metadata.valueIfPresent?.keyManager == .aws
                resources.append(
                    AnalyzedResource(
                        arn: key.keyARN?.description ?? key.keyID,
                        resourceType: "AWS::KMS::Key",
                        region: name,
                        policyName: "key policy of \(key.keyID)",
                        policy: Self.policy(key.policy, what: "key policy"),
                        isAWSManagedKey: managed
                    )
                )
            }
            for queue in listed("SQS queues in \(name)", region.sqs.queues) {
                let arn =
                    queue.attributes.valueIfPresent?.queueARN?.description ?? Self.queueARN(queue.queueURL, snapshot)
                let policy: AnalyzedResource.Policy =
                    switch queue.attributes {
                    case .value(let attributes): Self.policy(attributes.policy)
                    case .notConfigured: .none
                    case .unknown(let reason): .unknown("queue attributes: \(reason)")
                    }
                resources.append(
                    AnalyzedResource(
                        arn: arn,
                        resourceType: "AWS::SQS::Queue",
                        region: name,
                        policyName: "queue policy",
                        policy: policy
                    )
                )
            }
            for topic in listed("SNS topics in \(name)", region.sns.topics) {
                let policy: AnalyzedResource.Policy =
                    switch topic.attributes {
                    case .value(let attributes): Self.policy(attributes.policy)
                    case .notConfigured: .none
                    case .unknown(let reason): .unknown("topic attributes: \(reason)")
                    }
                resources.append(
                    AnalyzedResource(
                        arn: topic.topicARN.description,
                        resourceType: "AWS::SNS::Topic",
                        region: name,
                        policyName: "topic policy",
                        policy: policy
                    )
                )
            }
            for function in listed("Lambda functions in \(name)", region.lambda.functions) {
                resources.append(
                    AnalyzedResource(
                        arn: function.functionARN.description,
                        resourceType: "AWS::Lambda::Function",
                        region: name,
                        policyName: "function policy of \(function.functionName)",
                        policy: Self.policy(function.policy, what: "function policy")
                    )
                )
            }
            for repository in listed("ECR repositories in \(name)", region.ecr.repositories) {
                resources.append(
                    AnalyzedResource(
                        arn: repository.repositoryARN.description,
                        resourceType: "AWS::ECR::Repository",
                        region: name,
                        policyName: "repository policy of \(repository.repositoryName)",
                        policy: Self.policy(repository.policy, what: "repository policy")
                    )
                )
            }
            for bus in listed("EventBridge event buses in \(name)", region.eventBridge.eventBuses) {
                resources.append(
                    AnalyzedResource(
                        arn: bus.arn.description,
                        resourceType: "AWS::Events::EventBus",
                        region: name,
                        policyName: "event bus policy of \(bus.name)",
                        policy: Self.policy(bus.policy)
                    )
                )
            }
            for vault in listed("Glacier vaults in \(name)", region.glacier.vaults) {
                resources.append(
                    AnalyzedResource(
                        arn: vault.vaultARN.description,
                        resourceType: "AWS::Glacier::Vault",
                        region: name,
                        policyName: "vault access policy of \(vault.vaultName)",
                        policy: Self.policy(vault.policy, what: "vault access policy")
                    )
                )
            }
            for domain in listed("OpenSearch domains in \(name)", region.openSearch.domains) {
                resources.append(
                    AnalyzedResource(
                        arn: domain.arn.description,
                        resourceType: "AWS::OpenSearchService::Domain",
                        region: name,
                        policyName: "access policy of domain \(domain.domainName)",
                        policy: Self.policy(domain.accessPolicies)
                    )
                )
            }
            for secret in listed("Secrets Manager secrets in \(name)", region.secretsManager.secrets) {
                resources.append(
                    AnalyzedResource(
                        arn: secret.arn.description,
                        resourceType: "AWS::SecretsManager::Secret",
                        region: name,
                        policyName: "resource policy of secret \(secret.name)",
                        policy: Self.policy(secret.resourcePolicy, what: "secret resource policy")
                    )
                )
            }
        }
        return (resources, unknown)
    }

    private func s3(_ bucket: S3Bucket, accountBlock: Observed<PublicAccessBlockConfiguration>) -> AnalyzedResource {
        var limits = PublicAccessLimits()
        for (level, block) in [("account", accountBlock), ("bucket", bucket.publicAccessBlock)] {
            switch block {
            case .value(let b):
                limits.ignoresPublicACLs = limits.ignoresPublicACLs || b.ignorePublicAcls
                limits.restrictsPublicPolicies = limits.restrictsPublicPolicies || b.restrictPublicBuckets
            case .notConfigured:
                break
            case .unknown(let reason):
                limits.unknownReasons.append("\(level) public access block: \(reason.code)")
            }
        }
        var grants: [ACLGrant] = []
        let enforced = bucket.ownershipControls.valueIfPresent == .bucketOwnerEnforced
        switch bucket.acl {
        case .value(let acl) where !enforced:
            let owner = acl.owner?.id
            for grant in acl.grants {
                let grantee: String
                if grant.grantee.uri == Grantee.allUsersURI {
                    grantee = "anonymous"
                } else if grant.grantee.uri == Grantee.authenticatedUsersURI {
                    grantee = "account:*"
                } else if let id = grant.grantee.id, id != owner {
                    grantee = "canonical-user:\(id)"
                } else {
                    continue
                }
                grants.append(
                    ACLGrant(grantee: grantee, permission: grant.permission.rawValue, isPublic: grant.grantee.isPublic)
                )
            }
        case .unknown(let reason) where !enforced:
            limits.unknownReasons.append("bucket ACL: \(reason.code)")
        default:
            break
        }
        return AnalyzedResource(
            arn: "arn:\(snapshot.partition):s3:::\(bucket.name)",
            resourceType: "AWS::S3::Bucket",
            region: bucket.region.valueIfPresent ?? "global",
            policyName: "bucket policy of \(bucket.name)",
            policy: Self.policy(bucket.policy, what: "bucket policy"),
            aclGrants: grants,
            publicAccessBlock: limits
        )
    }

    /// A resource policy observation as the analysis needs it.
    static func policy(_ observed: Observed<EmbeddedPolicy>, what: String) -> AnalyzedResource.Policy {
        switch observed {
        case .value(let embedded): policy(embedded)
        case .notConfigured: .none
        case .unknown(let reason): .unknown("\(what): \(reason.code)")
        }
    }

    /// A policy held in an attribute: absent means none; present but invalid means unknown.
    static func policy(_ embedded: EmbeddedPolicy?) -> AnalyzedResource.Policy {
        guard let embedded else { return .none }
        return embedded.document.map { .document($0) } ?? .unknown("the policy text is not a valid policy")
    }

    /// The queue ARN from its URL (`https://sqs.REGION.amazonaws.com/ACCOUNT/NAME`).
    static func queueARN(_ url: String, _ snapshot: AccountSnapshot) -> String {
        let parts = url.split(separator: "/")
        let host = parts.count > 1 ? parts[1].split(separator: ".") : []
        let region = host.count > 1 ? String(host[1]) : ""
        let account = parts.count > 2 ? String(parts[2]) : snapshot.accountID
        let name = parts.last.map(String.init) ?? url
        return "arn:\(snapshot.partition):sqs:\(region):\(account):\(name)"
    }
}
