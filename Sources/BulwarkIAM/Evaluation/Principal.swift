/// Who makes a request: an IAM user, role, role session, federated user, account root, AWS service,
/// web-identity/SAML provider, S3 canonical user, or an anonymous caller.
///
/// ```swift
/// let alice = try Principal("arn:aws:iam::111122223333:user/alice")
/// let session = try Principal("arn:aws:sts::111122223333:assumed-role/Deploy/ci")
/// let lambda = try Principal("lambda.amazonaws.com")
/// let anyone = try Principal("*")  // anonymous
/// ```
public struct Principal: Sendable, Hashable, CustomStringConvertible {
    /// The kind of principal.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// An IAM user (`arn:aws:iam::A:user/path/name`).
        case user
        /// An IAM role itself (`arn:aws:iam::A:role/path/name`).
        case role
        /// An assumed-role session (`arn:aws:sts::A:assumed-role/name/session`).
        case roleSession
        /// A federated user session from `GetFederationToken` (`arn:aws:sts::A:federated-user/name`).
        case federatedUser
        /// The account root user (`arn:aws:iam::A:root`).
        case root
        /// An AWS service principal (`lambda.amazonaws.com`).
        case service
        /// A web identity or SAML provider (`cognito-identity.amazonaws.com`, `arn:aws:iam::A:saml-provider/P`).
        case identityProvider
        /// An S3 canonical user id.
        case canonicalUser
        /// An unauthenticated caller (`*`).
        case anonymous
    }

    /// The kind of principal.
    public let kind: Kind
    /// The text as given (an ARN, a service name, a canonical user id, or `*`).
    public let text: String
    /// The owning account, when the principal has one.
    public let account: String?
    /// The partition (`aws`, `aws-cn`, `aws-us-gov`), when the principal is an ARN.
    public let partition: String?
    /// The name: user, role or federated-user name, or the service/provider name (lowercased).
    public let name: String?
    /// The IAM path of a user or role (`/` when none), or `nil`.
    public let path: String?
    /// The session name of a role session.
    public let sessionName: String?

    /// Parses a principal.
    ///
    /// - Throws: ``PrincipalError`` when the text is not a principal AWS can make requests as.
    public init(_ text: String) throws(PrincipalError) {
        if text == "*" {
            self.text = text
            (kind, account, partition, name, path, sessionName) = (.anonymous, nil, nil, nil, nil, nil)
            return
        }
        guard text.hasPrefix("arn:") else {
            self = try Principal.nonARN(text)
            return
        }
        self.text = text
        let arn: ARN
        do {
            arn = try ARN(parsing: text)
        } catch {
            throw PrincipalError(.malformedARN, text)
        }
        guard !arn.hasWildcards else { throw PrincipalError(.malformedARN, text) }
        let (service, account, resource) = (arn.service, arn.account, Substring(arn.resource))
        partition = arn.partition
        guard !account.isEmpty else { throw PrincipalError(.missingAccount, text) }
        self.account = account
        switch service {
        case "iam" where resource == "root":
            (kind, name, path, sessionName) = (.root, nil, nil, nil)
        case "iam" where resource.utf8.starts(with: "user/".utf8) || resource.utf8.starts(with: "role/".utf8):
            let body = resource.drop { $0 != "/" }
            guard let slash = body.lastIndex(of: "/"), body.index(after: slash) < body.endIndex else {
                throw PrincipalError(.malformedARN, text)
            }
            kind = resource.utf8.starts(with: "user/".utf8) ? .user : .role
            name = String(body[body.index(after: slash)...])
            path = String(body[...slash])
            sessionName = nil
        case "iam"
        where resource.utf8.starts(with: "saml-provider/".utf8) || resource.utf8.starts(with: "oidc-provider/".utf8):
            (kind, name, path, sessionName) = (.identityProvider, text.lowercased(), nil, nil)
        case "sts" where resource.utf8.starts(with: "assumed-role/".utf8):
            let pieces = resource.split(separator: "/", omittingEmptySubsequences: false)
            guard pieces.count == 3, !pieces[1].isEmpty, !pieces[2].isEmpty else {
                throw PrincipalError(.malformedARN, text)
            }
            (kind, name, path, sessionName) = (.roleSession, String(pieces[1]), nil, String(pieces[2]))
        case "sts" where resource.utf8.starts(with: "federated-user/".utf8):
            let n = resource.dropFirst("federated-user/".count)
            guard !n.isEmpty else { throw PrincipalError(.malformedARN, text) }
            (kind, name, path, sessionName) = (.federatedUser, String(n), nil, nil)
        default:
            throw PrincipalError(.unsupportedARN, text)
        }
    }

    private init(kind: Kind, text: String, name: String) {
        (self.kind, self.text, self.name) = (kind, text, name)
        (account, partition, path, sessionName) = (nil, nil, nil, nil)
    }

    private static func nonARN(_ text: String) throws(PrincipalError) -> Principal {
        let lower = text.lowercased()
        if identityProviders.contains(lower) {
            return Principal(kind: .identityProvider, text: text, name: lower)
        }
        if isServiceName(lower) {
            return Principal(kind: .service, text: text, name: lower)
        }
        if isCanonicalUserID(text) {
            return Principal(kind: .canonicalUser, text: text, name: text)
        }
        throw PrincipalError(.unrecognized, text)
    }

    /// Whether `name` has the form of a service principal (`lambda.amazonaws.com`, `…amazonaws.com.cn`).
    static func isServiceName(_ name: String) -> Bool {
        name.hasSuffix(".amazonaws.com") || name.hasSuffix(".amazonaws.com.cn") || name.hasSuffix(".amazon.com")
    }

    /// Whether `text` is an S3 canonical user ID: 64 hexadecimal digits.
    static func isCanonicalUserID(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { ASCII.hexValue($0) != nil }
    }

    /// Web identity providers that appear as `Federated` principals without an ARN.
    static let identityProviders: Set<String> = [
        "cognito-identity.amazonaws.com", "accounts.google.com", "graph.facebook.com", "www.amazon.com",
    ]

    /// The principal's ARN (`nil` for services, providers without an ARN, canonical users and anonymous).
    public var arn: String? { text.hasPrefix("arn:") ? text : nil }

    /// The ARN of the role behind a role session, without its path (the session ARN does not carry it):
    /// `arn:aws:iam::A:role/name`.
    public var roleARN: String? {
        switch kind {
        case .role: text
        case .roleSession: "arn:\(partition ?? "aws"):iam::\(account ?? ""):role/\(name ?? "")"
        default: nil
        }
    }

    /// Whether this is an IAM identity of an account (user, role, session, federated user or root).
    public var isIAMIdentity: Bool {
        switch kind {
        case .user, .role, .roleSession, .federatedUser, .root: true
        default: false
        }
    }

    /// Whether the principal is a service-linked role (path `/aws-service-role/` or name
    /// `AWSServiceRoleFor…`), which service control policies do not restrict.
    public var isServiceLinkedRole: Bool {
        guard kind == .role || kind == .roleSession else { return false }
        return path?.hasPrefix("/aws-service-role/") == true || name?.hasPrefix("AWSServiceRoleFor") == true
    }

    /// The principal as given.
    public var description: String { text }
}

/// Why text could not be parsed as a ``Principal``.
public struct PrincipalError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable error code.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private enum Value: String, Sendable, Hashable {
            case malformedARN, missingAccount, unsupportedARN, unrecognized
        }
        private let value: Value
        private init(_ value: Value) { self.value = value }
        /// The ARN does not have six colon-separated parts or a valid resource part.
        public static let malformedARN = Code(.malformedARN)
        /// The ARN has no account id.
        public static let missingAccount = Code(.missingAccount)
        /// The ARN names something that cannot make requests (a group, a policy, a bucket…).
        public static let unsupportedARN = Code(.unsupportedARN)
        /// The text is neither an ARN, a service principal, a canonical user id nor `*`.
        public static let unrecognized = Code(.unrecognized)
        /// The code's name.
        public var description: String { value.rawValue }
    }

    /// The error code.
    public let code: Code
    /// The text that was rejected.
    public let text: String

    init(_ code: Code, _ text: String) {
        self.code = code
        self.text = text
    }

    /// A sentence naming the problem and the fix.
    public var description: String {
        let fix =
            "use an IAM user/role/root ARN, an sts assumed-role or federated-user ARN, "
            + "a service principal such as lambda.amazonaws.com, or \"*\" for an anonymous caller"
        return "invalid principal \"\(text)\" (\(code)): \(fix)"
    }
}
