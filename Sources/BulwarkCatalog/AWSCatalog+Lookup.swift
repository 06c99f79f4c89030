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
    /// Matching is case-insensitive and linear-time. The result is in catalog order (by service,
    /// then by name) and empty when nothing matches or the pattern has no `:` (other than `*`).
    public func actions(matching pattern: String) -> [AWSAction] {
        if pattern == "*" { return actions }
        guard let colon = pattern.firstIndex(of: ":") else { return [] }
        let servicePart = pattern[..<colon]
        let namePart = WildcardPattern(pattern[pattern.index(after: colon)...])
        let servicePattern = WildcardPattern(servicePart)
        let candidates: [AWSService]
        if servicePattern.hasWildcards {
            candidates = services.filter { servicePattern.matches($0.prefix) }
        } else if let service = service(String(servicePart)) {
            candidates = [service]
        } else {
            return []
        }
        if !namePart.hasWildcards {
            return candidates.compactMap {
                action(service: $0.prefix, name: String(decoding: namePart.bytes, as: UTF8.self))
            }
        }
        var result: [AWSAction] = []
        for service in candidates {
            for action in actions[service.actionRange] where namePart.matches(action.name) {
                result.append(action)
            }
        }
        return result
    }

    /// The resource types whose ARN template fits `arn` best, such as `s3:object` for
    /// `arn:aws:s3:::bucket/key`.
    ///
    /// A `${…}` placeholder matches any text, so a broad template (`arn:${Partition}:s3:::${BucketName}`)
    /// can fit an ARN a narrower one fits too; only the templates with the most literal text are kept.
    public func resourceTypes(matchingARN arn: String) -> [AWSResourceType] {
        var best: [AWSResourceType] = []
        var bestLength = -1
        var text = arn
        text.withUTF8 { bytes in
            for type in resourceTypes where type.literalLength >= bestLength && type.pattern.matches(utf8: bytes) {
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
