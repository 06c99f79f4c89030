public import BulwarkIAM

/// A bucket's default encryption rules (`s3api get-bucket-encryption`).
public struct BucketEncryption: Sendable, Hashable {
    /// The rules; S3 uses the first.
    public var rules: [BucketEncryptionRule]

    /// Creates a `BucketEncryption` from its parts.
    public init(rules: [BucketEncryptionRule] = []) {
        self.rules = rules
    }
}

extension BucketEncryption: Decodable {
    private enum CodingKeys: String, CodingKey {
        case rules = "Rules"
    }

    /// Decodes a `BucketEncryption` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        rules = try container.decodeIfPresent([BucketEncryptionRule].self, forKey: .rules) ?? []
    }
}

/// One default-encryption rule.
public struct BucketEncryptionRule: Sendable, Hashable {
    /// The algorithm and key.
    public var applyServerSideEncryptionByDefault: ServerSideEncryptionByDefault?
    /// Whether an S3 Bucket Key is used.
    public var bucketKeyEnabled: Bool

    /// Creates a `BucketEncryptionRule` from its parts.
    public init(
        applyServerSideEncryptionByDefault: ServerSideEncryptionByDefault? = nil,
        bucketKeyEnabled: Bool = false
    ) {
        self.applyServerSideEncryptionByDefault = applyServerSideEncryptionByDefault
        self.bucketKeyEnabled = bucketKeyEnabled
    }
}

extension BucketEncryptionRule: Decodable {
    private enum CodingKeys: String, CodingKey {
        case applyServerSideEncryptionByDefault = "ApplyServerSideEncryptionByDefault"
        case bucketKeyEnabled = "BucketKeyEnabled"
    }

    /// Decodes a `BucketEncryptionRule` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        applyServerSideEncryptionByDefault = try container.decodeIfPresent(
            ServerSideEncryptionByDefault.self,
            forKey: .applyServerSideEncryptionByDefault
        )
        bucketKeyEnabled = try container.decodeIfPresent(Bool.self, forKey: .bucketKeyEnabled) ?? false
    }
}

/// The default server-side encryption algorithm and key.
public struct ServerSideEncryptionByDefault: Sendable, Hashable {
    /// `AES256`, `aws:kms` or `aws:kms:dsse`.
    public var sseAlgorithm: ServerSideEncryption
    /// The KMS key id or ARN for `aws:kms`.
    public var kmsMasterKeyID: String?

    /// Creates a `ServerSideEncryptionByDefault` from its parts.
    public init(sseAlgorithm: ServerSideEncryption, kmsMasterKeyID: String? = nil) {
        self.sseAlgorithm = sseAlgorithm
        self.kmsMasterKeyID = kmsMasterKeyID
    }
}

extension ServerSideEncryptionByDefault: Decodable {
    private enum CodingKeys: String, CodingKey {
        case sseAlgorithm = "SSEAlgorithm"
        case kmsMasterKeyID = "KMSMasterKeyID"
    }

    /// Decodes a `ServerSideEncryptionByDefault` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        sseAlgorithm = try container.decode(ServerSideEncryption.self, forKey: .sseAlgorithm)
        kmsMasterKeyID = try container.decodeIfPresent(String.self, forKey: .kmsMasterKeyID)
    }
}

/// An S3 server-side encryption algorithm.
///
/// An open set: values AWS adds later decode too; the known ones are static members.
public struct ServerSideEncryption: AWSString {
    /// The value as AWS spells it.
    public var rawValue: String

    /// Creates a value from its AWS spelling.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// : SSE-S3, keys managed by S3.
    public static let aes256 = ServerSideEncryption(rawValue: "AES256")

    /// : SSE-KMS.
    public static let awsKMS = ServerSideEncryption(rawValue: "aws:kms")

    /// : Dual-layer SSE-KMS.
    public static let awsKMSDSSE = ServerSideEncryption(rawValue: "aws:kms:dsse")
}
