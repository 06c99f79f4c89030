import BulwarkAccess
import BulwarkControls
import BulwarkIAM
import BulwarkModels

// Practice: least privilege — no privilege-escalation combinations, decided with the evaluator over
// the principal's real policy set (inline, attached, group, permissions boundary and SCPs).

/// A set of actions that, allowed together on any resource, let a principal raise its own privileges.
struct EscalationPath: Sendable {
    /// A short name for reports.
    var name: String
    /// Every action the path needs.
    var actions: [String]

    /// Known escalation paths (Rhino Security Labs' "AWS IAM privilege escalation methods", as
    /// summarised in the IAM User Guide's warnings on iam:PassRole and policy-version management).
    static let known: [EscalationPath] = [
        EscalationPath(name: "create a new default policy version", actions: ["iam:CreatePolicyVersion"]),
        EscalationPath(name: "switch the default policy version", actions: ["iam:SetDefaultPolicyVersion"]),
        EscalationPath(name: "attach a policy to a user", actions: ["iam:AttachUserPolicy"]),
        EscalationPath(name: "attach a policy to a role", actions: ["iam:AttachRolePolicy"]),
        EscalationPath(name: "attach a policy to a group", actions: ["iam:AttachGroupPolicy"]),
        EscalationPath(name: "write a user's inline policy", actions: ["iam:PutUserPolicy"]),
        EscalationPath(name: "write a role's inline policy", actions: ["iam:PutRolePolicy"]),
        EscalationPath(name: "write a group's inline policy", actions: ["iam:PutGroupPolicy"]),
        EscalationPath(name: "add a user to a group", actions: ["iam:AddUserToGroup"]),
        EscalationPath(name: "create another user's access key", actions: ["iam:CreateAccessKey"]),
        EscalationPath(name: "set another user's console password", actions: ["iam:CreateLoginProfile"]),
        EscalationPath(name: "change another user's console password", actions: ["iam:UpdateLoginProfile"]),
        EscalationPath(
            name: "rewrite a role's trust policy",
            actions: ["iam:UpdateAssumeRolePolicy", "sts:AssumeRole"]
        ),
        EscalationPath(name: "pass a role to a new EC2 instance", actions: ["iam:PassRole", "ec2:RunInstances"]),
        EscalationPath(
            name: "pass a role to a new Lambda function",
            actions: ["iam:PassRole", "lambda:CreateFunction", "lambda:InvokeFunction"]
        ),
        EscalationPath(
            name: "pass a role to a CloudFormation stack",
            actions: ["iam:PassRole", "cloudformation:CreateStack"]
        ),
        EscalationPath(
            name: "pass a role to a Glue development endpoint",
            actions: ["iam:PassRole", "glue:CreateDevEndpoint"]
        ),
        EscalationPath(name: "replace a Lambda function's code", actions: ["lambda:UpdateFunctionCode"]),
    ]

    /// The paths `policies` allow on any resource of the account.
    static func open(to policies: PrincipalPolicies, account: String) -> [EscalationPath] {
        known.filter { path in path.actions.allSatisfy { policies.allows($0, on: "*", account: account) } }
    }
}

extension BuiltInControls {
    /// The check that no role of another account may assume `role` without conditions.
    ///
    /// A role of an unrelated account, and of each other account the trust policy names, is asked
    /// about with no request context. Roles, not account roots, are asked: the root user of an
    /// account cannot assume roles (IAM User Guide, "Switching to an IAM role").
    static func trustChecks(_ role: IAMRole, _ trust: EmbeddedPolicy, _ context: ControlContext) -> [Check] {
        guard case .success(let document) = trust.parsed else {
            return [
                unknown(
                    code: UnknownReason.unparsablePolicy,
                    "the trust policy of \(role.roleName) could not be parsed"
                )
            ]
        }
        var accounts = [Requester.placeholderAccount]
        for statement in document.statements where statement.effect == .allow {
            guard case .principal(.entries(let entries))? = statement.principal else { continue }
            for entry in entries where entry.type == .aws {
                let account = entry.value.count == 12 ? entry.value : (try? Principal(entry.value))?.account
                if let account, account != context.accountID, !accounts.contains(account) { accounts.append(account) }
            }
        }
        var set = PolicySet(identityPolicies: [PolicyDocument.allowAll], resourcePolicy: document)
        if let guardrails = context.environment.guardrails.valueIfPresent {
            set.resourceControlPolicies = guardrails.resourceControlPolicies
        }
        let compiled = set.compiled()
        let allowed = accounts.filter { other in
            guard
                let request = try? AuthorizationRequest(
                    principal: "arn:\(context.partition):iam::\(other):role/bulwark-probe",
                    action: "sts:AssumeRole",
                    resource: "\(role.arn)",
                    resourceAccount: context.accountID
                )
            else { return false }
            return compiled.decision(for: request) == .allow
        }
        if !allowed.isEmpty, let reason = context.environment.guardrails.unreadable {
            return [unknown(reason)]
        }
        return [
            expect(
                allowed.isEmpty,
                "\(role.roleName) can be assumed without conditions from account(s) \(allowed.joined(separator: ", "))",
                evidence: ["accounts": .list(allowed.map { .string($0) })]
            )
        ]
    }

    /// Principals allowed to escalate (break-glass or deployment roles), by name.
    static let escalationExemptions = Parameter(
        "exemptPrincipals",
        default: [String](),
        "Names of users or roles that are expected to hold escalation permissions (break-glass, CI deployers)"
    )

    /// The escalation checks of one principal.
    static func escalationChecks(
        _ name: String,
        _ policies: Observed<PrincipalPolicies>,
        _ context: ControlContext,
        fileID: String = #fileID,
        line: Int = #line
    ) -> [Check] {
        if context[escalationExemptions].contains(name) {
            return [notApplicable("\(name) is exempt by parameter", fileID: fileID, line: line)]
        }
        return ifConfigured(policies, fileID: fileID, line: line) { policies in
            let paths = EscalationPath.open(to: policies, account: context.accountID)
            expect(
                paths.isEmpty,
                "\(name) can raise its own privileges: \(paths.map(\.name).joined(separator: "; "))",
                evidence: ["paths": .list(paths.map { .string($0.actions.joined(separator: " + ")) })],
                fileID: fileID,
                line: line
            )
        }
    }

    /// IAM-015: no IAM user can escalate its privileges.
    static let userEscalation: Control = Control(
        id: "IAM-015",
        title: "No IAM user can escalate its own privileges",
        domain: .identityAndAccess,
        severity: .high,
        references: [.documentation("https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html")],
        rationale: "Practice: least privilege (no privilege-escalation combinations). The evaluator decides, over "
            + "the user's own, group, boundary and SCP policies, whether it may perform any known escalation "
            + "combination (iam:PassRole with a compute service, policy-version management, attaching policies…).",
        remediation: Remediation(
            "Remove the escalation actions, scope iam:PassRole to specific roles with iam:PassedToService, or add a "
                + "permissions boundary.",
            cli: "aws iam put-user-permissions-boundary --user-name <user> --permissions-boundary <boundary-arn>"
        ),
        parameters: [escalationExemptions],
        over: \.iam.users
    ) { user, context in
        escalationChecks(
            user.userName,
            context.snapshot.iam.identityPolicies(of: user, guardrails: context.environment.guardrails),
            context
        )
    }

    /// IAM-025: no IAM role can escalate its privileges.
    static let roleEscalation: Control = Control(
        id: "IAM-025",
        title: "No IAM role can escalate its own privileges",
        domain: .identityAndAccess,
        severity: .high,
        references: [.documentation("https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html")],
        rationale: "Practice: least privilege (no privilege-escalation combinations). Same evaluation as IAM-015 "
            + "over each customer role's policies; service-linked roles are managed by AWS and skipped.",
        remediation: Remediation(
            "Remove the escalation actions from the role, or add a permissions boundary.",
            cli: "aws iam put-role-permissions-boundary --role-name <role> --permissions-boundary <boundary-arn>"
        ),
        parameters: [escalationExemptions],
        over: \.iam.roles
    ) { role, context in
        if role.isServiceLinked {
            notApplicable("a service-linked role")
        } else {
            escalationChecks(
                role.roleName,
                context.snapshot.iam.identityPolicies(of: role, guardrails: context.environment.guardrails),
                context
            )
        }
    }

    /// IAM-021: role trust policies do not let other accounts assume the role unconditionally.
    static let roleTrust: Control = Control(
        id: "IAM-021",
        title: "Role trust policies do not let anyone or other accounts assume the role without conditions",
        domain: .identityAndAccess,
        severity: .high,
        references: [.cis7("2.21")],
        rationale: "Practice: least privilege. The evaluator asks whether a principal of an unrelated account (and "
            + "every external account the trust policy names) may call sts:AssumeRole with no request context: "
            + "conditions such as sts:ExternalId, aws:PrincipalOrgID or aws:SourceAccount make it deny.",
        remediation: Remediation(
            "Name the trusted principals exactly and add an sts:ExternalId or aws:PrincipalOrgID condition.",
            cli: "aws iam update-assume-role-policy --role-name <role> --policy-document file://trust.json"
        ),
        over: \.iam.roles
    ) { role, context in
        if role.isServiceLinked {
            notApplicable("a service-linked role")
        } else if let trust = role.assumeRolePolicyDocument {
            trustChecks(role, trust, context)
        } else {
            unknown(
                code: Unreadable.notCollected.rawValue,
                "the trust policy of \(role.roleName) is not in the snapshot"
            )
        }
    }
}
