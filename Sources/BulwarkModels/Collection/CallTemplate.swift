import Foundation

/// One AWS CLI call of a collection plan, before it is bound to an account, region and resource.
///
/// Arguments may contain placeholders, replaced when the call is planned: `{id}` (the resource id
/// this call is about), `{parent}` (the resource id of the call whose output listed this one),
/// `{account}` (the account id) and `{region}` (the region the call is made in).
public struct CallTemplate: Hashable, Sendable {
    /// The AWS CLI service name, such as `s3api` or `configservice`.
    public var service: String
    /// The AWS CLI operation name, such as `get-bucket-policy`.
    public var operation: String
    /// The arguments after the operation, such as `["--bucket", "{id}"]`.
    public var arguments: [String]
    /// A fixed resource id for a call made once per variant (`get-alternate-contact` for
    /// `SECURITY`), or `nil`; fanned-out calls get their id from the parent's output instead.
    public var resourceID: String?
    /// AWS error codes that mean "not ready yet, ask again" for this call (beyond throttling), such as
    /// `ReportInProgress` for `get-credential-report`.
    public var retryCodes: Set<String>
    /// The calls to make for each resource this call's output lists.
    public var fanOut: [FanOut]

    /// Creates a call template.
    public init(
        _ service: String,
        _ operation: String,
        _ arguments: [String] = [],
        resourceID: String? = nil,
        retryCodes: Set<String> = [],
        fanOut: [FanOut] = []
    ) {
        self.service = service
        self.operation = operation
        self.arguments = arguments
        self.resourceID = resourceID
        self.retryCodes = retryCodes
        self.fanOut = fanOut
    }

    /// A list call whose output names resources: each value `selector` picks gets `calls`.
    public static func list(
        _ service: String,
        _ operation: String,
        _ arguments: [String] = [],
        each selector: JSONSelector,
        _ calls: [CallTemplate]
    ) -> CallTemplate {
        CallTemplate(service, operation, arguments, fanOut: [.each(selector, calls)])
    }

    /// The arguments with placeholders replaced.
    func boundArguments(id: String?, parent: String?, account: String, region: String) -> [String] {
        arguments.map { argument in
            guard argument.contains("{") else { return argument }
            var bound = argument
            if let id { bound = bound.replacingOccurrences(of: "{id}", with: id) }
            if let parent { bound = bound.replacingOccurrences(of: "{parent}", with: parent) }
            bound = bound.replacingOccurrences(of: "{account}", with: account)
            return bound.replacingOccurrences(of: "{region}", with: region)
        }
    }
}

/// Follow-up calls made for each resource a call's output lists (the per-resource fan-out).
public struct FanOut: Hashable, Sendable {
    /// Where the resource ids come from.
    public enum Source: Hashable, Sendable {
        /// The string values a selector picks out of the parent call's output.
        case select(JSONSelector)
        /// The parent call's own resource id (one follow-up per parent, such as per-bucket calls after
        /// `get-bucket-location`); made even when the parent failed.
        case parentResource
        /// Always exactly one follow-up without a resource id (such as `get-credential-report`
        /// after `generate-credential-report`); made even when the parent failed.
        case once
    }

    /// In which region the follow-up calls are made.
    public enum RegionRule: Hashable, Sendable {
        /// The parent call's region.
        case sameAsParent
        /// The bucket's region, read from the parent's `get-bucket-location` output
        /// (`LocationConstraint`: `null` or empty is `us-east-1`, `EU` is `eu-west-1`).
        case s3BucketLocation
    }

    /// Where the resource ids come from.
    public var source: Source
    /// In which region the follow-up calls are made.
    public var region: RegionRule
    /// The calls made for each resource id.
    public var calls: [CallTemplate]

    /// Creates a fan-out.
    public init(_ source: Source, region: RegionRule = .sameAsParent, calls: [CallTemplate]) {
        self.source = source
        self.region = region
        self.calls = calls
    }

    /// Calls made for each value `selector` picks out of the parent's output.
    public static func each(_ selector: JSONSelector, _ calls: [CallTemplate]) -> FanOut {
        FanOut(.select(selector), calls: calls)
    }
}
