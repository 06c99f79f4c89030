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
    /// Matches as the evaluator's `ActionPattern` does: case-insensitively, in linear time, over
    /// the whole `service:name`. The result is in catalog order (by service, then by name) and
    /// empty when nothing matches.
    public func actions(matching pattern: String) -> [AWSAction] {
        if pattern == "*" { return actions }
        let compiled = ActionPattern(pattern)
        if compiled.matchesEveryAction { return actions }
        let text = compiled.text
        guard let colon = text.firstIndex(of: ":") else {
            // No colon: the pattern is one glob over the whole `service:name` (`s3*`).
            return actions.filter { compiled.name.matches($0.fullName) }
        }
        // Actions have exactly one colon, so the pattern's first colon must match it: match the
        // service and name parts separately, skipping whole services.
        let name =
            compiled.service == nil ? Glob(text[text.index(after: colon)...], caseInsensitive: true) : compiled.name
        let candidates: [AWSService]
        if let prefix = compiled.service {
            guard let service = service(String(decoding: prefix, as: UTF8.self)) else { return [] }
            candidates = [service]
        } else {
            let servicePattern = Glob(text[..<colon], caseInsensitive: true)
            candidates = services.filter { servicePattern.matches($0.prefix) }
        }
        if name.shape == .exact {
            let literal = String(decoding: name.literal, as: UTF8.self)
            return candidates.compactMap { action(service: $0.prefix, name: literal) }
        }
        var result: [AWSAction] = []
        for service in candidates {
            for action in actions[service.actionRange] where name.matches(action.name) { result.append(action) }
        }
        return result
    }

    /// The resource types whose ARN template fits `arn` best, such as `s3:object` for
    /// `arn:aws:s3:::bucket/key`.
    ///
    /// Templates are matched like `Resource` patterns (`ResourcePattern` of BulwarkIAM), with each `${…}`
    /// placeholder matching any text, so a broad template (`arn:${Partition}:s3:::${BucketName}`)
    /// can fit an ARN a narrower one fits too; only the templates with the most literal text are kept.
    public func resourceTypes(matchingARN arn: String) -> [AWSResourceType] {
        var best: [AWSResourceType] = []
        var bestLength = -1
        let request = RequestResource(arn)
        let service = request.segmentCount > 2 ? request.segment(2)?.lowercased() : nil
        let candidates =
            (service.flatMap { resourceTypesByARNService[$0] } ?? []) + (resourceTypesByARNService[""] ?? [])
        request.bytes.withUnsafeBufferPointer { bytes in
            for index in candidates {
                let type = resourceTypes[index]
                guard type.literalLength >= bestLength, type.pattern.matches(request, bytes) else { continue }
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
