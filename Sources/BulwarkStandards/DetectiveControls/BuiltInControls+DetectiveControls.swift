public import BulwarkControls

extension BuiltInControls {
    /// The built-in controls of the `Domain.detectiveControls` domain.
    public static var detectiveControls: [Control] {
        [
            multiRegionTrail, trailValidation, trailEncryption, trailBucketNotPublic, trailBucketAccessLogging,
            s3DataEvents, configRecorder, guardDutyEnabled, guardDutyProtectionPlans, securityHubEnabled,
            inspectorEnabled, vpcFlowLogs, loadBalancerAccessLogs, securityHubStandards, logGroupEncryption,
            trailCloudWatchLogs, immutableLogArchive, bucketAccessLogging, distributionAccessLogs,
        ] + metricAlarms
    }
}
