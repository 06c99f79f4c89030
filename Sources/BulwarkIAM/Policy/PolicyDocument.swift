/// An IAM JSON policy document: identity, resource-based, boundary, session, SCP, RCP or endpoint policy.
///
/// A `PolicyDocument` is a plain value. Build one by hand in a test, or parse policy JSON with
/// ``PolicyDocument/init(json:kind:)`` or `PolicyDocument.parse(_:kind:)`, which reports every problem
/// with its JSON path, line and column.
///
/// The model keeps what AWS keeps: element names are normalised (`Statement` written as one object
/// or as an array both become ``statements``), but values stay as written, so a document can be
/// encoded back to canonical JSON and decoded again to an equal value.
public struct PolicyDocument: Sendable, Hashable {
    /// The `Version` element, or `nil` when the document has none.
    ///
    /// Without `2012-10-17`, policy variables such as `${aws:username}` are literal text.
    public var version: PolicyVersion?
    /// The optional `Id` element.
    public var id: String?
    /// The statements, in document order.
    public var statements: [PolicyStatement]

    /// Creates a policy document.
    public init(version: PolicyVersion? = .v2012_10_17, id: String? = nil, statements: [PolicyStatement]) {
        self.version = version
        self.id = id
        self.statements = statements
    }

    /// Whether `${…}` policy variables are substituted in this document (only under `2012-10-17`).
    public var supportsPolicyVariables: Bool { version == .v2012_10_17 }
}

/// The value of a policy's `Version` element.
public struct PolicyVersion: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    /// The version text as written, such as `2012-10-17`.
    public var rawValue: String

    /// Creates a version from its text.
    ///
    /// Any text is representable; validation rejects unknown versions.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// The current policy language version; policy variables work only here.
    public static let v2012_10_17 = PolicyVersion(rawValue: "2012-10-17")
    /// The original policy language version; `${…}` is literal text.
    public static let v2008_10_17 = PolicyVersion(rawValue: "2008-10-17")

    /// The version text.
    public var description: String { rawValue }
}

/// One statement of a policy.
public struct PolicyStatement: Sendable, Hashable {
    /// The optional `Sid` element.
    public var sid: String?
    /// `Allow` or `Deny`.
    public var effect: Effect
    /// `Principal` or `NotPrincipal`, or `nil` when the statement has neither (identity policies, SCPs).
    public var principal: PrincipalClause?
    /// `Action` or `NotAction`.
    public var action: ActionClause
    /// `Resource` or `NotResource`, or `nil` when the statement has neither (role trust policies).
    public var resource: ResourceClause?
    /// The `Condition` element flattened to one entry per operator and key, in document order.
    public var conditions: [Condition]

    /// Creates a statement.
    public init(
        sid: String? = nil,
        effect: Effect,
        principal: PrincipalClause? = nil,
        action: ActionClause,
        resource: ResourceClause? = nil,
        conditions: [Condition] = []
    ) {
        self.sid = sid
        self.effect = effect
        self.principal = principal
        self.action = action
        self.resource = resource
        self.conditions = conditions
    }
}

/// The `Effect` of a statement.
public enum Effect: String, Sendable, Hashable, CaseIterable {
    /// The statement grants what it matches.
    case allow = "Allow"
    /// The statement denies what it matches; an explicit deny always wins.
    case deny = "Deny"
}

/// `Action` (the listed actions) or `NotAction` (every action except the listed ones).
public enum ActionClause: Sendable, Hashable {
    /// `Action`: the patterns the statement applies to.
    case action([String])
    /// `NotAction`: the statement applies to every action except these patterns.
    case notAction([String])

    /// The patterns as written.
    public var patterns: [String] {
        switch self {
        case .action(let p), .notAction(let p): p
        }
    }

    /// Whether this is `NotAction`.
    public var isNegated: Bool {
        if case .notAction = self { return true }
        return false
    }
}

/// `Resource` (the listed resources) or `NotResource` (every resource except the listed ones).
public enum ResourceClause: Sendable, Hashable {
    /// `Resource`: ARN patterns the statement applies to.
    case resource([String])
    /// `NotResource`: the statement applies to every resource except these ARN patterns.
    case notResource([String])

    /// The patterns as written.
    public var patterns: [String] {
        switch self {
        case .resource(let p), .notResource(let p): p
        }
    }

    /// Whether this is `NotResource`.
    public var isNegated: Bool {
        if case .notResource = self { return true }
        return false
    }
}

/// `Principal` or `NotPrincipal`.
public enum PrincipalClause: Sendable, Hashable {
    /// `Principal`: the principals the statement applies to.
    case principal(PrincipalSet)
    /// `NotPrincipal`: the statement applies to every principal except these.
    case notPrincipal(PrincipalSet)

    /// The principals as written.
    public var set: PrincipalSet {
        switch self {
        case .principal(let s), .notPrincipal(let s): s
        }
    }

    /// Whether this is `NotPrincipal`.
    public var isNegated: Bool {
        if case .notPrincipal = self { return true }
        return false
    }
}

/// The value of a `Principal` or `NotPrincipal` element.
public enum PrincipalSet: Sendable, Hashable {
    /// `"Principal": "*"`: everyone, including anonymous callers.
    case any
    /// `"Principal": {"AWS": …, "Service": …}`: the listed principals, by type, in document order.
    case entries([PrincipalEntry])
}

/// One principal named in a `Principal` element, such as `"AWS": "arn:aws:iam::111122223333:root"`.
public struct PrincipalEntry: Sendable, Hashable {
    /// The key it was listed under: `AWS`, `Service`, `Federated` or `CanonicalUser`.
    public var type: PrincipalType
    /// The value as written: an ARN, a bare account id, a service name, a provider, or `*`.
    public var value: String

    /// Creates a principal entry.
    public init(_ type: PrincipalType, _ value: String) {
        self.type = type
        self.value = value
    }
}

/// The key of a principal in a `Principal` element (an open set: unknown keys stay representable).
public struct PrincipalType: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    /// The key as written.
    public var rawValue: String
    /// Creates a principal type from its key.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// IAM users, roles, role sessions, federated users, accounts (`arn:aws:iam::ID:root` or `ID`).
    public static let aws = PrincipalType(rawValue: "AWS")
    /// AWS service principals such as `lambda.amazonaws.com`.
    public static let service = PrincipalType(rawValue: "Service")
    /// SAML providers, OIDC providers and web identity providers (`cognito-identity.amazonaws.com`).
    public static let federated = PrincipalType(rawValue: "Federated")
    /// An S3 canonical user id.
    public static let canonicalUser = PrincipalType(rawValue: "CanonicalUser")

    /// The key text.
    public var description: String { rawValue }
}
