public import BulwarkIAM

import Foundation

/// CloudTrail in one region: the trails it lists (multi-Region trails appear in every region).
public struct CloudTrailResources: Sendable, Hashable {
    /// The trails, including other regions' multi-Region trails (their status is read in their home region).
    public var trails: Observed<[Trail]>

    /// Creates a `CloudTrailResources` from its parts.
    public init(trails: Observed<[Trail]> = .notConfigured) {
        self.trails = trails
    }

    /// The trails created in `region` (whose status and selectors this region's files hold);
    /// `.unknown` when the trails could not be read.
    public func trails(homedIn region: Region) -> Observed<[Trail]> {
        trails.filter { $0.homeRegion == nil || $0.homeRegion == region }
    }
}
