public import BulwarkIAM

public import Foundation

/// The account's IAM password policy (from `iam get-account-password-policy`).
public struct PasswordPolicy: Sendable, Hashable {
    /// The minimum length.
    public var minimumPasswordLength: Int?
    /// Whether a symbol is required.
    public var requireSymbols: Bool
    /// Whether a digit is required.
    public var requireNumbers: Bool
    /// Whether an uppercase letter is required.
    public var requireUppercaseCharacters: Bool
    /// Whether a lowercase letter is required.
    public var requireLowercaseCharacters: Bool
    /// Whether users may change their own password.
    public var allowUsersToChangePassword: Bool
    /// Whether passwords expire.
    public var expirePasswords: Bool
    /// Days until a password expires.
    public var maxPasswordAge: Int?
    /// How many previous passwords cannot be reused.
    public var passwordReusePrevention: Int?
    /// Whether an expired password blocks the user until an administrator resets it.
    public var hardExpiry: Bool?

    /// Creates a `PasswordPolicy` from its parts.
    public init(
        minimumPasswordLength: Int? = nil,
        requireSymbols: Bool = false,
        requireNumbers: Bool = false,
        requireUppercaseCharacters: Bool = false,
        requireLowercaseCharacters: Bool = false,
        allowUsersToChangePassword: Bool = false,
        expirePasswords: Bool = false,
        maxPasswordAge: Int? = nil,
        passwordReusePrevention: Int? = nil,
        hardExpiry: Bool? = nil
    ) {
        self.minimumPasswordLength = minimumPasswordLength
        self.requireSymbols = requireSymbols
        self.requireNumbers = requireNumbers
        self.requireUppercaseCharacters = requireUppercaseCharacters
        self.requireLowercaseCharacters = requireLowercaseCharacters
        self.allowUsersToChangePassword = allowUsersToChangePassword
        self.expirePasswords = expirePasswords
        self.maxPasswordAge = maxPasswordAge
        self.passwordReusePrevention = passwordReusePrevention
        self.hardExpiry = hardExpiry
    }
}

extension PasswordPolicy: Decodable {
    private enum CodingKeys: String, CodingKey {
        case minimumPasswordLength = "MinimumPasswordLength"
        case requireSymbols = "RequireSymbols"
        case requireNumbers = "RequireNumbers"
        case requireUppercaseCharacters = "RequireUppercaseCharacters"
        case requireLowercaseCharacters = "RequireLowercaseCharacters"
        case allowUsersToChangePassword = "AllowUsersToChangePassword"
        case expirePasswords = "ExpirePasswords"
        case maxPasswordAge = "MaxPasswordAge"
        case passwordReusePrevention = "PasswordReusePrevention"
        case hardExpiry = "HardExpiry"
    }

    /// Decodes a `PasswordPolicy` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        minimumPasswordLength = try container.decodeIfPresent(Int.self, forKey: .minimumPasswordLength)
        requireSymbols = try container.decodeIfPresent(Bool.self, forKey: .requireSymbols) ?? false
        requireNumbers = try container.decodeIfPresent(Bool.self, forKey: .requireNumbers) ?? false
        requireUppercaseCharacters =
            try container.decodeIfPresent(Bool.self, forKey: .requireUppercaseCharacters) ?? false
        requireLowercaseCharacters =
            try container.decodeIfPresent(Bool.self, forKey: .requireLowercaseCharacters) ?? false
        allowUsersToChangePassword =
            try container.decodeIfPresent(Bool.self, forKey: .allowUsersToChangePassword) ?? false
        expirePasswords = try container.decodeIfPresent(Bool.self, forKey: .expirePasswords) ?? false
        maxPasswordAge = try container.decodeIfPresent(Int.self, forKey: .maxPasswordAge)
        passwordReusePrevention = try container.decodeIfPresent(Int.self, forKey: .passwordReusePrevention)
        hardExpiry = try container.decodeIfPresent(Bool.self, forKey: .hardExpiry)
    }
}

/// A server certificate stored in IAM (from `iam list-server-certificates`).
public struct ServerCertificate: Sendable, Hashable {
    /// The certificate's name.
    public var serverCertificateName: String
    /// The certificate's id.
    public var serverCertificateID: String
    /// The certificate's ARN.
    public var arn: ARN
    /// The certificate's path.
    public var path: String
    /// When it was uploaded.
    public var uploadDate: Date?
    /// When it expires.
    public var expiration: Date?

    /// Creates a `ServerCertificate` from its parts.
    public init(
        serverCertificateName: String,
        serverCertificateID: String = "",
        arn: ARN,
        path: String = "/",
        uploadDate: Date? = nil,
        expiration: Date? = nil
    ) {
        self.serverCertificateName = serverCertificateName
        self.serverCertificateID = serverCertificateID
        self.arn = arn
        self.path = path
        self.uploadDate = uploadDate
        self.expiration = expiration
    }
}

extension ServerCertificate: Decodable {
    private enum CodingKeys: String, CodingKey {
        case serverCertificateName = "ServerCertificateName"
        case serverCertificateID = "ServerCertificateId"
        case arn = "Arn"
        case path = "Path"
        case uploadDate = "UploadDate"
        case expiration = "Expiration"
    }

    /// Decodes a `ServerCertificate` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        serverCertificateName = try container.decode(String.self, forKey: .serverCertificateName)
        serverCertificateID = try container.decodeIfPresent(String.self, forKey: .serverCertificateID) ?? ""
        arn = try container.decodeARN(forKey: .arn)
        path = try container.decodeIfPresent(String.self, forKey: .path) ?? "/"
        uploadDate = try container.decodeIfPresent(Date.self, forKey: .uploadDate)
        expiration = try container.decodeIfPresent(Date.self, forKey: .expiration)
    }
}

/// A SAML identity provider (from `iam list-saml-providers`).
public struct SAMLProvider: Sendable, Hashable {
    /// The provider's ARN.
    public var arn: ARN
    /// When its metadata expires.
    public var validUntil: Date?
    /// When it was created.
    public var createDate: Date?

    /// Creates a `SAMLProvider` from its parts.
    public init(
        arn: ARN,
        validUntil: Date? = nil,
        createDate: Date? = nil
    ) {
        self.arn = arn
        self.validUntil = validUntil
        self.createDate = createDate
    }
}

extension SAMLProvider: Decodable {
    private enum CodingKeys: String, CodingKey {
        case arn = "Arn"
        case validUntil = "ValidUntil"
        case createDate = "CreateDate"
    }

    /// Decodes a `SAMLProvider` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        arn = try container.decodeARN(forKey: .arn)
        validUntil = try container.decodeIfPresent(Date.self, forKey: .validUntil)
        createDate = try container.decodeIfPresent(Date.self, forKey: .createDate)
    }
}

/// An OpenID Connect identity provider (from `iam list-open-id-connect-providers`).
public struct OpenIDConnectProvider: Sendable, Hashable {
    /// The provider's ARN.
    public var arn: ARN

    /// Creates an `OpenIDConnectProvider` from its parts.
    public init(arn: ARN) {
        self.arn = arn
    }
}

extension OpenIDConnectProvider: Decodable {
    private enum CodingKeys: String, CodingKey {
        case arn = "Arn"
    }

    /// Decodes an `OpenIDConnectProvider` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        arn = try container.decodeARN(forKey: .arn)
    }
}
