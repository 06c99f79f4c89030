import BulwarkAccess
import BulwarkIAM

/// A hand-built account for access tests: principals and resources described by policy JSON.
struct TestAccount: Sendable {
    static let id = "111111111111"
    static let partition = "aws"

    struct PrincipalSpec: Sendable {
        var arn: String
        var kind: AnalyzedPrincipal.Kind
        var policies: [String]
        var managed: [(arn: String, json: String)] = []
        var boundary: String?
        var groups: [String] = []
        var trust: String?
    }

    var principals: [PrincipalSpec] = []
    var groups: [String: [String]] = [:]
    var otherVersions: [String: [String]] = [:]
    var resources: [AnalyzedResource] = []
    var bindings: [ComputeBinding] = []
    var scps: [[String]] = []
    var rcps: [[String]] = []
    var passwords: [String: Bool] = [:]

    static func user(_ name: String) -> String { "arn:aws:iam::\(id):user/\(name)" }
    static func role(_ name: String) -> String { "arn:aws:iam::\(id):role/\(name)" }
    static func group(_ name: String) -> String { "arn:aws:iam::\(id):group/\(name)" }
    static func customerPolicy(_ name: String) -> String { "arn:aws:iam::\(id):policy/\(name)" }

    mutating func addUser(
        _ name: String,
        _ policies: [String] = [],
        managed: [(arn: String, json: String)] = [],
        boundary: String? = nil,
        groups: [String] = []
    ) {
        principals.append(
            PrincipalSpec(
                arn: Self.user(name),
                kind: .user,
                policies: policies,
                managed: managed,
                boundary: boundary,
                groups: groups.map(Self.group)
            )
        )
    }

    mutating func addRole(_ name: String, trust: String, _ policies: [String] = [], boundary: String? = nil) {
        principals.append(
            PrincipalSpec(arn: Self.role(name), kind: .role, policies: policies, boundary: boundary, trust: trust)
        )
    }

    /// The analysis of this account.
    func analysis() -> AccessAnalysis {
        let guardrails = OrganizationGuardrails(
            serviceControlPolicies: scps.map { $0.map(parse) },
            resourceControlPolicies: rcps.map { $0.map(parse) },
            organizationID: scps.isEmpty && rcps.isEmpty ? nil : "o-testorg"
        )
        var groupPolicies: [String: [SourcedPolicy]] = [:]
        for (group, list) in groups {
            groupPolicies[Self.group(group)] = list.enumerated()
                .map {
                    SourcedPolicy(source: "group \(group), inline policy p\($0.offset)", document: parse($0.element))
                }
        }
        let built = principals.compactMap { spec -> AnalyzedPrincipal? in
            var policies = spec.policies.enumerated()
                .map {
                    SourcedPolicy(
                        source:
                            "\(spec.kind.rawValue) \(spec.arn.split(separator: "/").last ?? ""), inline policy p\($0.offset)",
                        document: parse($0.element)
                    )
                }
            policies += spec.managed.map {
                SourcedPolicy(source: "managed \($0.arn)", managedPolicyARN: $0.arn, document: parse($0.json))
            }
            for group in spec.groups { policies += groupPolicies[group] ?? [] }
            return try? AnalyzedPrincipal(
                arn: spec.arn,
                kind: spec.kind,
                identityPolicies: policies,
                permissionsBoundary: spec.boundary.map { SourcedPolicy(source: "boundary", document: parse($0)) },
                groups: spec.groups,
                attachedPolicyARNs: spec.managed.map(\.arn),
                trustPolicy: spec.trust.map { parse($0) },
                guardrails: guardrails
            )
        }
        var versions: [String: [SourcedPolicy]] = [:]
        for (arn, list) in otherVersions {
            versions[arn] = list.map {
                SourcedPolicy(source: "\(arn) other version", managedPolicyARN: arn, document: parse($0))
            }
        }
        let roleResources = principals.filter { $0.kind == .role }
            .map { spec in
                AnalyzedResource(
                    arn: spec.arn,
                    resourceType: "AWS::IAM::Role",
                    region: "global",
                    policyName: "trust policy",
                    policy: spec.trust.map { .document(parse($0)) } ?? .none
                )
            }
        return AccessAnalysis(
            accountID: Self.id,
            guardrails: guardrails,
            principals: built,
            resources: roleResources + resources,
            computeBindings: bindings,
            facts: IAMFacts(groupPolicies: groupPolicies, otherPolicyVersions: versions, passwordEnabled: passwords)
        )
    }
}

/// Parses policy JSON that a test wrote; an invalid policy is a test bug and yields an empty policy.
func parse(_ json: String) -> PolicyDocument {
    let parsed = PolicyDocument.parse(json, kind: .resource, checkingQuotas: false, strictness: .evaluation)
    return parsed.document ?? PolicyDocument(statements: [])
}

/// An identity policy allowing `actions` on `resource`, with an optional raw `Condition` object.
func allow(_ actions: [String], on resource: String = "*", condition: String? = nil) -> String {
    let list = actions.map { "\"\($0)\"" }.joined(separator: ",")
    let cond = condition.map { ", \"Condition\": \($0)" } ?? ""
    return """
        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":[\(list)],"Resource":"\(resource)"\(cond)}]}
        """
}

/// An identity policy denying `actions` on `resource`.
func deny(_ actions: [String], on resource: String = "*") -> String {
    let list = actions.map { "\"\($0)\"" }.joined(separator: ",")
    return """
        {"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":[\(list)],"Resource":"\(resource)"}]}
        """
}

/// A trust policy admitting `principal` (`{"AWS": …}` or `{"Service": …}` JSON) to `action`.
func trust(_ principal: String, action: String = "sts:AssumeRole", condition: String? = nil) -> String {
    let cond = condition.map { ", \"Condition\": \($0)" } ?? ""
    return """
        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":\(principal),"Action":"\(action)"\(cond)}]}
        """
}

let adminPolicy = allow(["*"])
let accountTrust = trust("{\"AWS\":\"arn:aws:iam::\(TestAccount.id):root\"}")
func serviceTrust(_ service: String) -> String { trust("{\"Service\":\"\(service)\"}") }
