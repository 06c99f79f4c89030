import BulwarkIAM

extension AWSCatalog {
    /// The definition of a condition key, such as `aws:SourceIp`, `s3:ExistingObjectTag/project` or
    /// `aws:RequestTag/${TagKey}` (case-insensitive); `nil` when no service or global list has it.
    ///
    /// A concrete key such as `aws:PrincipalTag/team` finds its template `aws:PrincipalTag/${TagKey}`.
    /// A key defined by several services resolves to the global list first, then to the service
    /// the key is named after.
    public func conditionKey(_ key: String) -> ConditionKeyDefinition? {
        conditionKeys.definition(for: key)
    }

    /// Every action matching an IAM action pattern such as `s3:Get*`, `*:Describe*`, `iam:?etUser` or `*`.
    ///
    /// Matches as the evaluator does (``ActionPattern``): case-insensitively, in linear time, over
    /// the whole `service:name`. The result is in catalog order (by service, then by name) and
    /// empty when nothing matches.
    public func actions(matching pattern: String) -> [AWSAction] {
        let compiled = ActionPattern(pattern)
        if compiled.matchesEveryAction { return actions }
        if let prefix = compiled.service {
            guard let service = service(String(decoding: prefix, as: UTF8.self)) else { return [] }
            if compiled.name.shape == .exact {
                let name = String(decoding: compiled.name.elements.map { UInt8(truncatingIfNeeded: $0) }, as: UTF8.self)
                return action(service: service.prefix, name: name).map { [$0] } ?? []
            }
            return actions[service.actionRange].filter { compiled.name.matches($0.name) }
        }
        // The service part has wildcards: match the whole `service:name`, built in one reused buffer.
        var result: [AWSAction] = []
        var buffer: [UInt8] = []
        buffer.reserveCapacity(128)
        for action in actions {
            buffer.removeAll(keepingCapacity: true)
            buffer += action.service.utf8
            buffer.append(UInt8(ascii: ":"))
            buffer += action.name.utf8
            if buffer.withUnsafeBufferPointer({ compiled.name.matches(bytes: $0) }) { result.append(action) }
        }
        return result
    }

    /// The resource types whose ARN template fits `arn` best, such as `s3:object` for
    /// `arn:aws:s3:::bucket/key`.
    ///
    /// Templates are matched like `Resource` patterns (``ResourcePattern``), with each `${…}`
    /// placeholder matching any text, so a broad template (`arn:${Partition}:s3:::${BucketName}`)
    /// can fit an ARN a narrower one fits too; only the templates with the most literal text are kept.
    public func resourceTypes(matchingARN arn: String) -> [AWSResourceType] {
        var best: [AWSResourceType] = []
        var bestLength = -1
        let request = RequestResource(arn)
        request.bytes.withUnsafeBufferPointer { bytes in
            for type in resourceTypes where type.literalLength >= bestLength && type.pattern.matches(request, bytes) {
                if type.literalLength > bestLength {
                    best.removeAll()
                    bestLength = type.literalLength
                }
                best.append(type)
            }
        }
        return best
    }

    /// The actions that can act on the resource `arn`: those listing a resource type its ARN fits.
    ///
    /// Actions that support only `"Resource": "*"` are not included.
    public func actions(applyingTo arn: String) -> [AWSAction] {
        var result: [AWSAction] = []
        for type in resourceTypes(matchingARN: arn) {
            guard let service = service(type.service) else { continue }
            for action in actions[service.actionRange]
            where action.resourceTypes.contains(where: { $0.name == type.name }) && !result.contains(action) {
                result.append(action)
            }
        }
        return result
    }
}
