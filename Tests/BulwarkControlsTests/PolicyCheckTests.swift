import BulwarkControls
import BulwarkIAM
import BulwarkModels
import Testing

@Suite struct PolicyCheckTests {
    private func finding(
        _ policy: Observed<EmbeddedPolicy>,
        organizations: OrganizationsResources = OrganizationsResources()
    )
        -> Finding?
    {
        let bucket = S3Bucket(name: "site", policy: policy)
        return bucketNotPublic.evaluate(snapshot(buckets: .value([bucket]), organizations: organizations)).first
    }

    // S3 User Guide, "Bucket policy examples": "Principal": "*" grants anonymous access.
    @Test func publicReadFailsWithTheEvaluationAsEvidence() throws {
        let result = finding(try bucketPolicy(grant("\"*\"", "s3:GetObject", on: "site")))
        #expect(result?.status == .fail)
        #expect(result?.message.contains("anonymous is allowed s3:GetObject") == true)
        #expect(result?.evidence.evaluations.first?.evaluation.decision == .allow)
        #expect(result?.evidence.evaluations.first?.principal == "*")
    }

    // No bucket policy: nothing grants anonymous callers or other accounts (IAM User Guide,
    // "Cross-account policy evaluation logic").
    @Test func noPolicyPasses() {
        let result = finding(.notConfigured)
        #expect(result?.status == .pass)
        #expect(result?.evidence.evaluations.first?.evaluation.decision == .implicitDeny)
    }

    // A policy naming another account's role lets that role write: any-other-account finds it.
    @Test func namedOtherAccountIsFound() throws {
        let policy = grant("{\"AWS\": \"arn:aws:iam::444455556666:role/uploader\"}", "s3:PutObject", on: "site")
        let result = finding(try bucketPolicy(policy))
        #expect(result?.status == .fail)
        #expect(
            result?.evidence.evaluations.first { $0.evaluation.decision == .allow }?.principal
                == "arn:aws:iam::444455556666:role/uploader"
        )
    }

    // A grant to the bucket's own account is not external access.
    @Test func ownAccountIsNotExternal() throws {
        let policy = grant("{\"AWS\": \"arn:aws:iam::111122223333:root\"}", "s3:PutObject", on: "site")
        #expect(finding(try bucketPolicy(policy))?.status == .pass)
    }

    @Test func unreadablePolicyIsUnknown() {
        let result = finding(.unknown(.failed("s3api get-bucket-policy")))
        #expect(result?.status == .unknown)
        #expect(result?.unknownReason?.code == "AccessDenied")
    }

    @Test func unparsablePolicyIsUnknown() {
        let result = finding(
            .value(
                EmbeddedPolicy(
                    text: "{",
                    parsed: Result { () throws(IAMError) in try PolicyDocument(json: "{", kind: .resource) }
                )
            )
        )
        #expect(result?.status == .unknown)
        #expect(result?.unknownReason?.code == UnknownReason.unparsablePolicy)
    }

    // IAM User Guide, "Resource control policies": an RCP denying access from outside the
    // organization applies even when the bucket policy allows everyone.
    @Test func resourceControlPolicyDenies() throws {
        let rcp = try PolicyDocument(
            json: """
                {"Version": "2012-10-17", "Statement": [
                  {"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"},
                  {"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "*",
                   "Condition": {"StringNotEqualsIfExists": {"aws:PrincipalOrgID": "o-example"},
                                 "BoolIfExists": {"aws:PrincipalIsAWSService": "false"}}}]}
                """,
            kind: .resourceControl
        )
        let organizations = try organization(rcp: rcp)
        let result = finding(try bucketPolicy(grant("\"*\"", "s3:GetObject", on: "site")), organizations: organizations)
        #expect(result?.status == .pass)
        #expect(result?.evidence.evaluations.first?.evaluation.decision == .explicitDeny)
    }

    // When the policies allow but the organization's RCPs cannot be read, an RCP might still deny.
    @Test func unreadableGuardrailsMakeAnAllowUnknown() throws {
        let organizations = OrganizationsResources(
            organization: .value(
                Organization(
                    id: "o-example",
                    arn: try ARN(parsing: "arn:aws:organizations::999988887777:organization/o-example"),
                    featureSet: "ALL",
                    masterAccountID: "999988887777"
                )
            ),
            accounts: .unknown(.failed("organizations list-accounts"))
        )
        let result = finding(try bucketPolicy(grant("\"*\"", "s3:GetObject", on: "site")), organizations: organizations)
        #expect(result?.status == .unknown)
        #expect(result?.message.contains("RCP") == true)
    }

    private func organization(rcp: PolicyDocument) throws -> OrganizationsResources {
        let content = EmbeddedPolicy(text: "", document: rcp)
        let targets: [PolicyTarget] = try ["r-root", "111122223333"]
            .map {
                PolicyTarget(
                    targetID: $0,
                    arn: try ARN(parsing: "arn:aws:organizations::999988887777:account/o-example/\($0)"),
                    name: "",
                    type: ""
                )
            }
        return OrganizationsResources(
            organization: .value(
                Organization(
                    id: "o-example",
                    arn: try ARN(parsing: "arn:aws:organizations::999988887777:organization/o-example"),
                    featureSet: "ALL",
                    masterAccountID: "999988887777"
                )
            ),
            accounts: .value([
                OrganizationAccount(
                    id: testAccount,
                    arn: try ARN(parsing: "arn:aws:organizations::999988887777:account/o-example/111122223333"),
                    name: "prod",
                    parentID: "r-root"
                )
            ]),
            organizationalUnits: .value([]),
            resourceControlPolicies: .value([
                OrganizationPolicy(
                    id: "p-1",
                    arn: try ARN(
                        parsing: "arn:aws:organizations::999988887777:policy/o-example/resource_control_policy/p-1"
                    ),
                    type: .resourceControlPolicy,
                    content: .value(content),
                    targets: .value(targets)
                )
            ])
        )
    }
}
