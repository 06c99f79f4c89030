import Bulwark

/// Policy sets and requests for the evaluation benchmarks, built by hand (no parser in the loop).
enum Fixtures {
    static let account = "111111111111"
    static let user = "arn:aws:iam::111111111111:user/alice"

    static let services = ["ec2", "dynamodb", "sqs", "sns", "lambda", "logs", "kms", "iam", "rds", "ssm"]

    /// `count` identity statements over several services; the request's statement comes last.
    static func identity(statements count: Int, conditions: Bool) -> PolicyDocument {
        var statements: [PolicyStatement] = []
        for i in 0..<(count - 1) {
            let service = services[i % services.count]
            statements.append(
                PolicyStatement(
                    sid: "S\(i)",
                    effect: i % 7 == 3 ? .deny : .allow,
                    action: .action(["\(service):Describe*", "\(service):Get\(i)*", "\(service):List*"]),
                    resource: .resource(["arn:aws:\(service):us-east-1:111111111111:thing/\(i)/*"]),
                    conditions: conditions ? typicalConditions : []
                )
            )
        }
        statements.append(
            PolicyStatement(
                sid: "ReadReports",
                effect: .allow,
                action: .action(["s3:GetObject", "s3:ListBucket"]),
                resource: .resource(["arn:aws:s3:::reports", "arn:aws:s3:::reports/*"]),
                conditions: conditions ? typicalConditions : []
            )
        )
        return PolicyDocument(statements: statements)
    }

    static let typicalConditions: [Condition] = [
        Condition(ConditionOperator(.ipAddress), key: "aws:SourceIp", values: ["203.0.113.0/24", "198.51.100.0/24"]),
        Condition(ConditionOperator(.bool), key: "aws:SecureTransport", values: ["true"]),
        Condition(ConditionOperator(.stringEquals), key: "aws:PrincipalTag/team", values: ["analytics", "finance"]),
    ]

    static let heavyConditions: [Condition] =
        typicalConditions + [
            Condition(ConditionOperator(.dateLessThan), key: "aws:CurrentTime", values: ["2030-01-01T00:00:00Z"]),
            Condition(ConditionOperator(.arnLike), key: "aws:PrincipalArn", values: ["arn:aws:iam::*:user/a*"]),
            Condition(
                ConditionOperator(.stringLike, qualifier: .forAnyValue),
                key: "aws:TagKeys",
                values: ["cost*", "team", "env"]
            ),
            Condition(ConditionOperator(.numericLessThanEquals), key: "aws:MultiFactorAuthAge", values: ["3600"]),
            Condition(
                ConditionOperator(.stringNotEquals, ifExists: true),
                key: "aws:ResourceTag/env",
                values: ["prod"]
            ),
        ]

    /// Twenty `s3` statements, each with eight conditions of different families.
    static let conditionHeavy = PolicyDocument(
        statements: (0..<20)
            .map { i in
                PolicyStatement(
                    sid: "Heavy\(i)",
                    effect: .allow,
                    action: .action(["s3:Get*"]),
                    resource: .resource(["arn:aws:s3:::reports/*"]),
                    conditions: heavyConditions
                )
            }
    )

    static let bucketPolicy = PolicyDocument(statements: [
        PolicyStatement(
            sid: "DenyInsecure",
            effect: .deny,
            principal: .principal(.any),
            action: .action(["s3:*"]),
            resource: .resource(["arn:aws:s3:::reports/*"]),
            conditions: [Condition(ConditionOperator(.bool), key: "aws:SecureTransport", values: ["false"])]
        ),
        PolicyStatement(
            sid: "Partner",
            effect: .allow,
            principal: .principal(.entries([PrincipalEntry(.aws, "arn:aws:iam::222222222222:root")])),
            action: .action(["s3:GetObject"]),
            resource: .resource(["arn:aws:s3:::reports/*"])
        ),
    ])

    static let context: RequestContext = [
        "aws:SourceIp": "203.0.113.7",
        "aws:SecureTransport": true,
        "aws:PrincipalTag/team": "analytics",
        "aws:CurrentTime": "2026-11-29T12:00:00Z",
        "aws:TagKeys": ["cost-center", "owner"],
        "aws:MultiFactorAuthAge": 60,
    ]

    static func request() throws -> AuthorizationRequest {
        try AuthorizationRequest(
            principal: user,
            action: "s3:GetObject",
            resource: "arn:aws:s3:::reports/2026/q3.csv",
            resourceAccount: account,
            context: context
        )
    }
}
