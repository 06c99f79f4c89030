extension AuthorizationRequest {
    /// The request with `action`, such as `s3:GetObject`.
    public func action(_ action: String) -> AuthorizationRequest {
        var copy = self
        copy.action = action
        return copy
    }

    /// The request on `resource` (an ARN, or `*`), owned by `account` when the ARN has no account (S3).
    public func resource(_ resource: String, ownedBy account: String? = nil) -> AuthorizationRequest {
        var copy = self
        copy.resource = resource
        if let account { copy.resourceAccount = account }
        return copy
    }

    /// The request with the condition key `key` set to `value` (a string, number, boolean or array literal).
    public func context(_ key: String, _ value: ContextValue) -> AuthorizationRequest {
        var copy = self
        copy.context[key] = value
        return copy
    }

    /// The request with every key of `values` set (keys already set are replaced).
    public func context(_ values: RequestContext) -> AuthorizationRequest {
        var copy = self
        for key in values.keys {
            copy.context[key] = values[key]
        }
        return copy
    }
}
