extension CloudFrontResources {
    /// Reads `cloudfront list-distributions`, then each distribution's configuration.
    static func load(from reader: SnapshotReader) async -> CloudFrontResources {
        let listed = reader.member(
            CloudFrontItems<Distribution>.self,
            .global("cloudfront", "list-distributions"),
            key: "DistributionList"
        )
        let distributions: Observed<[Distribution]> = await listed.asyncMap { list in
            await Concurrently.map(list.items) { distribution in
                var distribution = distribution
                distribution.config = reader.member(
                    DistributionConfig.self,
                    .global("cloudfront", "get-distribution-config", distribution.id),
                    key: "DistributionConfig"
                )
                return distribution
            }
        }
        return CloudFrontResources(distributions: distributions.isNotConfigured ? .value([]) : distributions)
    }
}
