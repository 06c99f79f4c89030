import BulwarkControls
import BulwarkIAM
import BulwarkModels
import Foundation

/// The account every test snapshot belongs to.
let testAccount = "111122223333"

/// A fixed scan time, so ages and ids do not depend on the clock.
let testNow = Date(timeIntervalSince1970: 1_790_000_000)

/// A snapshot with the given buckets and regions, everything else empty.
func snapshot(
    buckets: Observed<[S3Bucket]> = .notConfigured,
    passwordPolicy: Observed<PasswordPolicy> = .notConfigured,
    regions: [RegionSnapshot] = [],
    organizations: OrganizationsResources = OrganizationsResources()
) -> AccountSnapshot {
    AccountSnapshot(
        accountID: testAccount,
        iam: IAMResources(passwordPolicy: passwordPolicy),
        organizations: organizations,
        s3: S3Resources(buckets: buckets),
        regions: Dictionary(uniqueKeysWithValues: regions.map { ($0.name, $0) })
    )
}

/// A bucket policy as the snapshot holds it.
func bucketPolicy(_ json: String) throws -> Observed<EmbeddedPolicy> {
    .value(EmbeddedPolicy(text: json, document: try PolicyDocument(json: json, kind: .resource)))
}

/// A statement granting `action` on every object of `bucket` to `principal` (a JSON value).
func grant(_ principal: String, _ action: String, on bucket: String) -> String {
    """
    {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": \(principal),
      "Action": "\(action)", "Resource": "arn:aws:s3:::\(bucket)/*"}]}
    """
}
