/// Whether a statement element must, may or must not appear.
enum ElementRequirement: Sendable {
    case required
    case optional
    case forbidden
}

/// The grammar differences between kinds of policy, from the IAM User Guide element reference and
/// the AWS Organizations SCP and RCP syntax pages.
extension PolicyKind {
    /// `Principal`/`NotPrincipal`: identity-like policies may not name principals ("Policy document
    /// should not specify a principal"); resource, trust, RCP and VPC endpoint statements must (an
    /// endpoint policy "must contain a Principal element": AWS PrivateLink Guide, "Control access to
    /// VPC endpoints using endpoint policies").
    var principalRequirement: ElementRequirement {
        switch self {
        case .identity, .permissionsBoundary, .session, .serviceControl: .forbidden
        case .resource, .trustPolicy, .resourceControl, .endpoint: .required
        }
    }

    /// `Resource`/`NotResource`: a role trust policy has none ("Has prohibited field Resource");
    /// every other kind needs one.
    var resourceRequirement: ElementRequirement {
        self == .trustPolicy ? .forbidden : .required
    }

    /// Whether every character, white space included, counts against the size limit (SCPs and
    /// RCPs, per the Organizations syntax pages); IAM does not count white space.
    var countsWhiteSpace: Bool { self == .serviceControl || self == .resourceControl }

    /// Whether `NotPrincipal` is accepted: not in role trust policies, SCPs or RCPs (NotPrincipal element page).
    var allowsNotPrincipal: Bool { self != .resourceControl && self != .trustPolicy }

    /// Whether the policy is stored by IAM, which limits `Sid` to ASCII letters and digits, requires
    /// unique `Sid`s, and accepts only tab, LF, CR and U+0020–U+00FF in the text.
    var isStoredByIAM: Bool {
        switch self {
        case .identity, .permissionsBoundary, .trustPolicy: true
        default: false
        }
    }

    /// Whether the policy text may only hold tab, LF, CR and U+0020–U+00FF (IAM and STS quotas page).
    var usesIAMCharacterSet: Bool { isStoredByIAM || self == .session }

    /// Size limits in characters, white space outside strings not counted.
    ///
    /// Above `warning` is suspicious, above `error` AWS rejects the policy. From the IAM and STS quotas page
    /// (managed 6,144; inline role 10,240; trust 2,048 by default, 8,192 at most; session 2,048)
    /// and the Organizations quotas page (SCP and RCP 5,120).
    var sizeLimits: (warning: Int?, error: Int?) {
        switch self {
        case .identity: (6_144, 10_240)
        case .permissionsBoundary: (nil, 6_144)
        case .trustPolicy: (2_048, 8_192)
        case .session: (nil, 2_048)
        case .serviceControl, .resourceControl: (nil, 5_120)
        case .resource: (20_480, nil)
        case .endpoint: (nil, 20_480)
        }
    }
}
