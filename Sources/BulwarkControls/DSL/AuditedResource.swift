public import BulwarkModels

/// A resource a control can iterate with `over:`: it knows its CloudFormation type and its ARN.
///
/// Bulwark's models conform already; conform your own types to iterate them too.
public protocol AuditedResource: Sendable {
    /// The resource type as CloudFormation and AWS Config name it (`AWS::S3::Bucket`).
    static var resourceType: String { get }
    /// The resource's ARN, given the account, partition and region it was read in.
    func resourceARN(in scope: ResourceScope) -> String
    /// The resource's tags (empty when the model has none).
    var resourceTags: [String: String] { get }
    /// The ARN of the item an unreadable per-item call was about, when its resource id tells.
    static func resourceARN(of item: Unreadable, in scope: ResourceScope) -> String?
}

extension AuditedResource {
    /// No tags.
    public var resourceTags: [String: String] { [:] }

    /// The call's resource id when it is an ARN, else `nil`.
    public static func resourceARN(of item: Unreadable, in scope: ResourceScope) -> String? {
        item.call.resourceID.flatMap { $0.hasPrefix("arn:") ? $0 : nil }
    }
}

/// Where a resource was read: account, partition and region (`global` for global services).
public struct ResourceScope: Sendable, Hashable {
    /// The account id.
    public var account: String
    /// The partition (`aws`).
    public var partition: String
    /// The region, or `global`.
    public var region: String

    /// Creates a scope.
    public init(account: String, partition: String, region: String) {
        self.account = account
        self.partition = partition
        self.region = region
    }

    /// An ARN in this scope: `arn:<partition>:<service>:<region>:<account>:<resource>`.
    public func arn(_ service: String, _ resource: String, regional: Bool = true, inAccount: Bool = true) -> String {
        "arn:\(partition):\(service):\(regional ? region : ""):\(inAccount ? account : ""):\(resource)"
    }

    /// The account root ARN (`arn:aws:iam::123456789012:root`).
    public var accountARN: String { "arn:\(partition):iam::\(account):root" }
}

extension Array where Element == Tag {
    /// The tags as a dictionary (a later duplicate key wins).
    var dictionary: [String: String] {
        var result: [String: String] = [:]
        for tag in self { result[tag.key] = tag.value }
        return result
    }
}
