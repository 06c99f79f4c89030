import BulwarkIAM
import Foundation

extension S3Resources {
    /// Reads `s3api list-buckets`, every per-bucket call (all under `global/s3api/`), and the
    /// account's public access block.
    static func load(from reader: SnapshotReader) async -> S3Resources {
        let listing = reader.list(ListedBucket.self, .global("s3api", "list-buckets"), key: "Buckets")
        let buckets = await listing.asyncMap { listed in
            await Concurrently.map(listed) { bucket in loadBucket(bucket, reader: reader) }
        }
        return S3Resources(
            buckets: buckets,
            accountPublicAccessBlock: reader.member(
                PublicAccessBlockConfiguration.self,
                .global("s3control", "get-public-access-block"),
                key: "PublicAccessBlockConfiguration"
            )
        )
    }

    private static func loadBucket(_ listed: ListedBucket, reader: SnapshotReader) -> S3Bucket {
        func call(_ operation: String) -> SnapshotCall { .global("s3api", operation, listed.name) }
        let versioning = reader.read(BucketVersioning.self, call("get-bucket-versioning"))
            .flatMap { versioning in
                versioning.status == nil && versioning.mfaDelete == nil ? .notConfigured : .value(versioning)
            }
        return S3Bucket(
            name: listed.name,
            creationDate: listed.creationDate,
            region: reader.read(BucketLocation.self, call("get-bucket-location")).map(\.region),
            policy: reader.member(EmbeddedPolicy.self, call("get-bucket-policy"), key: "Policy", policyKind: .resource),
            policyStatus: reader.member(BucketPolicyStatus.self, call("get-bucket-policy-status"), key: "PolicyStatus"),
            acl: reader.read(BucketACL.self, call("get-bucket-acl")),
            publicAccessBlock: reader.member(
                PublicAccessBlockConfiguration.self,
                call("get-public-access-block"),
                key: "PublicAccessBlockConfiguration"
            ),
            ownershipControls:
                reader.member(OwnershipControls.self, call("get-bucket-ownership-controls"), key: "OwnershipControls")
                .flatMap { controls in controls.rules.first.map { .value($0.objectOwnership) } ?? .notConfigured },
            encryption: reader.member(
                BucketEncryption.self,
                call("get-bucket-encryption"),
                key: "ServerSideEncryptionConfiguration"
            ),
            versioning: versioning,
            logging: reader.member(BucketLogging.self, call("get-bucket-logging"), key: "LoggingEnabled"),
            objectLock: reader.member(
                ObjectLockConfiguration.self,
                call("get-object-lock-configuration"),
                key: "ObjectLockConfiguration"
            )
        )
    }
}

/// One entry of `s3api list-buckets`.
struct ListedBucket: Decodable, Sendable {
    var name: String
    var creationDate: Date?

    private enum CodingKeys: String, CodingKey {
        case name = "Name"
        case creationDate = "CreationDate"
    }
}

/// The output of `s3api get-bucket-location`.
struct BucketLocation: Decodable, Sendable {
    var locationConstraint: String?

    private enum CodingKeys: String, CodingKey {
        case locationConstraint = "LocationConstraint"
    }

    /// The region: `null` or empty means `us-east-1`, and the legacy `EU` means `eu-west-1`.
    var region: String {
        switch locationConstraint {
        case nil, "": return "us-east-1"
        case "EU": return "eu-west-1"
        case let region?: return region
        }
    }
}

/// The `OwnershipControls` member of `s3api get-bucket-ownership-controls`.
struct OwnershipControls: Decodable, Sendable {
    struct Rule: Decodable, Sendable {
        var objectOwnership: ObjectOwnership

        private enum CodingKeys: String, CodingKey {
            case objectOwnership = "ObjectOwnership"
        }
    }

    var rules: [Rule]

    private enum CodingKeys: String, CodingKey {
        case rules = "Rules"
    }
}
