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
    /// The template as a segment-aware resource pattern (each `${…}` matches any text).
    let pattern: ResourcePattern
    /// The template as one wildcard pattern over the whole text, for intersecting with policy patterns.
    let glob: Glob
    /// How many literal bytes the template has; more literal text means a more specific template.
    let literalLength: Int

    init(service: String, name: String, arnTemplate: String, conditionKeys: [String]) {
        self.service = service
        self.name = name
        self.arnTemplate = arnTemplate
        self.conditionKeys = conditionKeys
        let compiled = Placeholders.compile(arnTemplate, replacement: [Glob.star], angleBrackets: false)
        pattern = ResourcePattern(text: arnTemplate, elements: compiled.elements)
        glob = Glob(elements: compiled.elements, caseInsensitive: false)
        literalLength = compiled.literalLength
    }

    /// `service:name`, such as `s3:object`.
    public var description: String { service + ":" + name }

    /// Whether a concrete ARN fits this type's template (`${…}` matches any text; ARNs are case-sensitive).
    public func matches(arn: String) -> Bool { pattern.matches(arn) }
}
