public import Foundation

/// The patch state of one managed node (`ssm describe-instance-patch-states`).
public struct InstancePatchState: Sendable, Hashable {
    /// The node's id.
    public var instanceID: String
    /// The patch baseline used.
    public var baselineID: String?
    /// `Scan` or `Install`.
    public var operation: String?
    /// When the last patch operation ended.
    public var operationEndTime: Date?
    /// Patches that apply to the node but are not installed.
    public var missingCount: Int
    /// Patches whose installation failed.
    public var failedCount: Int
    /// Missing patches of the Critical severity.
    public var criticalNonCompliantCount: Int
    /// Missing patches of the Security classification.
    public var securityNonCompliantCount: Int

    /// Creates an `InstancePatchState` from its parts.
    public init(
        instanceID: String,
        baselineID: String? = nil,
        operation: String? = nil,
        operationEndTime: Date? = nil,
        missingCount: Int = 0,
        failedCount: Int = 0,
        criticalNonCompliantCount: Int = 0,
        securityNonCompliantCount: Int = 0
    ) {
        self.instanceID = instanceID
        self.baselineID = baselineID
        self.operation = operation
        self.operationEndTime = operationEndTime
        self.missingCount = missingCount
        self.failedCount = failedCount
        self.criticalNonCompliantCount = criticalNonCompliantCount
        self.securityNonCompliantCount = securityNonCompliantCount
    }
}

extension InstancePatchState: Decodable {
    private enum CodingKeys: String, CodingKey {
        case instanceID = "InstanceId"
        case baselineID = "BaselineId"
        case operation = "Operation"
        case operationEndTime = "OperationEndTime"
        case missingCount = "MissingCount"
        case failedCount = "FailedCount"
        case criticalNonCompliantCount = "CriticalNonCompliantCount"
        case securityNonCompliantCount = "SecurityNonCompliantCount"
    }

    /// Decodes an `InstancePatchState` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        instanceID = try container.decode(String.self, forKey: .instanceID)
        baselineID = try container.decodeIfPresent(String.self, forKey: .baselineID)
        operation = try container.decodeIfPresent(String.self, forKey: .operation)
        operationEndTime = try container.decodeIfPresent(Date.self, forKey: .operationEndTime)
        missingCount = try container.decodeIfPresent(Int.self, forKey: .missingCount) ?? 0
        failedCount = try container.decodeIfPresent(Int.self, forKey: .failedCount) ?? 0
        criticalNonCompliantCount = try container.decodeIfPresent(Int.self, forKey: .criticalNonCompliantCount) ?? 0
        securityNonCompliantCount = try container.decodeIfPresent(Int.self, forKey: .securityNonCompliantCount) ?? 0
    }
}
