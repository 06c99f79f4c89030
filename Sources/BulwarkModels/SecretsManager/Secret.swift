public import BulwarkIAM

public import Foundation

/// A Secrets Manager secret (`secretsmanager list-secrets`).
public struct Secret: Sendable, Hashable {
    /// The secret's ARN.
    public var arn: ARN
    /// The secret's name.
    public var name: String
    /// The customer managed key, when not the default `aws/secretsmanager`.
    public var kmsKeyID: String?
    /// Whether rotation is on (moto omits the member).
    public var rotationEnabled: Bool
    /// The rotation schedule.
    public var rotationRules: RotationRules?
    /// When it was last rotated.
    public var lastRotatedDate: Date?
    /// When it was last read (day resolution).
    public var lastAccessedDate: Date?
    /// When it was created.
    public var createdDate: Date?
    /// The resource policy (`secretsmanager get-resource-policy`); filled in by the loader.
    public var resourcePolicy: Observed<EmbeddedPolicy>

    /// Creates a `Secret` from its parts.
    public init(
        arn: ARN,
        name: String,
        kmsKeyID: String? = nil,
        rotationEnabled: Bool = false,
        rotationRules: RotationRules? = nil,
        lastRotatedDate: Date? = nil,
        lastAccessedDate: Date? = nil,
        createdDate: Date? = nil,
        resourcePolicy: Observed<EmbeddedPolicy> = .notConfigured
    ) {
        self.arn = arn
        self.name = name
        self.kmsKeyID = kmsKeyID
        self.rotationEnabled = rotationEnabled
        self.rotationRules = rotationRules
        self.lastRotatedDate = lastRotatedDate
        self.lastAccessedDate = lastAccessedDate
        self.createdDate = createdDate
        self.resourcePolicy = resourcePolicy
    }
}

extension Secret: Decodable {
    private enum CodingKeys: String, CodingKey {
        case arn = "ARN"
        case name = "Name"
        case kmsKeyID = "KmsKeyId"
        case rotationEnabled = "RotationEnabled"
        case rotationRules = "RotationRules"
        case lastRotatedDate = "LastRotatedDate"
        case lastAccessedDate = "LastAccessedDate"
        case createdDate = "CreatedDate"
    }

    /// Decodes a `Secret` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        arn = try container.decodeARN(forKey: .arn)
        name = try container.decode(String.self, forKey: .name)
        kmsKeyID = try container.decodeIfPresent(String.self, forKey: .kmsKeyID)
        rotationEnabled = try container.decodeIfPresent(Bool.self, forKey: .rotationEnabled) ?? false
        rotationRules = try container.decodeIfPresent(RotationRules.self, forKey: .rotationRules)
        lastRotatedDate = (try? container.decodeIfPresent(Date.self, forKey: .lastRotatedDate)) ?? nil
        lastAccessedDate = (try? container.decodeIfPresent(Date.self, forKey: .lastAccessedDate)) ?? nil
        createdDate = (try? container.decodeIfPresent(Date.self, forKey: .createdDate)) ?? nil
        resourcePolicy = .notConfigured
    }
}

/// A secret's rotation schedule.
public struct RotationRules: Sendable, Hashable {
    /// Days between rotations.
    public var automaticallyAfterDays: Int?
    /// A `rate()` or `cron()` schedule.
    public var scheduleExpression: String?

    /// Creates a `RotationRules` from its parts.
    public init(automaticallyAfterDays: Int? = nil, scheduleExpression: String? = nil) {
        self.automaticallyAfterDays = automaticallyAfterDays
        self.scheduleExpression = scheduleExpression
    }
}

extension RotationRules: Decodable {
    private enum CodingKeys: String, CodingKey {
        case automaticallyAfterDays = "AutomaticallyAfterDays"
        case scheduleExpression = "ScheduleExpression"
    }

    /// Decodes a `RotationRules` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        automaticallyAfterDays = try container.decodeIfPresent(Int.self, forKey: .automaticallyAfterDays)
        scheduleExpression = try container.decodeIfPresent(String.self, forKey: .scheduleExpression)
    }
}
