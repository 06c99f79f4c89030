import BulwarkControls
import BulwarkModels

// Whether an S3 bucket is public, after the account's and the bucket's Block Public Access settings
// (S3 User Guide, "Blocking public access to your Amazon S3 storage"), with every policy question
// answered by the IAM evaluator.

extension BuiltInControls {
    /// One Block Public Access setting, combined over the account and the bucket: `true` when either
    /// turns it on, `nil` when that cannot be known.
    static func blockSetting(
        _ account: Observed<PublicAccessBlockConfiguration>,
        _ bucket: Observed<PublicAccessBlockConfiguration>,
        _ setting: KeyPath<PublicAccessBlockConfiguration, Bool>
    ) -> Bool? {
        let values = [account, bucket]
            .map { observed -> Bool? in
                switch observed {
                case .value(let configuration): return configuration[keyPath: setting]
                case .notConfigured: return false
                case .unknown: return nil
                }
            }
        if values.contains(true) { return true }
        if values.contains(where: { $0 == nil }) { return nil }
        return false
    }

    /// The checks that `bucket` grants nothing to anonymous callers, through its policy or its ACL.
    static func bucketNotPublic(_ bucket: S3Bucket, _ context: ControlContext) -> [Check] {
        let accountBlock = context.snapshot.s3.accountPublicAccessBlock
        let arn = bucket.arn(partition: context.partition)
        var checks: [Check] = []
        let restrict = blockSetting(accountBlock, bucket.publicAccessBlock, \.restrictPublicBuckets)
        if restrict == true {
            checks.append(pass())
        } else {
            for (action, resource) in [
                ("s3:GetObject", "\(arn)/*"), ("s3:PutObject", "\(arn)/*"), ("s3:ListBucket", arn),
            ] {
                var check = denies(.anonymous, action, on: resource, policy: bucket.policy, in: context)
                if restrict == nil, case .fail(let message) = check.outcome {
                    check.outcome = .unknown(
                        UnknownReason(
                            code: Unreadable.notCollected.rawValue,
                            message: "\(message), unless Block Public Access (which could not be read) restricts it"
                        )
                    )
                }
                checks.append(check)
            }
        }
        let ignoreACLs = blockSetting(accountBlock, bucket.publicAccessBlock, \.ignorePublicAcls)
        if ignoreACLs != true {
            switch bucket.acl {
            case .unknown(let reason): checks.append(unknown(reason))
            case .notConfigured: checks.append(pass())
            case .value(let acl):
                let grants = acl.publicGrants.map(\.permission.rawValue)
                if grants.isEmpty {
                    checks.append(pass())
                } else if ignoreACLs == nil {
                    checks.append(
                        unknown(
                            code: Unreadable.notCollected.rawValue,
                            "the ACL of \(bucket.name) grants the public \(grants) "
                                + "unless Block Public Access (which could not be read) ignores it"
                        )
                    )
                } else {
                    checks.append(fail("the ACL of \(bucket.name) grants the public \(grants.joined(separator: ", "))"))
                }
            }
        }
        return checks
    }

    /// The bucket named `name` in this account, or a check saying why it cannot be judged.
    static func withBucket(
        named name: String?,
        _ context: ControlContext,
        what: String,
        @CheckBuilder _ body: (S3Bucket) -> [Check]
    ) -> [Check] {
        guard let name else { return [fail("\(what) has no S3 bucket")] }
        switch context.snapshot.s3.bucket(named: name) {
        case .value(let bucket): return body(bucket)
        case .unknown(let reason): return [unknown(reason)]
        case .notConfigured:
            return [
                unknown(
                    code: Unreadable.notCollected.rawValue,
                    "the bucket \(name) of \(what) is not in this account's snapshot (scan the log-archive account)"
                )
            ]
        }
    }
}
