import BulwarkIAM
import BulwarkModels

extension AccountSnapshot {
    /// Every trail of the account once (describe-trails lists a multi-region trail in every region),
    /// and the reasons of the regions whose trails could not be listed.
    var distinctTrails: (trails: [Trail], unreadable: [Unreadable]) {
        var trails: [Trail] = []
        var seen: Set<String> = []
        var unreadable: [Unreadable] = []
        for region in sortedRegions {
            switch region.cloudTrail.trails {
            case .value(let list):
                for trail in list where seen.insert("\(trail.trailARN)").inserted { trails.append(trail) }
            case .notConfigured: continue
            case .unknown(let reason): unreadable.append(reason)
            }
        }
        return (trails, unreadable)
    }
}

extension Trail {
    /// Whether the trail records every read and write management event.
    var logsAllManagementEvents: Observed<Bool> {
        eventSelectors.map { selectors in
            if selectors.eventSelectors.contains(where: { $0.includeManagementEvents && $0.readWriteType == "All" }) {
                return true
            }
            return selectors.advancedEventSelectors.contains { selector in
                let category = selector.fieldSelectors.first { $0.field == "eventCategory" }
                let readOnly = selector.fieldSelectors.contains { $0.field == "readOnly" }
                return category?.equals.contains("Management") == true && !readOnly
            }
        }
    }

    /// Whether the trail records S3 object-level data events of every bucket, reads and writes.
    var logsAllS3DataEvents: Observed<Bool> {
        eventSelectors.map { selectors in
            let classic = selectors.eventSelectors.contains { selector in
                selector.readWriteType == "All"
                    && selector.dataResources.contains { resource in
                        resource.type == "AWS::S3::Object"
                            && resource.values.contains { $0 == "arn:aws:s3" || $0 == "arn:aws:s3:::" }
                    }
            }
            let advanced = selectors.advancedEventSelectors.contains { selector in
                let fields = selector.fieldSelectors
                let data = fields.contains { $0.field == "eventCategory" && $0.equals.contains("Data") }
                let objects = fields.contains { $0.field == "resources.type" && $0.equals.contains("AWS::S3::Object") }
                let narrowed = fields.contains { $0.field == "readOnly" || $0.field == "resources.ARN" }
                return data && objects && !narrowed
            }
            return classic || advanced
        }
    }

    /// The region and name of the CloudWatch Logs group the trail delivers to.
    var logGroup: (region: String, name: String)? {
        guard let arn = cloudWatchLogsLogGroupARN else { return nil }
        let parts = arn.resource.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts[0] == "log-group" else { return nil }
        return (arn.region, String(parts[1]))
    }
}
