import Bulwark
import BulwarkAccess

/// A generated account for the access benchmarks: principals with several policies each, roles
/// trusting the account or compute services, and buckets with a mix of resource policies.
enum AccountGenerator {
    static let account = "123456789012"

    static func policy(_ json: String) -> PolicyDocument {
        PolicyDocument.parse(json, kind: .resource, checkingQuotas: false, strictness: .evaluation).document
            ?? PolicyDocument(statements: [])
    }

    static func statement(_ effect: String, _ actions: [String], _ resource: String, condition: String? = nil) -> String
    {
        let list = actions.map { "\"\($0)\"" }.joined(separator: ",")
        let cond = condition.map { ",\"Condition\":\($0)" } ?? ""
        return #"{"Effect":"\#(effect)","Action":[\#(list)],"Resource":"\#(resource)"\#(cond)}"#
    }

    static func document(_ statements: [String]) -> PolicyDocument {
        policy(#"{"Version":"2012-10-17","Statement":[\#(statements.joined(separator: ","))]}"#)
    }

    /// The `i`-th of five policies of principal `n`: reads, writes on team resources, IAM on team
    /// roles, compute, and a guard with denies and conditions.
    static func principalPolicy(_ n: Int, _ i: Int) -> PolicyDocument {
        let team = n % 50
        switch i {
        case 0:
            return document([
                statement("Allow", ["s3:Get*", "s3:List*"], "arn:aws:s3:::team-\(team)-*"),
                statement(
                    "Allow",
                    ["dynamodb:GetItem", "dynamodb:Query"],
                    "arn:aws:dynamodb:*:\(account):table/team-\(team)-*"
                ),
                statement("Allow", ["ec2:Describe*", "cloudwatch:Get*"], "*"),
            ])
        case 1:
            return document([
                statement("Allow", ["s3:PutObject", "s3:DeleteObject"], "arn:aws:s3:::team-\(team)-*/*"),
                statement("Allow", ["sqs:SendMessage", "sns:Publish"], "arn:aws:*:*:\(account):team-\(team)-*"),
            ])
        case 2:
            return document([
                statement("Allow", ["sts:AssumeRole"], "arn:aws:iam::\(account):role/team-\((team + 1) % 50)-*"),
                statement(
                    "Allow",
                    ["iam:PassRole"],
                    "arn:aws:iam::\(account):role/svc-\(team)-*",
                    condition: #"{"StringEquals":{"iam:PassedToService":"lambda.amazonaws.com"}}"#
                ),
            ])
        case 3:
            return document([
                statement(
                    "Allow",
                    ["lambda:CreateFunction", "lambda:UpdateFunctionCode"],
                    "arn:aws:lambda:*:\(account):function:team-\(team)-*"
                ),
                statement("Allow", ["iam:CreateAccessKey"], "arn:aws:iam::\(account):user/team-\(team)-\(n % 7)"),
            ])
        default:
            return document([
                statement("Deny", ["s3:DeleteBucket", "iam:DeleteRole"], "*"),
                statement(
                    "Allow",
                    ["kms:Decrypt"],
                    "*",
                    condition: #"{"StringEquals":{"kms:ViaService":"s3.us-east-1.amazonaws.com"}}"#
                ),
            ])
        }
    }

    /// 1,000 principals (600 users, 400 roles) with five policies each (5,000 policies); every 200th is an admin.
    static func analysis(principals count: Int = 1_000) -> AccessAnalysis {
        let guardrails = BulwarkAccess.OrganizationGuardrails()
        let accountTrust = policy(
            #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::\#(account):root"},"Action":"sts:AssumeRole"}]}"#
        )
        let lambdaTrust = policy(
            #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#
        )
        let admin = document([statement("Allow", ["*"], "*")])
        var principals: [AnalyzedPrincipal] = []
        for n in 0..<count {
            let isUser = n < count * 6 / 10
            let team = n % 50
            let name = isUser ? "team-\(team)-\(n)" : (n % 2 == 0 ? "team-\(team)-role-\(n)" : "svc-\(team)-\(n)")
            let arn = "arn:aws:iam::\(account):\(isUser ? "user" : "role")/\(name)"
            var policies = (0..<5)
                .map { SourcedPolicy(source: "\(name) policy \($0)", document: principalPolicy(n, $0)) }
            if n % 200 == 199 { policies[4] = SourcedPolicy(source: "\(name) admin", document: admin) }
            let trust = isUser ? nil : (name.hasPrefix("svc-") ? lambdaTrust : accountTrust)
            if let principal = try? AnalyzedPrincipal(
                arn: arn,
                kind: isUser ? .user : .role,
                identityPolicies: policies,
                trustPolicy: trust,
                guardrails: guardrails
            ) {
                principals.append(principal)
            }
        }
        return AccessAnalysis(accountID: account, guardrails: guardrails, principals: principals)
    }

    /// `count` buckets: a quarter public, a quarter shared with another account, a quarter
    /// organization-only, a quarter without a policy.
    static func buckets(_ count: Int = 10_000) -> AccessAnalysis {
        let resources = (0..<count)
            .map { n -> AnalyzedResource in
                let arn = "arn:aws:s3:::bucket-\(n)"
                let principal: String
                var condition = ""
                switch n % 4 {
                case 0: principal = "\"*\""
                case 1: principal = #"{"AWS":"arn:aws:iam::210987654321:root"}"#
                case 2:
                    principal = "\"*\""
                    condition = #","Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-exampleorg"}}"#
                default:
                    return AnalyzedResource(
                        arn: arn,
                        resourceType: "AWS::S3::Bucket",
                        region: "us-east-1",
                        policyName: "bucket policy",
                        policy: .none
                    )
                }
                let json =
                    #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":\#(principal),"Action":["s3:GetObject","s3:ListBucket"],"Resource":["\#(arn)","\#(arn)/*"]\#(condition)}]}"#
                return AnalyzedResource(
                    arn: arn,
                    resourceType: "AWS::S3::Bucket",
                    region: "us-east-1",
                    policyName: "bucket policy",
                    policy: .document(policy(json))
                )
            }
        return AccessAnalysis(accountID: account, principals: [], resources: resources)
    }
}
