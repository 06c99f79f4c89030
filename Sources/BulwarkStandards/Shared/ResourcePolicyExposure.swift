import BulwarkControls
import BulwarkIAM
import BulwarkModels

// The one "resource policy is not public or open to other accounts" template, for every service
// whose resources carry a resource-based policy. Each judgement is the IAM evaluator's, with the
// organization's RCPs; conditions such as aws:PrincipalOrgID, aws:SourceVpce and aws:SourceAccount
// make the anonymous and other-account requests deny, so such statements pass.

extension BuiltInControls {
    /// What a resource-policy control needs to know about one resource type.
    struct PolicyExposure<Resource: AuditedResource>: Sendable {
        /// The resource's ARN, as the policy names it.
        var arn: @Sendable (Resource, ControlContext) -> String
        /// The resource's policy.
        var policy: @Sendable (Resource) -> Observed<EmbeddedPolicy>
        /// Why the control does not apply to a resource (an AWS managed key), or `nil`.
        var skip: @Sendable (Resource) -> String? = { _ in nil }
    }

    /// A control that fails when anonymous callers, or principals of other accounts, are allowed one
    /// of `actions` on a resource by its resource policy.
    static func resourcePolicyNotPublic<Resource: AuditedResource>(
        id: String,
        title: String,
        domain: Domain,
        severity: Severity,
        references: [Reference],
        service: String,
        actions: [String],
        remediation: Remediation,
        over resources: any KeyPath<RegionSnapshot, Observed<[Resource]>> & Sendable,
        exposure: PolicyExposure<Resource>
    ) -> Control {
        let actionSet = Parameter(
            "actions",
            default: actions,
            "Actions that must not be allowed to the public or to other accounts"
        )
        return Control(
            id: id,
            title: title,
            domain: domain,
            severity: severity,
            references: references,
            rationale: "Practice: resource policies are not public or cross-account. The IAM evaluator asks whether "
                + "an anonymous caller, or a principal of another account (including every external account the "
                + "\(service) policy names), is allowed each action; the organization's RCPs apply.",
            remediation: remediation,
            parameters: [actionSet],
            over: resources
        ) { resource, context in
            if let reason = exposure.skip(resource) {
                notApplicable(reason)
            } else {
                let arn = exposure.arn(resource, context)
                for action in context[actionSet] {
                    denies(.anonymous, action, on: arn, policy: exposure.policy(resource), in: context)
                    denies(.anyOtherAccount, action, on: arn, policy: exposure.policy(resource), in: context)
                }
            }
        }
    }

    /// NET-026: ECR repository policies are not public or cross-account.
    static let ecrRepositoryPolicy = resourcePolicyNotPublic(
        id: "NET-026",
        title: "ECR repository policies do not let the public or other accounts pull or push images",
        domain: .infrastructureProtection,
        severity: .high,
        references: [.cis7("2.21")],
        service: "ECR repository",
        actions: ["ecr:BatchGetImage", "ecr:PutImage"],
        remediation: Remediation(
            "Remove the public or cross-account statement, or restrict it with aws:PrincipalOrgID.",
            cli: "aws ecr set-repository-policy --repository-name <repo> --policy-text file://policy.json"
        ),
        over: \.ecr.repositories,
        exposure: PolicyExposure(arn: { repository, _ in repository.repositoryARN.description }, policy: { $0.policy })
    )

    /// DP-023-SNS: SNS topic policies are not public or cross-account.
    static let snsTopicPolicy = resourcePolicyNotPublic(
        id: "DP-023-SNS",
        title: "SNS topic policies do not let the public or other accounts publish or subscribe",
        domain: .dataProtection,
        severity: .critical,
        references: [.cis7("2.21"), .fsbp("SNS.4")],
        service: "SNS topic",
        actions: ["sns:Publish", "sns:Subscribe"],
        remediation: Remediation(
            "Remove the statement with Principal \"*\", or add an aws:SourceAccount or aws:PrincipalOrgID condition.",
            cli:
                "aws sns set-topic-attributes --topic-arn <arn> --attribute-name Policy --attribute-value file://policy.json"
        ),
        over: \.sns.topics,
        exposure: PolicyExposure(
            arn: { topic, _ in "\(topic.topicARN)" },
            policy: { topic in
                topic.attributes.flatMap { $0.policy.map(Observed.value) ?? .notConfigured }
            }
        )
    )

    /// DP-023-SQS: SQS queue policies are not public or cross-account.
    static let sqsQueuePolicy = resourcePolicyNotPublic(
        id: "DP-023-SQS",
        title: "SQS queue policies do not let the public or other accounts send or receive messages",
        domain: .dataProtection,
        severity: .critical,
        references: [.cis7("2.21"), .fsbp("SQS.3")],
        service: "SQS queue",
        actions: ["sqs:SendMessage", "sqs:ReceiveMessage"],
        remediation: Remediation(
            "Remove the public statement, or add an aws:SourceArn / aws:PrincipalOrgID condition.",
            cli: "aws sqs set-queue-attributes --queue-url <url> --attributes file://policy.json"
        ),
        over: \.sqs.queues,
        exposure: PolicyExposure(
            arn: { queue, context in
                queue.attributes.valueIfPresent?.queueARN.map { "\($0)" } ?? queue.resourceARN(in: context.scope)
            },
            policy: { queue in queue.attributes.flatMap { $0.policy.map(Observed.value) ?? .notConfigured } }
        )
    )

    /// DP-023-KMS: key policies are not public or cross-account.
    static let kmsKeyPolicy = resourcePolicyNotPublic(
        id: "DP-023-KMS",
        title: "KMS key policies do not let the public or other accounts decrypt",
        domain: .dataProtection,
        severity: .critical,
        references: [.cis7("2.21"), .fsbp("KMS.5")],
        service: "KMS key",
        actions: ["kms:Decrypt"],
        remediation: Remediation(
            "Remove the public or cross-account statement from the key policy.",
            cli: "aws kms put-key-policy --key-id <key> --policy-name default --policy file://policy.json"
        ),
        over: \.kms.keys,
        exposure: PolicyExposure(
            arn: { key, context in key.keyARN.map { "\($0)" } ?? key.resourceARN(in: context.scope) },
            policy: { $0.policy },
            skip: { $0.isCustomerManaged == false ? "an AWS managed key" : nil }
        )
    )

    /// DP-023-SECRETS: secret policies are not public or cross-account.
    static let secretPolicy = resourcePolicyNotPublic(
        id: "DP-023-SECRETS",
        title: "Secrets Manager resource policies do not let the public or other accounts read secrets",
        domain: .dataProtection,
        severity: .critical,
        references: [.cis7("2.21")],
        service: "secret",
        actions: ["secretsmanager:GetSecretValue"],
        remediation: Remediation(
            "Remove the public or cross-account statement.",
            cli: "aws secretsmanager delete-resource-policy --secret-id <secret>"
        ),
        over: \.secretsManager.secrets,
        exposure: PolicyExposure(arn: { secret, _ in "\(secret.arn)" }, policy: { $0.resourcePolicy })
    )

    /// DP-023-EFS: EFS file-system policies are not public or cross-account.
    static let efsPolicy = resourcePolicyNotPublic(
        id: "DP-023-EFS",
        title: "EFS file-system policies do not let the public or other accounts mount or write",
        domain: .dataProtection,
        severity: .medium,
        references: [.cis7("2.21")],
        service: "EFS file system",
        actions: ["elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite"],
        remediation: Remediation(
            "Remove the public statement, or require aws:SourceVpce / aws:PrincipalOrgID.",
            cli: "aws efs put-file-system-policy --file-system-id <fs> --policy file://policy.json"
        ),
        over: \.efs.fileSystems,
        exposure: PolicyExposure(
            arn: { system, context in system.fileSystemARN.map { "\($0)" } ?? system.resourceARN(in: context.scope) },
            policy: { $0.policy }
        )
    )
}
