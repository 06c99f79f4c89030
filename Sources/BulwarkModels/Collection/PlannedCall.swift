public import BulwarkIAM

public import Foundation

/// One concrete AWS CLI call: which operation, with which arguments, in which region, and where its
/// output goes in the snapshot.
public struct PlannedCall: Hashable, Sendable, CustomStringConvertible {
    /// The template this call was made from (service, operation, fan-out).
    public var template: CallTemplate
    /// The arguments after the operation, placeholders replaced.
    public var arguments: [String]
    /// The region the call is made in (`--region`).
    public var region: Region
    /// Where the output is stored: `global/` or the region's folder.
    public var scope: SnapshotScope
    /// The resource the call is about, or `nil` for a list or account-level call.
    public var resourceID: String?
    /// The account being collected.
    public var accountID: String

    /// The AWS CLI service name.
    public var service: String { template.service }
    /// The AWS CLI operation name.
    public var operation: String { template.operation }

    /// The output file, relative to the snapshot directory.
    public var outputPath: String {
        SnapshotLayout.outputPath(scope: scope, service: service, operation: operation, resourceID: resourceID)
    }

    /// The error record written when the call fails, relative to the snapshot directory.
    public var errorPath: String {
        SnapshotLayout.errorPath(scope: scope, service: service, operation: operation, resourceID: resourceID)
    }

    /// `aws <service> <operation> <arguments> --region <region>`, without credentials or profile.
    public var description: String {
        (["aws", service, operation] + arguments + ["--region", region.rawValue]).joined(separator: " ")
    }

    /// Plans `template` in `region`, storing under `scope`.
    public init(
        _ template: CallTemplate,
        region: Region,
        scope: SnapshotScope,
        accountID: String,
        resourceID: String? = nil,
        parentResourceID: String? = nil
    ) {
        let id = resourceID ?? template.resourceID
        self.template = template
        self.region = region
        self.scope = scope
        self.accountID = accountID
        self.resourceID = id
        self.arguments = template.boundArguments(
            id: id,
            parent: parentResourceID,
            account: accountID,
            region: region.rawValue
        )
    }

    /// The follow-up calls this call's output asks for (its per-resource fan-out).
    ///
    /// - Parameter output: What the AWS CLI printed for this call.
    /// - Throws: `DecodingError` when a fan-out needs the output and it is not JSON.
    public func followUps(output: Data) throws -> [PlannedCall] {
        guard !template.fanOut.isEmpty else { return [] }
        let root: PlainJSON = output.isEmpty ? .object([:]) : try JSONDecoder().decode(PlainJSON.self, from: output)
        return followUps(root: root)
    }

    /// The follow-ups still worth making when this call failed: those that need nothing from its
    /// output (``FanOut/Source-swift.enum/once`` and ``FanOut/Source-swift.enum/parentResource``).
    ///
    /// A bucket whose location cannot be read is then read from this call's region (the AWS CLI
    /// follows S3's redirect to the bucket's region), and the credential report is fetched even when
    /// it could not be generated (an earlier report may exist).
    public func followUpsAfterFailure() -> [PlannedCall] {
        followUps(root: nil)
    }

    /// The follow-ups for a decoded output, or for none (`nil`: the call failed).
    private func followUps(root: PlainJSON?) -> [PlannedCall] {
        var calls: [PlannedCall] = []
        for fanOut in template.fanOut {
            let childRegion: Region
            switch fanOut.region {
            case .sameAsParent: childRegion = region
            case .s3BucketLocation:
                childRegion = root.map { Self.bucketRegion($0[member: "LocationConstraint"]) } ?? region
            }
            let ids: [String?]
            switch fanOut.source {
            case .select(let selector): ids = root.map { selector.strings(in: $0) } ?? []
            case .parentResource: ids = [resourceID]
            case .once: ids = [nil]
            }
            for id in ids {
                for child in fanOut.calls {
                    calls.append(
                        PlannedCall(
                            child,
                            region: childRegion,
                            scope: scope,
                            accountID: accountID,
                            resourceID: id,
                            parentResourceID: resourceID
                        )
                    )
                }
            }
        }
        return calls
    }

    /// A bucket's region from `get-bucket-location`'s `LocationConstraint`.
    static func bucketRegion(_ constraint: PlainJSON?) -> Region {
        guard case .string(let name) = constraint, !name.isEmpty else { return .usEast1 }
        return name == "EU" ? .euWest1 : Region(rawValue: name)
    }
}
