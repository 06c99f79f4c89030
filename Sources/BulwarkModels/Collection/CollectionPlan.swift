public import BulwarkIAM

/// Which AWS CLI calls make up a snapshot: account-wide calls made once, calls made in every region,
/// and the per-resource calls that follow from their outputs.
///
/// ``standard`` is what `bulwark collect` runs. The plan is data: a custom collector (or a test) can
/// build its own, and a loader can ask which file a call writes.
public struct CollectionPlan: Hashable, Sendable {
    /// The call that identifies the account (`sts get-caller-identity`), made first.
    public var identity: CallTemplate
    /// The call that lists the enabled regions (`ec2 describe-regions`), made when no regions are given.
    public var regionList: CallTemplate
    /// Calls made once, in the partition's main region, stored under `global/`.
    public var global: [CallTemplate]
    /// Calls made in every collected region, stored under the region's folder.
    public var regional: [CallTemplate]

    /// Creates a plan.
    public init(
        identity: CallTemplate = CallTemplate("sts", "get-caller-identity"),
        regionList: CallTemplate = CallTemplate("ec2", "describe-regions"),
        global: [CallTemplate],
        regional: [CallTemplate]
    ) {
        self.identity = identity
        self.regionList = regionList
        self.global = global
        self.regional = regional
    }

    /// The calls bulwark collects: everything the built-in controls and access analysis read.
    public static let standard = CollectionPlan(global: globalCalls, regional: regionalCalls)

    /// The first calls of a collection of `accountID` over `regions`.
    ///
    /// Every global call (made in `globalRegion`) and every regional call in each region. Their follow-ups come from
    /// ``PlannedCall/followUps(output:)``.
    public func initialCalls(accountID: String, regions: [Region], globalRegion: Region) -> [PlannedCall] {
        var calls = global.map { PlannedCall($0, region: globalRegion, scope: .global, accountID: accountID) }
        for region in regions {
            calls += regional.map { PlannedCall($0, region: region, scope: .region(region), accountID: accountID) }
        }
        return calls
    }

    /// The region where a partition's account-wide services (IAM, Organizations, CloudFront, Support)
    /// answer: `us-east-1` for `aws`, `cn-northwest-1` for `aws-cn`, `us-gov-west-1` for `aws-us-gov`.
    public static func globalRegion(partition: Partition) -> Region {
        switch partition {
        case "aws-cn": "cn-northwest-1"
        case "aws-us-gov": "us-gov-west-1"
        case "aws-iso": "us-iso-east-1"
        case "aws-iso-b": "us-isob-east-1"
        default: "us-east-1"
        }
    }
}
