import BulwarkControls
import BulwarkModels
import Foundation

// Practices: roles over users, Access Analyzer in every region, unused roles, certificates.

extension BuiltInControls {
    /// IAM-017: running instances use an instance profile.
    static let instanceProfiles: Control = Control(
        id: "IAM-017",
        title: "Running EC2 instances use an IAM instance profile",
        domain: .identityAndAccess,
        severity: .medium,
        references: [.cis5("1.17"), .cis7("2.16")],
        rationale: "Practice: roles over users. An instance role gives short-lived, automatically rotated "
            + "credentials; without one, workloads carry static access keys.",
        remediation: Remediation(
            "Attach an instance profile with the permissions the workload needs.",
            cli: "aws ec2 associate-iam-instance-profile --instance-id <id> --iam-instance-profile Name=<profile>"
        ),
        over: \.ec2.instances
    ) { instance, _ in
        if instance.isRunning {
            expect(instance.iamInstanceProfile != nil, "\(instance.instanceID) runs without an instance profile")
        } else {
            notApplicable("the instance is not running")
        }
    }

    /// IAM-018: no expired server certificates are stored in IAM.
    static let expiredServerCertificates: Control = Control(
        id: "IAM-018",
        title: "No expired SSL/TLS server certificates are stored in IAM",
        domain: .identityAndAccess,
        severity: .medium,
        references: [.cis5("1.18"), .cis7("2.17"), .fsbp("IAM.26")],
        rationale: "Practice: credential rotation. An expired certificate deployed by mistake breaks clients and "
            + "signals unmanaged credentials.",
        remediation: Remediation(
            "Delete the expired certificate (after moving any listener to a current one).",
            cli: "aws iam delete-server-certificate --server-certificate-name <name>"
        ),
        over: \.iam.serverCertificates
    ) { certificate, context in
        if let expiration = certificate.expiration {
            expect(expiration > context.now, "\(certificate.serverCertificateName) expired on \(expiration)")
        } else {
            unknown(
                code: Unreadable.notCollected.rawValue,
                "the expiry of \(certificate.serverCertificateName) is missing"
            )
        }
    }

    /// IAM-019: an active external-access analyzer exists in every region.
    static let accessAnalyzer: Control = Control(
        id: "IAM-019",
        title: "IAM Access Analyzer (external access) is active in every region",
        domain: .identityAndAccess,
        severity: .high,
        references: [.cis5("1.19"), .cis7("2.18"), .fsbp("IAM.28")],
        rationale: "Practice: Access Analyzer enabled per region. Analyzers are regional: a region without one "
            + "does not report resources shared outside the account.",
        remediation: Remediation(
            "Create an account (or organization) analyzer in the region.",
            cli: "aws accessanalyzer create-analyzer --analyzer-name external-access --type ACCOUNT --region <region>",
            console: "IAM › Access Analyzer › Create analyzer"
        ),
        in: .everyRegion
    ) { region, _ in
        expect(region.accessAnalyzer.analyzers, "no active external-access analyzer in \(region.name)") { analyzers in
            analyzers.contains { $0.isActiveExternalAccessAnalyzer }
        }
    }

    /// IAM-022: federation is used instead of IAM users.
    static let federation: Control = Control(
        id: "IAM-022",
        title: "People sign in through federation or IAM Identity Center, not as IAM users",
        domain: .identityAndAccess,
        severity: .low,
        references: [.cis5("1.20"), .cis7("2.19")],
        rationale: "Practice: roles over users. A heuristic: console passwords on IAM users without any SAML or "
            + "OIDC identity provider mean people use long-lived IAM credentials instead of federated roles.",
        remediation: Remediation(
            "Set up IAM Identity Center (or a SAML provider) and remove IAM user console passwords.",
            console: "IAM Identity Center › Enable"
        )
    ) { context in
        let iam = context.snapshot.iam
        let federated =
            (iam.samlProviders.elements?.isEmpty == false) || (iam.openIDConnectProviders.elements?.isEmpty == false)
        if federated {
            pass()
        } else {
            expect(iam.credentialReport, "IAM users sign in to the console and no identity provider is configured") {
                report in
                !report.userRows.contains { $0.passwordEnabled == true }
            }
        }
    }

    /// Days a role may stay unused.
    static let unusedRoleDays = Parameter(
        "unusedRoleDays",
        default: 90,
        "Days without use before a role counts as unused"
    )

    /// IAM-023: roles that are not used are removed.
    static let unusedRoles: Control = Control(
        id: "IAM-023",
        title: "IAM roles unused for 90 days are removed",
        domain: .identityAndAccess,
        severity: .low,
        references: [.documentation("https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_manage_delete.html")],
        rationale: "Practice: unused credentials and least privilege. A role nobody assumes is standing access "
            + "nobody watches.",
        remediation: Remediation(
            "Delete the role once you confirm nothing depends on it.",
            cli: "aws iam delete-role --role-name <role>"
        ),
        parameters: [unusedRoleDays],
        over: \.iam.roles
    ) { role, context in
        let limit = Double(context[unusedRoleDays]) * 86_400
        let since = role.roleLastUsed?.lastUsedDate ?? role.createDate
        if role.isServiceLinked {
            notApplicable("a service-linked role")
        } else if let since {
            expect(
                context.now.timeIntervalSince(since) < limit,
                "\(role.roleName) has not been used for \(context[unusedRoleDays]) days"
            )
        } else {
            unknown(
                code: Unreadable.notCollected.rawValue,
                "neither the last use nor the creation date of \(role.roleName) is known"
            )
        }
    }
}
