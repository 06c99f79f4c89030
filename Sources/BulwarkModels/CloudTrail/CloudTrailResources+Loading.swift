import BulwarkIAM
extension CloudTrailResources {
    /// Reads `cloudtrail describe-trails`, then status and selectors of the trails homed in `region`.
    static func load(from reader: SnapshotReader, region: Region) async -> CloudTrailResources {
        let scope = SnapshotScope.region(region)
        let trails = await reader.list(Trail.self, .call(scope, "cloudtrail", "describe-trails"), key: "trailList")
            .asyncMap { trails in
                await Concurrently.map(trails) { trail in
                    var trail = trail
                    guard trail.homeRegion == nil || trail.homeRegion == region else {
                        let reason = "read in the trail's home region \(trail.homeRegion?.rawValue ?? "")"
                        let status = SnapshotCall.call(scope, "cloudtrail", "get-trail-status", trail.trailARN)
                        let selectors = SnapshotCall.call(scope, "cloudtrail", "get-event-selectors", trail.trailARN)
                        trail.status = .unknown(
                            Unreadable(call: status, code: Unreadable.notCollected, message: reason)
                        )
                        trail.eventSelectors = .unknown(
                            Unreadable(call: selectors, code: Unreadable.notCollected, message: reason)
                        )
                        return trail
                    }
                    trail.status = reader.read(
                        TrailStatus.self,
                        .call(scope, "cloudtrail", "get-trail-status", trail.trailARN)
                    )
                    trail.eventSelectors = reader.read(
                        TrailEventSelectors.self,
                        .call(scope, "cloudtrail", "get-event-selectors", trail.trailARN)
                    )
                    return trail
                }
            }
        return CloudTrailResources(trails: trails)
    }
}
