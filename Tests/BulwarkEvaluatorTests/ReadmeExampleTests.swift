import Bulwark
import BulwarkTesting
import Foundation
import Testing

// The code below appears verbatim in README.md; `ReadmeSyncTests` fails when a README block is
// missing here, and the tests at the end check that each example does what the README says.

// MARK: - README: use Bulwark in your own tools

/// What a reviewer wants to know first about an account snapshot made by `bulwark collect`.
func reviewAccount(at directory: URL) async throws -> [String] {
    let snapshot = try await AccountSnapshot.load(from: directory)
    let inventory = snapshot.inventory
    var lines = [
        "account \(snapshot.accountID): \(inventory.totalCount(of: "AWS::IAM::User")) users, "
            + "\(inventory.totalCount(of: "AWS::S3::Bucket")) buckets, regions \(snapshot.regionNames.joined(separator: " "))"
    ]
    for item in snapshot.iam.users.items {  // every user, or why the users could not be read
        guard case .value(let user) = item else {
            lines.append("users: cannot tell (\(item.unreadable?.code ?? ""))")
            continue
        }
        switch user.accessKeys.filter({ $0.status == .active }) {
        case .value(let active) where active.count > 1:
            lines.append("user \(user.userName) has \(active.count) active access keys")
        case .unknown(let reason): lines.append("user \(user.userName): cannot tell (\(reason.code))")
        default: continue
        }
    }
    for item in snapshot.s3.buckets.items {
        guard case .value(let bucket) = item else {
            lines.append("buckets: cannot tell (\(item.unreadable?.code ?? ""))")
            continue
        }
        switch bucket.publicAccessBlock {
        case .value: continue
        case .notConfigured: lines.append("bucket \(bucket.name) has no public access block")
        case .unknown(let reason): lines.append("bucket \(bucket.name): cannot tell (\(reason.code))")
        }
    }
    for failure in snapshot.failedCalls {
        lines.append("could not read \(failure.call.name): \(failure.code)")
    }
    return lines
}

// MARK: - README: evaluate IAM policies in your unit tests

@Test func deployRoleUploadsArtifactsButCannotDeleteThem() throws {
    let deploy = try PolicyDocument(
        json: """
            {"Version": "2012-10-17",
             "Statement": [{"Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject"],
                            "Resource": "arn:aws:s3:::artifacts/*"}]}
            """
    )
    let policies = PolicySet(identityPolicies: [deploy])
    let upload = try IAMRequest.session(of: "deploy", in: "111122223333")
        .action("s3:PutObject")
        .resource("arn:aws:s3:::artifacts/app.zip", ownedBy: "111122223333")
    #expect(policies.decision(for: upload) == .allow)
    expectDenied(upload.action("s3:DeleteObject"), by: policies)
}

// MARK: - README: evaluate without the testing helpers, and explain

/// Whether anyone on the internet can read `key` in a bucket whose policy is `bucketPolicy`.
func explainAnonymousRead(of key: String, bucketPolicy: String) throws -> Evaluation {
    let policy = try PolicyDocument(json: bucketPolicy, kind: .resource)
    let request = try AuthorizationRequest(
        principal: "*",
        action: "s3:GetObject",
        resource: "arn:aws:s3:::\(key)",
        resourceAccount: "123456789012",
        context: ["aws:SecureTransport": true]
    )
    let compiled = PolicySet(resourcePolicy: policy).compiled()
    return compiled.evaluate(request)  // .decision, and .explanation: the rule and the statements
}

// MARK: - README: parse, validate and lint policies, expand actions with the catalog

/// Every problem in a policy: grammar errors first (what AWS would reject), then catalog lint.
func reviewPolicy(_ text: String) throws -> [String] {
    var parsed = PolicyDocument.parse(text, kind: .identity)
    parsed.lint(with: [CatalogLinter(catalog: try AWSCatalog.shared)])
    return parsed.diagnostics.map { "\($0.path): \($0.severity.rawValue): \($0.message) [\($0.code)]" }
}

/// The read-only actions a pattern such as `s3:GetObject*` grants.
func readActions(matching pattern: String) throws -> [String] {
    try AWSCatalog.shared.actions(matching: pattern)
        .filter { $0.accessLevel == .read }
        .map(\.fullName)
}

// MARK: - README: write policies in Swift

/// The deploy role's policy, checked for an identity policy and against the AWS catalog.
func deployPolicy(bucket: String) throws -> PolicyDocument {
    try PolicyDocument(kind: .identity) {
        Statement(.allow, sid: "Upload") {
            Actions("s3:GetObject", "s3:PutObject")
            Resources(.s3Object(bucket: bucket, key: "\(.aws.username)/*"))
            Condition.bool(.aws.secureTransport, true)
        }
    }
    .checked(against: .shared)
}

// MARK: - Checks that the README examples do what the README says

/// Runs the README's examples against the bundled example account and example policies.
@Suite struct ReadmeExampleTests {
    static let exampleAccount = CodeBlockSync.packageRoot
        .appendingPathComponent("Sources/BulwarkCLI/Examples/example-account")

    @Test func reviewingTheExampleAccountFindsWhatItsReadmeDescribes() async throws {
        let lines = try await reviewAccount(at: Self.exampleAccount)
        #expect(lines.first == "account 123456789012: 4 users, 2 buckets, regions eu-west-1 us-east-1")
        #expect(lines.contains("user bob has 2 active access keys"))
        #expect(lines.contains("bucket example-public-assets has no public access block"))
        #expect(lines.contains("could not read kms list-keys: AccessDeniedException"))
    }

    @Test func anonymousReadOfAPublicBucketIsAllowedAndExplained() throws {
        let publicAssets = """
            {"Version": "2012-10-17",
             "Statement": [{"Sid": "PublicRead", "Effect": "Allow", "Principal": "*",
                            "Action": "s3:GetObject", "Resource": "arn:aws:s3:::example-public-assets/*"}]}
            """
        let evaluation = try explainAnonymousRead(of: "example-public-assets/logo.png", bucketPolicy: publicAssets)
        #expect(evaluation.decision == .allow)
        #expect(evaluation.explanation.decidingStatement?.sid == "PublicRead")
        let elsewhere = try explainAnonymousRead(of: "private/logo.png", bucketPolicy: publicAssets)
        #expect(elsewhere.decision == .implicitDeny)
    }

    @Test func reviewingPoliciesReportsGrammarErrorsAndLintWithPaths() throws {
        #expect(
            try reviewPolicy(
                #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}"#
            )
            .isEmpty
        )
        let typo = try reviewPolicy(
            #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObjekt", "Resource": "*"}]}"#
        )
        #expect(typo.count == 1)
        #expect(typo.first?.hasPrefix("Statement[0].Action: warning:") == true)
        let broken = try reviewPolicy(#"{"Version": "2012-10-17", "Statement": [{"Effect": "Permit"}]}"#)
        #expect(broken.contains { $0.hasPrefix("Statement[0].Effect: error:") })
    }

    @Test func deployPolicyEncodesCanonically() throws {
        let policy = try deployPolicy(bucket: "artifacts")
        #expect(
            policy.jsonString()
                == #"{"Version":"2012-10-17","Statement":[{"Sid":"Upload","Effect":"Allow","Action":["s3:GetObject","s3:PutObject"],"Resource":"arn:aws:s3:::artifacts/${aws:username}/*","Condition":{"Bool":{"aws:SecureTransport":true}}}]}"#
        )
        #expect(try PolicyDocument(json: policy.jsonString(pretty: true)) == policy)
    }

    @Test func expandingAPatternKeepsOnlyReadActions() throws {
        let actions = try readActions(matching: "s3:GetObject*")
        #expect(actions.contains("s3:GetObject"))
        #expect(actions.contains("s3:GetObjectTagging"))
        #expect(actions.allSatisfy { $0.hasPrefix("s3:GetObject") })
        #expect(try readActions(matching: "s3:PutObject").isEmpty)
    }
}

/// Keeps README.md's Swift code and this file's code identical.
@Suite struct ReadmeSyncTests {
    @Test func everyReadmeCodeBlockIsInThisFile() throws {
        try CodeBlockSync.expectBlocks(of: "README.md", minimumBlocks: 5)
    }

    @Test func aBlockThatDriftedIsReported() {
        let source = ["import Bulwark", "", "func f() {", "let x = 1", "}"]
        #expect(CodeBlockSync.block(["import Bulwark", "", "func f() {", "let x = 1", "}"], occursIn: source))
        #expect(!CodeBlockSync.block(["func f() {", "let x = 2", "}"], occursIn: source))
        #expect(!CodeBlockSync.block(["import Testing", "func f() {"], occursIn: source))
        #expect(
            CodeBlockSync.swiftBlocks(in: "text\n```swift\n  let a = 1\n```\n```swift\n// Package.swift\n```\n")
                == [["let a = 1"]]
        )
    }
}
