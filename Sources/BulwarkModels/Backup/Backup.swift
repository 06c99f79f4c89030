public import Foundation

/// An AWS Backup plan (`backup list-backup-plans`).
public struct BackupPlan: Sendable, Hashable {
    /// The plan id.
    public var backupPlanID: String
    /// The plan's ARN.
    public var backupPlanArn: String?
    /// The plan's name.
    public var backupPlanName: String
    /// When it last ran.
    public var lastExecutionDate: Date?

    /// Creates a `BackupPlan` from its parts.
    public init(
        backupPlanID: String,
        backupPlanArn: String? = nil,
        backupPlanName: String = "",
        lastExecutionDate: Date? = nil
    ) {
        self.backupPlanID = backupPlanID
        self.backupPlanArn = backupPlanArn
        self.backupPlanName = backupPlanName
        self.lastExecutionDate = lastExecutionDate
    }
}

extension BackupPlan: Decodable {
    private enum CodingKeys: String, CodingKey {
        case backupPlanID = "BackupPlanId"
        case backupPlanArn = "BackupPlanArn"
        case backupPlanName = "BackupPlanName"
        case lastExecutionDate = "LastExecutionDate"
    }

    /// Decodes a `BackupPlan` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        backupPlanID = try container.decode(String.self, forKey: .backupPlanID)
        backupPlanArn = try container.decodeIfPresent(String.self, forKey: .backupPlanArn)
        backupPlanName = try container.decodeIfPresent(String.self, forKey: .backupPlanName) ?? ""
        lastExecutionDate = (try? container.decodeIfPresent(Date.self, forKey: .lastExecutionDate)) ?? nil
    }
}

/// An AWS Backup vault (`backup list-backup-vaults`).
public struct BackupVault: Sendable, Hashable {
    /// The vault's name.
    public var backupVaultName: String
    /// The vault's ARN.
    public var backupVaultArn: String?
    /// The KMS key.
    public var encryptionKeyArn: String?
    /// How many recovery points it holds.
    public var numberOfRecoveryPoints: Int
    /// Whether Vault Lock is on.
    public var locked: Bool
    /// The locked minimum retention.
    public var minRetentionDays: Int?

    /// Creates a `BackupVault` from its parts.
    public init(
        backupVaultName: String,
        backupVaultArn: String? = nil,
        encryptionKeyArn: String? = nil,
        numberOfRecoveryPoints: Int = 0,
        locked: Bool = false,
        minRetentionDays: Int? = nil
    ) {
        self.backupVaultName = backupVaultName
        self.backupVaultArn = backupVaultArn
        self.encryptionKeyArn = encryptionKeyArn
        self.numberOfRecoveryPoints = numberOfRecoveryPoints
        self.locked = locked
        self.minRetentionDays = minRetentionDays
    }
}

extension BackupVault: Decodable {
    private enum CodingKeys: String, CodingKey {
        case backupVaultName = "BackupVaultName"
        case backupVaultArn = "BackupVaultArn"
        case encryptionKeyArn = "EncryptionKeyArn"
        case numberOfRecoveryPoints = "NumberOfRecoveryPoints"
        case locked = "Locked"
        case minRetentionDays = "MinRetentionDays"
    }

    /// Decodes a `BackupVault` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        backupVaultName = try container.decode(String.self, forKey: .backupVaultName)
        backupVaultArn = try container.decodeIfPresent(String.self, forKey: .backupVaultArn)
        encryptionKeyArn = try container.decodeIfPresent(String.self, forKey: .encryptionKeyArn)
        numberOfRecoveryPoints = try container.decodeIfPresent(Int.self, forKey: .numberOfRecoveryPoints) ?? 0
        locked = try container.decodeIfPresent(Bool.self, forKey: .locked) ?? false
        minRetentionDays = try container.decodeIfPresent(Int.self, forKey: .minRetentionDays)
    }
}
