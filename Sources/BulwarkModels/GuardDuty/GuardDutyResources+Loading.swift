extension GuardDutyResources {
    /// Reads `guardduty list-detectors` and each detector.
    static func load(from reader: SnapshotReader, scope: SnapshotScope) -> GuardDutyResources {
        let ids = reader.list(String.self, .call(scope, "guardduty", "list-detectors"), key: "DetectorIds")
        let detectors = ids.map { ids in
            DescribedList(
                ids.map { id in
                    reader.read(GuardDutyDetector.self, .call(scope, "guardduty", "get-detector", id))
                        .map { detector in
                            var detector = detector
                            detector.detectorID = id
                            return detector
                        }
                }
            )
        }
        return GuardDutyResources(detectors: detectors)
    }
}
