import BulwarkIAM

/// Terse builders for hand-written policies in the evaluator's unit tests.
enum P {
    static let a = "111111111111"
    static let b = "222222222222"
    static let alice = "arn:aws:iam::111111111111:user/alice"
    static let bob = "arn:aws:iam::111111111111:user/bob"
    static let carol = "arn:aws:iam::222222222222:user/carol"
    static let role = "arn:aws:iam::111111111111:role/app"
    static let session = "arn:aws:sts::111111111111:assumed-role/app/s1"
    static let federated = "arn:aws:sts::111111111111:federated-user/fed"
    static let root = "arn:aws:iam::111111111111:root"
    static let object = "arn:aws:s3:::bucket/key"

    static func statement(
        _ effect: Effect,
        _ actions: [String],
        _ resources: [String]? = ["*"],
        notAction: Bool = false,
        notResource: Bool = false,
        principals: [String]? = nil,
        notPrincipals: [String]? = nil,
        services: [String] = [],
        conditions: [Condition] = [],
        sid: String? = nil
    ) -> PolicyStatement {
        var principal: PrincipalClause?
        func set(_ list: [String]) -> PrincipalSet {
            if list == ["*"] && services.isEmpty { return .any }
            return .entries(list.map { PrincipalEntry(.aws, $0) } + services.map { PrincipalEntry(.service, $0) })
        }
        if let principals { principal = .principal(set(principals)) }
        if let notPrincipals { principal = .notPrincipal(set(notPrincipals)) }
        if principal == nil && !services.isEmpty { principal = .principal(set([])) }
        return PolicyStatement(
            sid: sid,
            effect: effect,
            principal: principal,
            action: notAction ? .notAction(actions) : .action(actions),
            resource: resources.map { notResource ? .notResource($0) : .resource($0) },
            conditions: conditions
        )
    }

    static func allow(_ actions: String..., on resources: [String] = ["*"], to principals: [String]? = nil)
        -> PolicyDocument
    {
        PolicyDocument(statements: [statement(.allow, actions, resources, principals: principals)])
    }

    static func deny(_ actions: String..., on resources: [String] = ["*"], to principals: [String]? = nil)
        -> PolicyDocument
    {
        PolicyDocument(statements: [statement(.deny, actions, resources, principals: principals)])
    }

    static func doc(_ statements: PolicyStatement...) -> PolicyDocument { PolicyDocument(statements: statements) }

    static let fullAccess = allow("*")
    static let rcpFullAccess = allow("*", to: ["*"])
}
