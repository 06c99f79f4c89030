public import BulwarkIAM
public import Foundation

/// An AWS CloudFormation stack (`cloudformation describe-stacks`).
public struct CloudFormationStack: Sendable, Hashable {
    /// The stack's name.
    public var stackName: String
    /// The stack's ARN (its `StackId`).
    public var stackID: ARN
    /// The stack's status, such as `CREATE_COMPLETE` or `UPDATE_ROLLBACK_FAILED`.
    public var stackStatus: String
    /// The service role CloudFormation assumes for stack operations; `nil` when it uses the caller's credentials.
    public var roleARN: ARN?
    /// Whether termination protection is on.
    public var enableTerminationProtection: Bool
    /// The stack's drift status and when drift was last detected.
    public var driftInformation: StackDriftInformation?
    /// The SNS topics that receive stack events.
    public var notificationARNs: [ARN]
    /// The parent stack, for a nested stack.
    public var parentID: ARN?
    /// When the stack was created.
    public var creationTime: Date?
    /// When the stack was last updated.
    public var lastUpdatedTime: Date?
    /// The stack's tags.
    public var tags: [Tag]

    /// Creates a `CloudFormationStack` from its parts.
    public init(
        stackName: String,
        stackID: ARN,
        stackStatus: String = "CREATE_COMPLETE",
        roleARN: ARN? = nil,
        enableTerminationProtection: Bool = false,
        driftInformation: StackDriftInformation? = nil,
        notificationARNs: [ARN] = [],
        parentID: ARN? = nil,
        creationTime: Date? = nil,
        lastUpdatedTime: Date? = nil,
        tags: [Tag] = []
    ) {
        self.stackName = stackName
        self.stackID = stackID
        self.stackStatus = stackStatus
        self.roleARN = roleARN
        self.enableTerminationProtection = enableTerminationProtection
        self.driftInformation = driftInformation
        self.notificationARNs = notificationARNs
        self.parentID = parentID
        self.creationTime = creationTime
        self.lastUpdatedTime = lastUpdatedTime
        self.tags = tags
    }

    /// Whether the stack is a nested stack (termination protection is then set on its root stack).
    public var isNested: Bool { parentID != nil }
}

extension CloudFormationStack: Decodable {
    private enum CodingKeys: String, CodingKey {
        case stackName = "StackName"
        case stackID = "StackId"
        case stackStatus = "StackStatus"
        case roleARN = "RoleARN"
        case enableTerminationProtection = "EnableTerminationProtection"
        case driftInformation = "DriftInformation"
        case notificationARNs = "NotificationARNs"
        case parentID = "ParentId"
        case creationTime = "CreationTime"
        case lastUpdatedTime = "LastUpdatedTime"
        case tags = "Tags"
    }

    /// Decodes a `CloudFormationStack` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        stackName = try container.decode(String.self, forKey: .stackName)
        stackID = try container.decodeARN(forKey: .stackID)
        stackStatus = try container.decodeIfPresent(String.self, forKey: .stackStatus) ?? ""
        roleARN = try container.decodeARNIfPresent(forKey: .roleARN)
        enableTerminationProtection =
            try container.decodeIfPresent(Bool.self, forKey: .enableTerminationProtection) ?? false
        driftInformation = try container.decodeIfPresent(StackDriftInformation.self, forKey: .driftInformation)
        notificationARNs = try container.decodeARNs(forKey: .notificationARNs)
        parentID = try container.decodeARNIfPresent(forKey: .parentID)
        creationTime = try container.decodeIfPresent(Date.self, forKey: .creationTime)
        lastUpdatedTime = try container.decodeIfPresent(Date.self, forKey: .lastUpdatedTime)
        tags = try container.decodeIfPresent([Tag].self, forKey: .tags) ?? []
    }
}

/// A stack's drift status (`DriftInformation` of `describe-stacks`).
public struct StackDriftInformation: Sendable, Hashable {
    /// `IN_SYNC`, `DRIFTED`, `NOT_CHECKED` or `UNKNOWN`.
    public var stackDriftStatus: StackDriftStatus
    /// When drift detection last ran; `nil` when it never did.
    public var lastCheckTimestamp: Date?

    /// Creates a `StackDriftInformation` from its parts.
    public init(stackDriftStatus: StackDriftStatus, lastCheckTimestamp: Date? = nil) {
        self.stackDriftStatus = stackDriftStatus
        self.lastCheckTimestamp = lastCheckTimestamp
    }
}

extension StackDriftInformation: Decodable {
    private enum CodingKeys: String, CodingKey {
        case stackDriftStatus = "StackDriftStatus"
        case lastCheckTimestamp = "LastCheckTimestamp"
    }

    /// Decodes a `StackDriftInformation` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        stackDriftStatus = try container.decode(StackDriftStatus.self, forKey: .stackDriftStatus)
        lastCheckTimestamp = try container.decodeIfPresent(Date.self, forKey: .lastCheckTimestamp)
    }
}

/// Whether a stack's resources match its template.
///
/// An open set: values AWS adds later decode too; the known ones are static members.
public struct StackDriftStatus: AWSString {
    /// The value as AWS spells it.
    public var rawValue: String

    /// Creates a value from its AWS spelling.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Every resource matches the template.
    public static let inSync = StackDriftStatus(rawValue: "IN_SYNC")
    /// At least one resource differs from the template.
    public static let drifted = StackDriftStatus(rawValue: "DRIFTED")
    /// Drift detection never ran on the stack.
    public static let notChecked = StackDriftStatus(rawValue: "NOT_CHECKED")
    /// Drift detection could not finish.
    public static let unknown = StackDriftStatus(rawValue: "UNKNOWN")
}
