public import BulwarkControls

extension BuiltInControls {
    /// The built-in controls of the `Domain.dataProtection` domain.
    public static var dataProtection: [Control] {
        [
            ebsDefaultEncryption, ebsVolumeEncryption, ebsSnapshotsPrivate, bucketPublicAccessBlock,
            bucketNotPublicControl, bucketSecureTransport, bucketKMSEncryption, bucketVersioningControl,
            bucketOwnerEnforced, bucketCrossAccount, rdsInstanceEncryption, rdsSnapshots, efsEncryption,
            dynamoDBRecovery, kmsRotation, kmsPendingDeletion, secretRotation, unusedSecrets, snsEncryption,
            sqsEncryption, snsTopicPolicy, sqsQueuePolicy, kmsKeyPolicy, secretPolicy, efsPolicy, httpRedirect,
            distributionHTTPS, macieEnabled, rdsBackups, dynamoDBKMS, efsBackups, distributionViewerTLS, secretKMS,
            accountPublicAccessBlock, bucketMFADelete, backupPlans, backupVaultLock, rdsClusterEncryption,
            listenerTLSPolicy,
        ]
    }
}
