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
    /// The template as a wildcard pattern (each `${…}` becomes `*`).
    let pattern: WildcardPattern
    /// How many literal bytes the template has; more literal text means a more specific template.
    let literalLength: Int

    init(service: String, name: String, arnTemplate: String, conditionKeys: [String]) {
        self.service = service
        self.name = name
        self.arnTemplate = arnTemplate
        self.conditionKeys = conditionKeys
        let compiled = Self.compile(arnTemplate)
        pattern = WildcardPattern(lowercasedBytes: compiled.bytes)
        literalLength = compiled.literalLength
    }

    /// `service:name`, such as `s3:object`.
    public var description: String { service + ":" + name }

    /// Whether a concrete ARN fits this type's template (case-insensitively; `${…}` matches any text).
    public func matches(arn: String) -> Bool { pattern.matches(arn) }

    /// Turns `${Variable}` into `*` and counts the literal bytes.
    static func compile(_ template: String) -> (bytes: [UInt8], literalLength: Int) {
        var bytes: [UInt8] = []
        var literal = 0
        var inVariable = false
        var previous: UInt8 = 0
        for byte in template.utf8 {
            if inVariable {
                if byte == UInt8(ascii: "}") { inVariable = false }
            } else if byte == UInt8(ascii: "{") && previous == UInt8(ascii: "$") {
                bytes.removeLast()
                literal -= 1
                bytes.append(WildcardPattern.star)
                inVariable = true
            } else {
                bytes.append(WildcardPattern.lowercase(byte))
                literal += 1
            }
            previous = byte
        }
        return (bytes, literal)
    }
}
