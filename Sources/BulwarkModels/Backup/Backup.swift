public import BulwarkIAM

public import Foundation

/// An AWS Backup plan (`backup list-backup-plans`).
public struct BackupPlan: Sendable, Hashable {
    /// The plan id.
    public var backupPlanID: String
    /// The plan's ARN.
    public var backupPlanARN: ARN?
    /// The plan's name.
    public var backupPlanName: String
    /// When it last ran.
    public var lastExecutionDate: Date?

    /// Creates a `BackupPlan` from its parts.
    public init(
        backupPlanID: String,
        backupPlanARN: ARN? = nil,
        backupPlanName: String = "",
        lastExecutionDate: Date? = nil
    ) {
        self.backupPlanID = backupPlanID
        self.backupPlanARN = backupPlanARN
        self.backupPlanName = backupPlanName
        self.lastExecutionDate = lastExecutionDate
    }
}

extension BackupPlan: Decodable {
    private enum CodingKeys: String, CodingKey {
        case backupPlanID = "BackupPlanId"
        case backupPlanARN = "BackupPlanArn"
        case backupPlanName = "BackupPlanName"
        case lastExecutionDate = "LastExecutionDate"
    }

    /// Decodes a `BackupPlan` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        backupPlanID = try container.decode(String.self, forKey: .backupPlanID)
        backupPlanARN = try container.decodeARNIfPresent(forKey: .backupPlanARN)
        backupPlanName = try container.decodeIfPresent(String.self, forKey: .backupPlanName) ?? ""
        lastExecutionDate = (try? container.decodeIfPresent(Date.self, forKey: .lastExecutionDate)) ?? nil
    }
}

/// An AWS Backup vault (`backup list-backup-vaults`).
public struct BackupVault: Sendable, Hashable {
    /// The vault's name.
    public var backupVaultName: String
    /// The vault's ARN.
    public var backupVaultARN: ARN?
    /// The KMS key.
    public var encryptionKeyARN: ARN?
    /// How many recovery points it holds.
    public var numberOfRecoveryPoints: Int
    /// Whether Vault Lock is on.
    public var locked: Bool
    /// The locked minimum retention.
    public var minRetentionDays: Int?

    /// Creates a `BackupVault` from its parts.
    public init(
        backupVaultName: String,
        backupVaultARN: ARN? = nil,
        encryptionKeyARN: ARN? = nil,
        numberOfRecoveryPoints: Int = 0,
        locked: Bool = false,
        minRetentionDays: Int? = nil
    ) {
        self.backupVaultName = backupVaultName
        self.backupVaultARN = backupVaultARN
        self.encryptionKeyARN = encryptionKeyARN
        self.numberOfRecoveryPoints = numberOfRecoveryPoints
        self.locked = locked
        self.minRetentionDays = minRetentionDays
    }
}

extension BackupVault: Decodable {
    private enum CodingKeys: String, CodingKey {
        case backupVaultName = "BackupVaultName"
        case backupVaultARN = "BackupVaultArn"
        case encryptionKeyARN = "EncryptionKeyArn"
        case numberOfRecoveryPoints = "NumberOfRecoveryPoints"
        case locked = "Locked"
        case minRetentionDays = "MinRetentionDays"
    }

    /// Decodes a `BackupVault` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        backupVaultName = try container.decode(String.self, forKey: .backupVaultName)
        backupVaultARN = try container.decodeARNIfPresent(forKey: .backupVaultARN)
        encryptionKeyARN = try container.decodeARNIfPresent(forKey: .encryptionKeyARN)
        numberOfRecoveryPoints = try container.decodeIfPresent(Int.self, forKey: .numberOfRecoveryPoints) ?? 0
        locked = try container.decodeIfPresent(Bool.self, forKey: .locked) ?? false
        minRetentionDays = try container.decodeIfPresent(Int.self, forKey: .minRetentionDays)
    }
}
