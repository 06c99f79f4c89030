public import BulwarkIAM
public import Foundation

/// A Trusted Advisor recommendation of the security pillar (`trustedadvisor list-recommendations --pillar security`).
public struct TrustedAdvisorRecommendation: Sendable, Hashable {
    /// The recommendation's ARN.
    public var arn: ARN
    /// The recommendation's name, such as `Exposed Access Keys`.
    public var name: String
    /// `ok`, `warning` or `error`.
    public var status: String
    /// How many resources are flagged with an error.
    public var errorCount: Int
    /// How many resources are flagged with a warning.
    public var warningCount: Int
    /// When the check behind the recommendation last ran.
    public var lastUpdatedAt: Date?

    /// Creates a `TrustedAdvisorRecommendation` from its parts.
    public init(
        arn: ARN,
        name: String,
        status: String,
        errorCount: Int = 0,
        warningCount: Int = 0,
        lastUpdatedAt: Date? = nil
    ) {
        self.arn = arn
        self.name = name
        self.status = status
        self.errorCount = errorCount
        self.warningCount = warningCount
        self.lastUpdatedAt = lastUpdatedAt
    }
}

extension TrustedAdvisorRecommendation: Decodable {
    private enum CodingKeys: String, CodingKey {
        case arn, name, status, resourcesAggregates, lastUpdatedAt
    }

    private struct Aggregates: Decodable {
        var errorCount: Int?
        var warningCount: Int?
    }

    /// Decodes a `TrustedAdvisorRecommendation` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        arn = try container.decodeARN(forKey: .arn)
        name = try container.decode(String.self, forKey: .name)
        status = try container.decode(String.self, forKey: .status)
        let aggregates = try container.decodeIfPresent(Aggregates.self, forKey: .resourcesAggregates)
        errorCount = aggregates?.errorCount ?? 0
        warningCount = aggregates?.warningCount ?? 0
        lastUpdatedAt = try container.decodeIfPresent(Date.self, forKey: .lastUpdatedAt)
    }
}
