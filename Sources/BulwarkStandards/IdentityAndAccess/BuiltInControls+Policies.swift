import BulwarkControls
import BulwarkIAM
import BulwarkModels

// Practice: least privilege — no admin-equivalent customer policies, no service-wide wildcards,
// decided by the IAM evaluator over each policy's document.

extension BuiltInControls {
    /// The parsed default version of a customer managed policy that is attached, or `nil` with the
    /// reason the control does not apply.
    static func attachedCustomerDocument(
        _ policy: ManagedPolicy,
        fileID: String = #fileID,
        line: Int = #line,
        @CheckBuilder _ body: (PolicyDocument) -> [Check]
    ) -> [Check] {
        if policy.isAWSManaged { return [notApplicable("an AWS managed policy", fileID: fileID, line: line)] }
        if policy.attachmentCount == 0 {
            return [notApplicable("not attached to any identity", fileID: fileID, line: line)]
        }
        switch IAMResources.document(policy.defaultVersion?.document, "\(policy.arn)") {
        case .value(let document): return body(document)
        case .notConfigured:
            return [
                unknown(
                    code: Unreadable.notCollected.rawValue,
                    "the default version of \(policy.arn) is not in the snapshot",
                    fileID: fileID,
                    line: line
                )
            ]
        case .unknown(let reason): return [unknown(reason, fileID: fileID, line: line)]
        }
    }

    /// IAM-011: users get permissions only through groups.
    static let permissionsThroughGroups: Control = Control(
        id: "IAM-011",
        title: "IAM users receive permissions only through groups",
        domain: .identityAndAccess,
        severity: .low,
        references: [.cis5("1.14"), .cis7("2.13"), .fsbp("IAM.2")],
        rationale: "Practice: least privilege. Permissions attached to groups are reviewed in one place; "
            + "permissions attached to individual users drift.",
        remediation: Remediation(
            "Move the user's policies to a group and add the user to it.",
            cli: "aws iam detach-user-policy --user-name <user> --policy-arn <arn> && aws iam add-user-to-group "
                + "--user-name <user> --group-name <group>"
        ),
        over: \.iam.users
    ) { user, _ in
        expect(
            user.attachedManagedPolicies.isEmpty && user.userPolicyList.isEmpty,
            "\(user.userName) has \(user.attachedManagedPolicies.count) attached and \(user.userPolicyList.count) "
                + "inline policies of its own"
        )
    }

    /// IAM-012: no attached customer managed policy grants full administrative access.
    static let noAdministratorPolicies: Control = Control(
        id: "IAM-012",
        title: "No attached customer managed policy grants full \"*:*\" administrative access",
        domain: .identityAndAccess,
        severity: .high,
        references: [.cis5("1.15"), .cis7("2.14"), .fsbp("IAM.1")],
        rationale: "Practice: least privilege (no admin-equivalent customer policies). The IAM evaluator is asked "
            + "whether the policy alone allows an action of a service that does not exist on a resource of it, "
            + "which only a full wildcard (or its NotAction/NotResource equivalent) allows.",
        remediation: Remediation(
            "Replace the policy's wildcard statement with the actions and resources the identities need.",
            cli: "aws iam create-policy-version --policy-arn <arn> --policy-document file://least-privilege.json "
                + "--set-as-default"
        ),
        over: \.iam.policies
    ) { policy, context in
        attachedCustomerDocument(policy) { document in
            expect(
                !document.grantsFullAdministration(account: context.accountID),
                "\(policy.name) allows every action on every resource"
            )
        }
    }

    /// IAM-013: customer managed policies do not allow every action of a service.
    static let noServiceWildcards: Control = Control(
        id: "IAM-013",
        title: "Customer managed policies do not allow every action of a service (\"service:*\")",
        domain: .identityAndAccess,
        severity: .low,
        references: [.fsbp("IAM.21")],
        rationale: "Practice: least privilege (no service-wide wildcards). For each service the policy names, "
            + "the evaluator is asked about an action that service does not have: only a service-wide wildcard "
            + "allows it.",
        remediation: Remediation(
            "List the specific actions the identities need instead of \"service:*\".",
            cli:
                "aws iam create-policy-version --policy-arn <arn> --policy-document file://scoped.json --set-as-default"
        ),
        over: \.iam.policies
    ) { policy, context in
        attachedCustomerDocument(policy) { document in
            let probe = PrincipalPolicies(
                principalARN: "arn:\(context.partition):iam::\(context.accountID):role/bulwark-probe",
                compiled: PolicySet(identityPolicies: [document]).compiled()
            )
            let wildcards = document.allowedServices.filter { service in
                document.allowedResources.contains { resource in
                    probe.allows("\(service):BulwarkProbeAction", on: resource, account: context.accountID)
                }
            }
            expect(
                wildcards.isEmpty,
                "\(policy.name) allows every action of \(wildcards.joined(separator: ", "))",
                evidence: ["services": .list(wildcards.map { .string($0) })]
            )
        }
    }

    /// IAM-014: no customer managed policy allows decrypting with every KMS key.
    static let noDecryptOnAllKeys: Control = Control(
        id: "IAM-014",
        title: "No customer managed policy allows kms:Decrypt or kms:ReEncryptFrom on all KMS keys",
        domain: .identityAndAccess,
        severity: .medium,
        references: [.fsbp("KMS.1")],
        rationale: "Practice: least privilege. Decrypt on every key turns any encrypted copy of data into "
            + "plaintext; grant it on the keys a workload uses.",
        remediation: Remediation(
            "Limit kms:Decrypt and kms:ReEncryptFrom to the ARNs of the keys the identities need.",
            cli:
                "aws iam create-policy-version --policy-arn <arn> --policy-document file://scoped.json --set-as-default"
        ),
        over: \.iam.policies
    ) { policy, context in
        attachedCustomerDocument(policy) { document in
            // The default key policy delegates to IAM (AWS KMS Developer Guide, "Default key policy").
            let keyPolicy = PolicyDocument.delegatingToIAM(account: context.accountID, partition: context.partition)
            let probe = PrincipalPolicies(
                principalARN: "arn:\(context.partition):iam::\(context.accountID):role/bulwark-probe",
                compiled: PolicySet(identityPolicies: [document], resourcePolicy: keyPolicy).compiled()
            )
            let key = "arn:\(context.partition):kms:us-east-1:\(context.accountID):key/bulwark-probe-key"
            for action in ["kms:Decrypt", "kms:ReEncryptFrom"] {
                expect(
                    !probe.allows(action, on: key, account: context.accountID),
                    "\(policy.name) allows \(action) on every KMS key"
                )
            }
        }
    }

    /// IAM-016: a support role exists.
    static let supportRole: Control = Control(
        id: "IAM-016",
        title: "An IAM role has the AWSSupportAccess policy to manage incidents with AWS Support",
        domain: .identityAndAccess,
        severity: .low,
        references: [.cis5("1.16"), .cis7("2.15"), .fsbp("IAM.18")],
        rationale: "Practice: least privilege. A dedicated support role lets people open cases without broader "
            + "permissions, and without the root user.",
        remediation: Remediation(
            "Create a role for your support staff and attach AWSSupportAccess.",
            cli: "aws iam attach-role-policy --role-name <role> --policy-arn arn:aws:iam::aws:policy/AWSSupportAccess"
        )
    ) { context in
        expect(context.snapshot.iam.roles, "no IAM role has AWSSupportAccess attached") { roles in
            roles.contains { role in
                role.attachedManagedPolicies.contains { "\($0.policyARN)".hasSuffix(":policy/AWSSupportAccess") }
            }
        }
    }

    /// IAM-020: AWSCloudShellFullAccess is not attached.
    static let noCloudShellFullAccess: Control = Control(
        id: "IAM-020",
        title: "AWSCloudShellFullAccess is not attached to any IAM identity",
        domain: .identityAndAccess,
        severity: .medium,
        references: [.cis5("1.21"), .cis7("2.20"), .fsbp("IAM.27")],
        rationale: "Practice: least privilege. CloudShell full access allows uploading and downloading files to a "
            + "shell with the identity's credentials, a data-exfiltration path.",
        remediation: Remediation(
            "Detach AWSCloudShellFullAccess and grant a scoped policy instead.",
            cli:
                "aws iam detach-role-policy --role-name <role> --policy-arn arn:aws:iam::aws:policy/AWSCloudShellFullAccess"
        )
    ) { context in
        let iam = context.snapshot.iam
        let name = ":policy/AWSCloudShellFullAccess"
        ifConfigured(iam.users) { users in
            expect(
                !users.contains { $0.attachedManagedPolicies.contains { "\($0.policyARN)".hasSuffix(name) } },
                "a user has AWSCloudShellFullAccess attached"
            )
        }
        ifConfigured(iam.roles) { roles in
            expect(
                !roles.contains { $0.attachedManagedPolicies.contains { "\($0.policyARN)".hasSuffix(name) } },
                "a role has AWSCloudShellFullAccess attached"
            )
        }
        ifConfigured(iam.groups) { groups in
            expect(
                !groups.contains { $0.attachedManagedPolicies.contains { "\($0.policyARN)".hasSuffix(name) } },
                "a group has AWSCloudShellFullAccess attached"
            )
        }
        pass()
    }
}

extension PolicyDocument {
    /// The default KMS key policy: the account's root may do everything, so IAM policies decide.
    static func delegatingToIAM(account: String, partition: String) -> PolicyDocument {
        PolicyDocument(
            statements: [
                PolicyStatement(
                    effect: .allow,
                    principal: .principal(.entries([PrincipalEntry(.aws, "arn:\(partition):iam::\(account):root")])),
                    action: .action(["kms:*"]),
                    resource: .resource(["*"])
                )
            ]
        )
    }

    /// The service prefixes the document's `Allow` statements name in `Action`.
    var allowedServices: [String] {
        var services: [String] = []
        for statement in statements where statement.effect == .allow && !statement.action.isNegated {
            for pattern in statement.action.patterns {
                guard let colon = pattern.firstIndex(of: ":") else { continue }
                let service = pattern[..<colon].lowercased()
                if !service.contains("*"), !services.contains(service) { services.append(service) }
            }
        }
        return services
    }

    /// The resource patterns the document's `Allow` statements name, plus `*`, used as probe resources.
    var allowedResources: [String] {
        var resources = ["*"]
        for statement in statements where statement.effect == .allow {
            guard case .resource(let patterns)? = statement.resource else { continue }
            for pattern in patterns where !resources.contains(pattern) { resources.append(pattern) }
        }
        return resources
    }
}
