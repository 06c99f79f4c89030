public import BulwarkIAM
public import Foundation

/// An Amazon ECR private repository (`ecr describe-repositories`) with its repository policy.
public struct ECRRepository: Sendable, Hashable {
    /// The repository's name, such as `team/app`.
    public var repositoryName: String
    /// The repository's ARN.
    public var repositoryARN: ARN
    /// The registry (account) id.
    public var registryID: String?
    /// The URI to push and pull images.
    public var repositoryURI: String?
    /// When the repository was created.
    public var createdAt: Date?
    /// Whether tags can be overwritten: `MUTABLE` or `IMMUTABLE`.
    public var imageTagMutability: ImageTagMutability?
    /// Whether images are scanned when pushed (basic scanning).
    public var scanOnPush: Bool
    /// How images are encrypted at rest.
    public var encryptionConfiguration: ECREncryptionConfiguration?
    /// The repository policy (`ecr get-repository-policy`); `.notConfigured` when it has none.
    public var policy: Observed<EmbeddedPolicy>

    /// Creates an `ECRRepository` from its parts.
    public init(
        repositoryName: String,
        repositoryARN: ARN,
        registryID: String? = nil,
        repositoryURI: String? = nil,
        createdAt: Date? = nil,
        imageTagMutability: ImageTagMutability? = nil,
        scanOnPush: Bool = false,
        encryptionConfiguration: ECREncryptionConfiguration? = nil,
        policy: Observed<EmbeddedPolicy> = .notConfigured
    ) {
        self.repositoryName = repositoryName
        self.repositoryARN = repositoryARN
        self.registryID = registryID
        self.repositoryURI = repositoryURI
        self.createdAt = createdAt
        self.imageTagMutability = imageTagMutability
        self.scanOnPush = scanOnPush
        self.encryptionConfiguration = encryptionConfiguration
        self.policy = policy
    }
}

extension ECRRepository: Decodable {
    private enum CodingKeys: String, CodingKey {
        case repositoryName
        case repositoryARN = "repositoryArn"
        case registryID = "registryId"
        case repositoryURI = "repositoryUri"
        case createdAt
        case imageTagMutability
        case imageScanningConfiguration
        case encryptionConfiguration
    }

    private struct ScanningConfiguration: Decodable {
        var scanOnPush: Bool?
    }

    /// Decodes an `ECRRepository` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        repositoryName = try container.decode(String.self, forKey: .repositoryName)
        repositoryARN = try container.decodeARN(forKey: .repositoryARN)
        registryID = try container.decodeIfPresent(String.self, forKey: .registryID)
        repositoryURI = try container.decodeIfPresent(String.self, forKey: .repositoryURI)
        createdAt = try container.decodeIfPresent(Date.self, forKey: .createdAt)
        imageTagMutability = try container.decodeIfPresent(ImageTagMutability.self, forKey: .imageTagMutability)
        scanOnPush =
            try container.decodeIfPresent(ScanningConfiguration.self, forKey: .imageScanningConfiguration)?
            .scanOnPush ?? false
        encryptionConfiguration = try container.decodeIfPresent(
            ECREncryptionConfiguration.self,
            forKey: .encryptionConfiguration
        )
        policy = .notConfigured
    }
}

/// Whether an ECR repository's image tags can be overwritten.
///
/// An open set: values AWS adds later decode too; the known ones are static members.
public struct ImageTagMutability: AWSString {
    /// The value as AWS spells it.
    public var rawValue: String

    /// Creates a value from its AWS spelling.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Tags can be pushed again to point at another image.
    public static let mutable = ImageTagMutability(rawValue: "MUTABLE")
    /// A tag, once pushed, always names the same image.
    public static let immutable = ImageTagMutability(rawValue: "IMMUTABLE")
}

/// How an ECR repository encrypts images at rest.
public struct ECREncryptionConfiguration: Sendable, Hashable {
    /// `AES256` (S3-managed keys), `KMS` or `KMS_DSSE`.
    public var encryptionType: String
    /// The KMS key, when `encryptionType` is `KMS` or `KMS_DSSE` (absent: the AWS managed key).
    public var kmsKey: String?

    /// Creates an `ECREncryptionConfiguration` from its parts.
    public init(encryptionType: String, kmsKey: String? = nil) {
        self.encryptionType = encryptionType
        self.kmsKey = kmsKey
    }
}

extension ECREncryptionConfiguration: Decodable {
    private enum CodingKeys: String, CodingKey {
        case encryptionType
        case kmsKey
    }

    /// Decodes an `ECREncryptionConfiguration` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        encryptionType = try container.decode(String.self, forKey: .encryptionType)
        kmsKey = try container.decodeIfPresent(String.self, forKey: .kmsKey)
    }
}
