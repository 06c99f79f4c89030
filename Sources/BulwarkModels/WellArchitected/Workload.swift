public import BulwarkIAM
public import Foundation

/// An AWS Well-Architected Tool workload (`wellarchitected list-workloads`) with its Well-Architected
/// lens review and milestones.
public struct Workload: Sendable, Hashable {
    /// The workload's id.
    public var workloadID: String
    /// The workload's ARN.
    public var workloadARN: ARN
    /// The workload's name.
    public var workloadName: String
    /// When the workload was last updated.
    public var updatedAt: Date?
    /// The number of questions per risk level (`HIGH`, `MEDIUM`, `NONE`, `UNANSWERED`, `NOT_APPLICABLE`).
    public var riskCounts: [String: Int]
    /// The risk counts per pillar of the Well-Architected lens (`wellarchitected get-lens-review`), by pillar id
    /// (`security`, `reliability`, …).
    public var pillarRiskCounts: Observed<[String: [String: Int]]>
    /// When milestones were recorded (`wellarchitected list-milestones`), newest first.
    public var milestoneDates: Observed<[Date]>

    /// Creates a `Workload` from its parts.
    public init(
        workloadID: String,
        workloadARN: ARN,
        workloadName: String,
        updatedAt: Date? = nil,
        riskCounts: [String: Int] = [:],
        pillarRiskCounts: Observed<[String: [String: Int]]> = .value([:]),
        milestoneDates: Observed<[Date]> = .value([])
    ) {
        self.workloadID = workloadID
        self.workloadARN = workloadARN
        self.workloadName = workloadName
        self.updatedAt = updatedAt
        self.riskCounts = riskCounts
        self.pillarRiskCounts = pillarRiskCounts
        self.milestoneDates = milestoneDates
    }

    /// The number of high-risk issues.
    public var highRisks: Int { riskCounts["HIGH"] ?? 0 }

    /// The number of medium-risk issues.
    public var mediumRisks: Int { riskCounts["MEDIUM"] ?? 0 }
}

extension Workload: Decodable {
    private enum CodingKeys: String, CodingKey {
        case workloadID = "WorkloadId"
        case workloadARN = "WorkloadArn"
        case workloadName = "WorkloadName"
        case updatedAt = "UpdatedAt"
        case riskCounts = "RiskCounts"
    }

    /// Decodes a `Workload` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        workloadID = try container.decode(String.self, forKey: .workloadID)
        workloadARN = try container.decodeARN(forKey: .workloadARN)
        workloadName = try container.decodeIfPresent(String.self, forKey: .workloadName) ?? ""
        updatedAt = try container.decodeIfPresent(Date.self, forKey: .updatedAt)
        riskCounts = try container.decodeIfPresent([String: Int].self, forKey: .riskCounts) ?? [:]
        pillarRiskCounts = .value([:])
        milestoneDates = .value([])
    }
}

/// The `LensReview` member of `wellarchitected get-lens-review`.
struct LensReview: Decodable, Sendable {
    var pillars: [PillarSummary]

    struct PillarSummary: Decodable, Sendable {
        var pillarID: String
        var riskCounts: [String: Int]?
        private enum CodingKeys: String, CodingKey {
            case pillarID = "PillarId"
            case riskCounts = "RiskCounts"
        }
    }

    private enum CodingKeys: String, CodingKey { case pillars = "PillarReviewSummaries" }

    init(from decoder: any Decoder) throws {
        pillars =
            try decoder.container(keyedBy: CodingKeys.self).decodeIfPresent([PillarSummary].self, forKey: .pillars)
            ?? []
    }
}

/// One entry of `wellarchitected list-milestones`.
struct MilestoneSummary: Decodable, Sendable {
    var recordedAt: Date?
    private enum CodingKeys: String, CodingKey { case recordedAt = "RecordedAt" }
}

/// The AWS Well-Architected Tool in one region.
public struct WellArchitectedResources: Sendable, Hashable {
    /// The workloads.
    public var workloads: Observed<[Workload]>

    /// Creates a `WellArchitectedResources` from its parts.
    public init(workloads: Observed<[Workload]> = .notConfigured) {
        self.workloads = workloads
    }
}

extension WellArchitectedResources {
    /// The lens whose review is read for each workload.
    static let lensAlias = "wellarchitected"

    /// Reads the workloads, each one's Well-Architected lens review and its milestones.
    static func load(from reader: SnapshotReader, scope: SnapshotScope) -> WellArchitectedResources {
        let workloads =
            reader.list(
                Workload.self,
                .call(scope, "wellarchitected", "list-workloads"),
                key: "WorkloadSummaries"
            )
            .map { workloads in
                workloads.map { workload in
                    var workload = workload
                    workload.pillarRiskCounts =
                        reader.member(
                            LensReview.self,
                            .call(scope, "wellarchitected", "get-lens-review", workload.workloadID),
                            key: "LensReview"
                        )
                        .map { review in
                            Dictionary(review.pillars.map { ($0.pillarID, $0.riskCounts ?? [:]) }) { first, _ in first }
                        }
                    workload.milestoneDates =
                        reader.list(
                            MilestoneSummary.self,
                            .call(scope, "wellarchitected", "list-milestones", workload.workloadID),
                            key: "MilestoneSummaries"
                        )
                        .map { $0.compactMap(\.recordedAt).sorted(by: >) }
                    return workload
                }
            }
        return WellArchitectedResources(workloads: workloads)
    }
}
