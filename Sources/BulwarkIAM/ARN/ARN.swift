/// An Amazon Resource Name, parsed once into its parts.
///
/// `arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE`. The resource is split into ``resourceType``
/// and ``resourceID`` where the service writes `type/id` (`role/admin`) or `type:id`
/// (`function:my-fn`); S3 bucket and object ARNs have neither region nor account
/// (`arn:aws:s3:::bucket/key`) and no type. Policy patterns with `*` and `?` parse too
/// (`arn:aws:s3:::bucket/*`, `arn:aws:iam::*:role/*`); ``description`` prints the ARN exactly as parsed.
///
/// ```swift
/// let arn = try ARN(parsing: "arn:aws:iam::111122223333:role/path/admin")
/// arn.resourceType  // "role"
/// arn.resourceID    // "path/admin"
/// ```
public struct ARN: Sendable, Hashable, CustomStringConvertible, LosslessStringConvertible {
    /// The partition: `aws`, `aws-cn`, `aws-us-gov`, … (see ``knownPartitions``).
    public var partition: String
    /// The service namespace, such as `s3` or `iam`.
    public var service: String
    /// The region, or empty for global resources (IAM, S3 buckets).
    public var region: String
    /// The 12-digit account id, or empty (S3 buckets), or `aws` for AWS-managed policies.
    public var account: String
    /// Everything after the fifth colon, as written.
    public var resource: String
    /// The resource type when the resource is written `type/id` or `type:id`, such as `role` or `function`.
    public var resourceType: String?
    /// The resource id: the part after the type and its separator, or the whole resource when there is no type.
    public var resourceID: String

    /// Creates an ARN from its parts; the resource is split into type and id as ``init(parsing:)`` does.
    public init(partition: String = "aws", service: String, region: String = "", account: String = "", resource: String)
    {
        self.partition = partition
        self.service = service
        self.region = region
        self.account = account
        self.resource = resource
        (resourceType, resourceID) = Self.split(resource: resource, service: service, account: account)
    }

    /// Parses an ARN or ARN pattern.
    ///
    /// - Throws: ``IAMError`` naming the part that is wrong: a missing `arn:` prefix, too few parts,
    ///   an empty partition, service or resource, a wildcard in the service, a malformed account id.
    public init(parsing text: String) throws(IAMError) {
        var parts: [Substring] = []
        parts.reserveCapacity(6)
        var start = text.startIndex
        var index = text.utf8.startIndex
        while index != text.utf8.endIndex && parts.count < 5 {
            if text.utf8[index] == UInt8(ascii: ":") {
                parts.append(text[start..<index])
                start = text.utf8.index(after: index)
            }
            index = text.utf8.index(after: index)
        }
        parts.append(text[start...])
        guard parts.count == 6 else {
            if !text.hasPrefix("arn:") { throw IAMError.arn(.arnMissingPrefix, text) }
            throw IAMError.arn(.arnTooFewParts, text)
        }
        guard parts[0] == "arn" else { throw IAMError.arn(.arnMissingPrefix, text) }
        let partition = String(parts[1])
        let service = String(parts[2])
        let region = String(parts[3])
        let account = String(parts[4])
        let resource = String(parts[5])
        guard !partition.isEmpty else { throw IAMError.arn(.arnEmptyPartition, text) }
        guard partition == "*" || partition.utf8.allSatisfy(Self.isPartitionByte) else {
            throw IAMError.arn(.arnInvalidPartition, text)
        }
        guard !service.isEmpty else { throw IAMError.arn(.arnEmptyService, text) }
        guard !Glob.containsWildcard(service.utf8) else {
            throw IAMError.arn(.arnWildcardService, text)
        }
        guard service.utf8.allSatisfy(Self.isServiceByte) else { throw IAMError.arn(.arnInvalidService, text) }
        guard Self.isValidAccount(account) else { throw IAMError.arn(.arnInvalidAccount, text) }
        guard !resource.isEmpty else { throw IAMError.arn(.arnEmptyResource, text) }
        self.init(partition: partition, service: service, region: region, account: account, resource: resource)
    }

    /// Creates an ARN from text, or `nil` when it is not a valid ARN.
    public init?(_ description: String) {
        guard let arn = try? ARN(parsing: description) else { return nil }
        self = arn
    }

    /// The ARN as text, exactly as parsed.
    public var description: String { "arn:\(partition):\(service):\(region):\(account):\(resource)" }

    /// Whether any part contains the policy wildcards `*` or `?`.
    public var hasWildcards: Bool {
        Glob.containsWildcard(description.utf8)
    }

    /// The partitions AWS documents: commercial, China, GovCloud (US), the isolated partitions and the
    /// European Sovereign Cloud.
    public static let knownPartitions: Set<String> = [
        "aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b", "aws-iso-e", "aws-iso-f", "aws-eusc",
    ]

    private static func isPartitionByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || byte == UInt8(ascii: "-")
    }

    private static func isServiceByte(_ byte: UInt8) -> Bool {
        isPartitionByte(byte) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || byte == UInt8(ascii: ".")
    }

    /// Empty, 12 digits, `aws` (AWS-managed policies), or a pattern made of digits, `*` and `?`,
    /// or a policy variable such as `${aws:PrincipalAccount}`.
    private static func isValidAccount(_ account: String) -> Bool {
        if account.isEmpty || account == "aws" || account.hasPrefix("${") { return true }
        let utf8 = account.utf8
        let isPattern = Glob.containsWildcard(utf8)
        let allowed = utf8.allSatisfy {
            ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "?")
        }
        return allowed && (isPattern || utf8.count == 12)
    }

    /// Splits `type/id` or `type:id` at whichever separator comes first.
    ///
    /// S3 buckets and objects have no type.
    private static func split(resource: String, service: String, account: String) -> (String?, String) {
        if service == "s3" && account.isEmpty { return (nil, resource) }
        guard let separator = resource.firstIndex(where: { $0 == "/" || $0 == ":" }) else { return (nil, resource) }
        let type = String(resource[..<separator])
        guard !type.isEmpty else { return (nil, resource) }
        return (type, String(resource[resource.index(after: separator)...]))
    }
}
