import BulwarkControls
import BulwarkModels

// Practices: patch management (SSM managed instances and patch compliance), ECR image scanning,
// WAF on CloudFront.

extension BuiltInControls {
    /// NET-013: running instances are managed by Systems Manager.
    static let ssmManaged: Control = Control(
        id: "NET-013",
        title: "Running EC2 instances are managed by AWS Systems Manager",
        domain: .infrastructureProtection,
        severity: .medium,
        references: [.fsbp("SSM.1")],
        rationale: "Practice: patch management. An instance Systems Manager cannot reach cannot be patched, "
            + "inventoried or accessed without SSH.",
        remediation: Remediation(
            "Install the SSM Agent and attach an instance profile with AmazonSSMManagedInstanceCore.",
            cli: "aws iam attach-role-policy --role-name <instance-role> "
                + "--policy-arn arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"
        ),
        over: \.ec2.instances
    ) { instance, context in
        if instance.isRunning {
            expect(
                context.regionSnapshot?.ssm.managedInstances ?? .notConfigured,
                "\(instance.instanceID) is not an online Systems Manager managed instance"
            ) { managed in
                managed.contains { $0.instanceID == instance.instanceID && $0.isOnline }
            }
        } else {
            notApplicable("the instance is not running")
        }
    }

    /// A compliance-status control over managed instances (`Patch` or `Association`).
    static func ssmCompliance(
        id: String,
        type: String,
        title: String,
        severity: Severity,
        references: [Reference],
        practice: String,
        remediation: Remediation
    ) -> Control {
        Control(
            id: id,
            title: title,
            domain: .infrastructureProtection,
            severity: severity,
            references: references,
            rationale: "Practice: patch management. \(practice)",
            remediation: remediation,
            over: \.ec2.instances
        ) { instance, context in
            let instances = context.regionSnapshot?.ssm.managedInstances ?? .notConfigured
            let managed = instances.valueIfPresent?.contains { $0.instanceID == instance.instanceID } ?? false
            if !instance.isRunning {
                notApplicable("the instance is not running")
            } else if let reason = instances.unreadable {
                unknown(reason)
            } else if !managed {
                notApplicable("not a Systems Manager managed instance (see NET-013)")
            } else {
                expect(
                    context.regionSnapshot?.ssm.compliance(of: instance.instanceID, type: type) ?? .notConfigured,
                    "\(instance.instanceID) has no COMPLIANT \(type) status"
                ) { $0.isCompliant }
            }
        }
    }

    /// NET-019: managed instances are patch compliant.
    static let patchCompliance = ssmCompliance(
        id: "NET-019",
        type: "Patch",
        title: "Systems Manager managed instances are patch compliant",
        severity: .high,
        references: [.fsbp("SSM.2")],
        practice: "Missing security patches are the most common way into a host.",
        remediation: Remediation(
            "Run AWS-RunPatchBaseline with Operation=Install (or a patch policy in Quick Setup).",
            cli: "aws ssm send-command --document-name AWS-RunPatchBaseline --targets Key=InstanceIds,Values=<id> "
                + "--parameters Operation=Install"
        )
    )

    /// NET-018: managed instances have compliant associations.
    static let associationCompliance = ssmCompliance(
        id: "NET-018",
        type: "Association",
        title: "Systems Manager managed instances have COMPLIANT State Manager associations",
        severity: .low,
        references: [.fsbp("SSM.3")],
        practice: "Failed associations mean the desired configuration (agents, hardening, patch scans) is not applied.",
        remediation: Remediation(
            "Fix the failing association and re-run it.",
            cli: "aws ssm start-associations-once --association-ids <association>"
        )
    )

    /// NET-020: ECR repositories scan images.
    static let ecrScanning: Control = Control(
        id: "NET-020",
        title: "ECR repositories scan images on push, or the registry scans continuously",
        domain: .infrastructureProtection,
        severity: .high,
        references: [.fsbp("ECR.1")],
        rationale: "Practice: ECR image scanning. Images carry operating-system and language packages with "
            + "known vulnerabilities.",
        remediation: Remediation(
            "Turn on scan on push, or enhanced scanning for the registry.",
            cli:
                "aws ecr put-image-scanning-configuration --repository-name <repo> --image-scanning-configuration scanOnPush=true"
        ),
        over: \.ecr.repositories
    ) { repository, context in
        if repository.scanOnPush {
            pass()
        } else {
            expect(
                context.regionSnapshot?.ecr.registryScanningConfiguration ?? .notConfigured,
                "\(repository.repositoryName) does not scan images on push and no registry rule scans it"
            ) { $0.scans(repositoryName: repository.repositoryName) }
        }
    }

    /// NET-021: ECR tags are immutable.
    static let ecrImmutableTags: Control = Control(
        id: "NET-021",
        title: "ECR repositories have immutable image tags",
        domain: .infrastructureProtection,
        severity: .medium,
        references: [.fsbp("ECR.2")],
        rationale: "Practice: supply-chain integrity. A mutable tag lets anyone who can push replace the image "
            + "a deployment pulls.",
        remediation: Remediation(
            "Make the repository's tags immutable.",
            cli: "aws ecr put-image-tag-mutability --repository-name <repo> --image-tag-mutability IMMUTABLE"
        ),
        over: \.ecr.repositories
    ) { repository, _ in
        expect(
            repository.imageTagMutability == .immutable,
            "\(repository.repositoryName) allows tags to be overwritten"
        )
    }

    /// NET-011: CloudFront distributions have a WAF web ACL.
    static let distributionWAF: Control = Control(
        id: "NET-011",
        title: "CloudFront distributions are associated with a WAF web ACL",
        domain: .infrastructureProtection,
        severity: .medium,
        references: [.fsbp("CloudFront.6")],
        rationale: "Practice: WAF on internet-facing CloudFront. A web ACL filters common exploits and bots "
            + "at the edge.",
        remediation: Remediation(
            "Associate a web ACL (scope CLOUDFRONT) with the distribution.",
            console: "CloudFront › Distributions › <id> › Security › Edit"
        ),
        over: \.cloudFront.distributions
    ) { distribution, _ in
        expect(distribution.config, "distribution \(distribution.id) has no WAF web ACL") {
            !($0.webACLID ?? "").isEmpty
        }
    }
}
