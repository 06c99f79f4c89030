import BulwarkIAM

/// A resource type of a service, such as Amazon S3's `object`, with its ARN template.
public struct AWSResourceType: Sendable, Hashable, CustomStringConvertible {
    /// The service prefix, such as `s3`.
    public let service: String
    /// The resource type's name within the service, such as `object`.
    public let name: String
    /// The ARN template, such as `arn:${Partition}:s3:::${BucketName}/${ObjectName}`.
    public let arnTemplate: String
    /// Condition keys that apply to resources of this type, such as `aws:ResourceTag/${TagKey}`.
    public let conditionKeys: [String]
    /// The template as one wildcard pattern over the whole text (each `${…}` is a `*`), for
    /// intersecting with policy patterns.
    let glob: Glob
    /// How many literal bytes the template has; more literal text means a more specific template.
    let literalLength: Int
    /// The lowercased service field of the template (`s3`), or `""` when it is a placeholder.
    let arnService: String

    init(service: String, name: String, arnTemplate: String, conditionKeys: [String]) {
        self.service = service
        self.name = name
        self.arnTemplate = arnTemplate
        self.conditionKeys = conditionKeys
        let compiled = Placeholders.compile(arnTemplate, replacement: [.star], angleBrackets: false)
        glob = Glob(elements: compiled.elements, caseInsensitive: false)
        literalLength = compiled.literalLength
        arnService = Self.serviceField(of: arnTemplate)
    }

    /// The lowercased service (third colon-separated) field of an ARN or template, or `""` when it is
    /// missing or holds a `${…}` placeholder or policy variable.
    static func serviceField(of template: String) -> String {
        let fields = template.split(separator: ":", maxSplits: 3, omittingEmptySubsequences: false)
        guard fields.count > 3, !fields[2].contains("$") else { return "" }
        return fields[2].lowercased()
    }

    /// The template as a segment-aware resource pattern (compiled on use: only a few are needed per query).
    var pattern: ResourcePattern { ResourcePattern(text: arnTemplate, elements: glob.elements) }

    /// `service:name`, such as `s3:object`.
    public var description: String { service + ":" + name }

    /// Whether a concrete ARN fits this type's template (`${…}` matches any text; ARNs are case-sensitive).
    public func matches(arn: String) -> Bool { pattern.matches(arn) }
}
