public import Foundation

/// The compliance of one resource for one compliance type (`ssm list-resource-compliance-summaries`).
public struct ComplianceSummary: Sendable, Hashable {
    /// `Patch`, `Association` or a custom type (`Custom:…`).
    public var complianceType: String
    /// `ManagedInstance` for nodes.
    public var resourceType: String
    /// The resource id (an instance id for nodes).
    public var resourceID: String
    /// `COMPLIANT` or `NON_COMPLIANT`.
    public var status: String
    /// The highest severity among non-compliant items: `CRITICAL`, `HIGH`, `MEDIUM`, `LOW`, `INFORMATIONAL`, `UNSPECIFIED`.
    public var overallSeverity: String?
    /// When compliance was last evaluated.
    public var executionTime: Date?
    /// How many items are compliant.
    public var compliantCount: Int
    /// How many items are not.
    public var nonCompliantCount: Int

    /// Creates a `ComplianceSummary` from its parts.
    public init(
        complianceType: String,
        resourceType: String = "ManagedInstance",
        resourceID: String,
        status: String,
        overallSeverity: String? = nil,
        executionTime: Date? = nil,
        compliantCount: Int = 0,
        nonCompliantCount: Int = 0
    ) {
        self.complianceType = complianceType
        self.resourceType = resourceType
        self.resourceID = resourceID
        self.status = status
        self.overallSeverity = overallSeverity
        self.executionTime = executionTime
        self.compliantCount = compliantCount
        self.nonCompliantCount = nonCompliantCount
    }

    /// Whether the resource is compliant for this type.
    public var isCompliant: Bool { status == "COMPLIANT" }
}

extension ComplianceSummary: Decodable {
    private enum CodingKeys: String, CodingKey {
        case complianceType = "ComplianceType"
        case resourceType = "ResourceType"
        case resourceID = "ResourceId"
        case status = "Status"
        case overallSeverity = "OverallSeverity"
        case executionSummary = "ExecutionSummary"
        case compliantSummary = "CompliantSummary"
        case nonCompliantSummary = "NonCompliantSummary"
    }

    private struct Execution: Decodable {
        var executionTime: Date?
        enum CodingKeys: String, CodingKey { case executionTime = "ExecutionTime" }
    }

    private struct Counts: Decodable {
        var compliantCount: Int?
        var nonCompliantCount: Int?
        enum CodingKeys: String, CodingKey {
            case compliantCount = "CompliantCount"
            case nonCompliantCount = "NonCompliantCount"
        }
    }

    /// Decodes a `ComplianceSummary` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        complianceType = try container.decode(String.self, forKey: .complianceType)
        resourceType = try container.decodeIfPresent(String.self, forKey: .resourceType) ?? ""
        resourceID = try container.decode(String.self, forKey: .resourceID)
        status = try container.decode(String.self, forKey: .status)
        overallSeverity = try container.decodeIfPresent(String.self, forKey: .overallSeverity)
        executionTime = try container.decodeIfPresent(Execution.self, forKey: .executionSummary)?.executionTime
        compliantCount = try container.decodeIfPresent(Counts.self, forKey: .compliantSummary)?.compliantCount ?? 0
        nonCompliantCount =
            try container.decodeIfPresent(Counts.self, forKey: .nonCompliantSummary)?.nonCompliantCount ?? 0
    }
}
