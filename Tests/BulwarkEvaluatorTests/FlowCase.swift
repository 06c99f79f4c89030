import BulwarkIAM
import Testing

/// One decision-flow case with the AWS rule it checks.
struct FlowCase: CustomTestStringConvertible, Sendable {
    let principal: String
    let action: String
    let resource: String
    let resourceAccount: String?
    let context: RequestContext
    let set: PolicySet
    let expected: Decision
    let reason: String

    init(
        _ principal: String,
        account: String? = P.a,
        context: RequestContext = [:],
        _ set: PolicySet,
        _ expected: Decision,
        _ reason: String
    ) {
        self.init(principal, "s3:GetObject", P.object, account: account, context: context, set, expected, reason)
    }

    init(
        _ principal: String,
        _ action: String,
        _ resource: String,
        account: String? = P.a,
        context: RequestContext = [:],
        _ set: PolicySet,
        _ expected: Decision,
        _ reason: String
    ) {
        self.principal = principal
        self.action = action
        self.resource = resource
        self.resourceAccount = account
        self.context = context
        self.set = set
        self.expected = expected
        self.reason = reason
    }

    var testDescription: String { "\(expected): \(reason)" }

    func evaluate() throws -> Evaluation {
        let request = try AuthorizationRequest(
            principal: principal,
            action: action,
            resource: resource,
            resourceAccount: resourceAccount,
            context: context
        )
        return set.compiled().evaluate(request)
    }
}
