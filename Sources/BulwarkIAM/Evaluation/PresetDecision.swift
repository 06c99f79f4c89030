/// Requests decided before any policy is evaluated.
enum PresetDecision: Sendable, Hashable {
    /// `sts:GetCallerIdentity`: "No permissions are required", and an explicit deny has no effect
    /// (STS API Reference, GetCallerIdentity).
    case callerIdentity
    /// `sts:GetSessionToken` by an IAM user or the root user: "You cannot use policies to control
    /// authentication operations" (IAM UG, id_credentials_temp_control-access_getsessiontoken).
    case sessionToken
    /// `sts:GetSessionToken` with temporary credentials (a role or federated-user session): STS
    /// refuses it whatever the policies say.
    case sessionTokenFromSession
    /// The root user calling `sts:AssumeRole*`: "Roles may not be assumed by root accounts"
    /// (IAM UG, id_roles_use_switch-role-console).
    case rootAssumingRole
    /// An IAM action that changes an AWS managed policy (`arn:aws:iam::aws:policy/…`): "You cannot
    /// change the permissions defined in AWS managed policies" (IAM UG, access_policies_managed-vs-inline).
    case awsManagedPolicyChange
    /// An IAM action that changes a role IAM Identity Center manages (path `/aws-reserved/sso.amazonaws.com/`),
    /// which only IAM Identity Center may change (IAM UG, id_roles; AWS answers UnmodifiableEntity).
    case reservedRoleChange

    /// A change to an alias reserved for an AWS managed key (`alias/aws/…`): "You cannot create,
    /// update or delete aliases that begin with `alias/aws/`", which AWS reserves for AWS managed keys
    /// (AWS KMS Developer Guide, "Aliases in AWS KMS").
    case reservedKMSAlias

    /// Classifies a request, or `nil` when the policies decide.
    init?(
        _ principal: Principal,
        _ action: RequestAction,
        _ resource: RequestResource,
        _ required: RequiredResourcePolicy?
    ) {
        if action.is("sts:getcalleridentity") {
            self = .callerIdentity
        } else if action.is("sts:getsessiontoken") {
            self = principal.kind == .user || principal.kind == .root ? .sessionToken : .sessionTokenFromSession
        } else if principal.kind == .root, required == .trust, action.bytes.starts(with: "sts:assumerole".utf8) {
            self = .rootAssumingRole
        } else if Self.changesIAM(action), resource.text.contains(":iam::aws:policy/") {
            self = .awsManagedPolicyChange
        } else if Self.changesIAM(action), resource.text.contains(":role/aws-reserved/sso.amazonaws.com/") {
            self = .reservedRoleChange
        } else if Self.changesKMSAlias(action), Self.isReservedKMSAlias(resource) {
            self = .reservedKMSAlias
        } else {
            return nil
        }
    }

    /// Whether an IAM action can change what it names: anything but reading (`Get…`, `List…`),
    /// `PassRole`, report generation and simulation.
    private static func changesIAM(_ action: RequestAction) -> Bool {
        guard action.bytes.starts(with: "iam:".utf8) else { return false }
        return !["iam:get", "iam:list", "iam:passrole", "iam:generate", "iam:simulate"]
            .contains {
                action.bytes.starts(with: $0.utf8)
            }
    }

    /// `kms:CreateAlias`, `kms:UpdateAlias` or `kms:DeleteAlias`.
    private static func changesKMSAlias(_ action: RequestAction) -> Bool {
        action.is("kms:createalias") || action.is("kms:updatealias") || action.is("kms:deletealias")
    }

    /// Whether a resource is a KMS alias ARN whose name starts with `alias/aws/`.
    private static func isReservedKMSAlias(_ r: RequestResource) -> Bool {
        return r.segment(2) == "kms" && r.segmentCount == 6
            && r.bytes[r.segmentStart(5)...].starts(with: "alias/aws/".utf8)
    }

    /// The decision.
    var decision: Decision {
        switch self {
        case .callerIdentity, .sessionToken: .allow
        case .sessionTokenFromSession, .rootAssumingRole, .awsManagedPolicyChange, .reservedRoleChange,
            .reservedKMSAlias:
            .implicitDeny
        }
    }

    /// The rule's public code.
    var code: EvaluationRule.Code {
        switch self {
        case .callerIdentity: .callerIdentity
        case .sessionToken: .sessionToken
        case .sessionTokenFromSession: .sessionTokenFromSession
        case .rootAssumingRole: .rootAssumingRole
        case .awsManagedPolicyChange: .awsManagedPolicyChange
        case .reservedRoleChange: .reservedRoleChange
        case .reservedKMSAlias: .reservedKMSAlias
        }
    }

    /// The rule as a sentence.
    var sentence: String {
        switch self {
        case .callerIdentity:
            "allow: sts:GetCallerIdentity is always allowed, whatever the policies say"
        case .sessionToken:
            "allow: sts:GetSessionToken is an authentication operation that policies cannot control"
        case .sessionTokenFromSession:
            "implicit deny: sts:GetSessionToken cannot be called with temporary (session) credentials"
        case .rootAssumingRole:
            "implicit deny: roles may not be assumed by the account root user"
        case .awsManagedPolicyChange:
            "implicit deny: AWS managed policies cannot be changed, whatever the policies allow"
        case .reservedRoleChange:
            "implicit deny: roles that IAM Identity Center manages cannot be changed through IAM"
        case .reservedKMSAlias:
            "implicit deny: aliases beginning with alias/aws/ belong to AWS managed keys and cannot be created, "
                + "updated or deleted"
        }
    }
}
