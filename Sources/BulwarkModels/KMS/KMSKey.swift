public import BulwarkIAM

public import Foundation

/// A KMS key with its metadata, rotation status and key policy.
public struct KMSKey: Sendable, Hashable {
    /// The key id (from `kms list-keys`).
    public var keyID: String
    /// The key's ARN.
    public var keyARN: ARN?
    /// The key's metadata (`kms describe-key`).
    public var metadata: Observed<KMSKeyMetadata>
    /// Automatic rotation (`kms get-key-rotation-status`); `.notConfigured` where rotation does not apply (asymmetric and HMAC keys answer `UnsupportedOperationException`).
    public var rotation: Observed<KeyRotationStatus>
    /// The key policy named `default` (`kms get-key-policy`).
    public var policy: Observed<EmbeddedPolicy>

    /// Creates a `KMSKey` from its parts.
    public init(
        keyID: String,
        keyARN: ARN? = nil,
        metadata: Observed<KMSKeyMetadata> = .notConfigured,
        rotation: Observed<KeyRotationStatus> = .notConfigured,
        policy: Observed<EmbeddedPolicy> = .notConfigured
    ) {
        self.keyID = keyID
        self.keyARN = keyARN
        self.metadata = metadata
        self.rotation = rotation
        self.policy = policy
    }

    /// Whether the key is customer managed, when known (AWS managed keys cannot be changed).
    public var isCustomerManaged: Bool? { metadata.valueIfPresent.map { $0.keyManager == .customer } }
}

/// A KMS key's metadata (`kms describe-key`).
public struct KMSKeyMetadata: Sendable, Hashable {
    /// The key id.
    public var keyID: String
    /// The key's ARN.
    public var arn: ARN?
    /// The owning account.
    public var awsAccountID: String?
    /// Whether the key is enabled.
    public var enabled: Bool
    /// `CUSTOMER` or `AWS`.
    public var keyManager: KeyManagerType?
    /// `Enabled`, `Disabled`, `PendingDeletion`, and others.
    public var keyState: String?
    /// `SYMMETRIC_DEFAULT`, `RSA_2048`, and others.
    public var keySpec: String?
    /// `ENCRYPT_DECRYPT`, `SIGN_VERIFY`, … (moto omits it for symmetric keys).
    public var keyUsage: String?
    /// `AWS_KMS`, `EXTERNAL`, `AWS_CLOUDHSM`, and others.
    public var origin: String?
    /// Whether the key is multi-Region.
    public var multiRegion: Bool
    /// When the key was created.
    public var creationDate: Date?
    /// When a key pending deletion will be deleted.
    public var deletionDate: Date?
    /// The description.
    public var description: String?

    /// Creates a `KMSKeyMetadata` from its parts.
    public init(
        keyID: String,
        arn: ARN? = nil,
        awsAccountID: String? = nil,
        enabled: Bool = true,
        keyManager: KeyManagerType? = nil,
        keyState: String? = nil,
        keySpec: String? = nil,
        keyUsage: String? = nil,
        origin: String? = nil,
        multiRegion: Bool = false,
        creationDate: Date? = nil,
        deletionDate: Date? = nil,
        description: String? = nil
    ) {
        self.keyID = keyID
        self.arn = arn
        self.awsAccountID = awsAccountID
        self.enabled = enabled
        self.keyManager = keyManager
        self.keyState = keyState
        self.keySpec = keySpec
        self.keyUsage = keyUsage
        self.origin = origin
        self.multiRegion = multiRegion
        self.creationDate = creationDate
        self.deletionDate = deletionDate
        self.description = description
    }

    /// Whether the key is a symmetric encryption key (the only kind with automatic rotation).
    public var isSymmetricEncryptionKey: Bool { (keySpec ?? "SYMMETRIC_DEFAULT") == "SYMMETRIC_DEFAULT" }
}

extension KMSKeyMetadata: Decodable {
    private enum CodingKeys: String, CodingKey {
        case keyID = "KeyId"
        case arn = "Arn"
        case awsAccountID = "AWSAccountId"
        case enabled = "Enabled"
        case keyManager = "KeyManager"
        case keyState = "KeyState"
        case keySpec = "KeySpec"
        case keyUsage = "KeyUsage"
        case origin = "Origin"
        case multiRegion = "MultiRegion"
        case creationDate = "CreationDate"
        case deletionDate = "DeletionDate"
        case description = "Description"
    }

    /// Decodes a `KMSKeyMetadata` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        keyID = try container.decode(String.self, forKey: .keyID)
        arn = try container.decodeARNIfPresent(forKey: .arn)
        awsAccountID = try container.decodeIfPresent(String.self, forKey: .awsAccountID)
        enabled = try container.decodeIfPresent(Bool.self, forKey: .enabled) ?? true
        keyManager = try container.decodeIfPresent(KeyManagerType.self, forKey: .keyManager)
        keyState = try container.decodeIfPresent(String.self, forKey: .keyState)
        keySpec = try container.decodeIfPresent(String.self, forKey: .keySpec)
        keyUsage = try container.decodeIfPresent(String.self, forKey: .keyUsage)
        origin = try container.decodeIfPresent(String.self, forKey: .origin)
        multiRegion = try container.decodeIfPresent(Bool.self, forKey: .multiRegion) ?? false
        creationDate = (try? container.decodeIfPresent(Date.self, forKey: .creationDate)) ?? nil
        deletionDate = (try? container.decodeIfPresent(Date.self, forKey: .deletionDate)) ?? nil
        description = try container.decodeIfPresent(String.self, forKey: .description)
    }
}

/// Who manages a KMS key.
///
/// An open set: values AWS adds later decode too; the known ones are static members.
public struct KeyManagerType: AWSString {
    /// The value as AWS spells it.
    public var rawValue: String

    /// Creates a value from its AWS spelling.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// : A customer managed key.
    public static let customer = KeyManagerType(rawValue: "CUSTOMER")

    /// : An AWS managed key (`aws/…` aliases); its policy and rotation cannot be changed.
    public static let aws = KeyManagerType(rawValue: "AWS")
}

/// Whether a KMS key rotates automatically (`kms get-key-rotation-status`).
public struct KeyRotationStatus: Sendable, Hashable {
    /// Whether automatic rotation is on.
    public var keyRotationEnabled: Bool
    /// The rotation period.
    public var rotationPeriodInDays: Int?

    /// Creates a `KeyRotationStatus` from its parts.
    public init(keyRotationEnabled: Bool, rotationPeriodInDays: Int? = nil) {
        self.keyRotationEnabled = keyRotationEnabled
        self.rotationPeriodInDays = rotationPeriodInDays
    }
}

extension KeyRotationStatus: Decodable {
    private enum CodingKeys: String, CodingKey {
        case keyRotationEnabled = "KeyRotationEnabled"
        case rotationPeriodInDays = "RotationPeriodInDays"
    }

    /// Decodes a `KeyRotationStatus` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        keyRotationEnabled = try container.decode(Bool.self, forKey: .keyRotationEnabled)
        rotationPeriodInDays = try container.decodeIfPresent(Int.self, forKey: .rotationPeriodInDays)
    }
}

/// A KMS alias (`kms list-aliases`).
public struct KMSAlias: Sendable, Hashable {
    /// The alias, such as `alias/app`; `alias/aws/…` for AWS managed keys.
    public var aliasName: String
    /// The alias's ARN.
    public var aliasARN: ARN?
    /// The key it names.
    public var targetKeyID: String?

    /// Creates a `KMSAlias` from its parts.
    public init(
        aliasName: String,
        aliasARN: ARN? = nil,
        targetKeyID: String? = nil
    ) {
        self.aliasName = aliasName
        self.aliasARN = aliasARN
        self.targetKeyID = targetKeyID
    }
}

extension KMSAlias: Decodable {
    private enum CodingKeys: String, CodingKey {
        case aliasName = "AliasName"
        case aliasARN = "AliasArn"
        case targetKeyID = "TargetKeyId"
    }

    /// Decodes a `KMSAlias` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        aliasName = try container.decode(String.self, forKey: .aliasName)
        aliasARN = try container.decodeARNIfPresent(forKey: .aliasARN)
        targetKeyID = try container.decodeIfPresent(String.self, forKey: .targetKeyID)
    }
}
