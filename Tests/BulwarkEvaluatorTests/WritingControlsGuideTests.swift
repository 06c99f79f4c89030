import Bulwark
import Foundation
import Testing

// The code below appears verbatim in
// Sources/BulwarkControls/BulwarkControls.docc/WritingControls.md; `writingControlsGuideInSync`
// fails when a guide block is missing here, and the tests check that the guide's claims hold.

// MARK: - Guide: a control over a collection

let keyAge = Parameter("maximumAccessKeyAgeDays", default: 90, "Days an active access key may be used")

let accessKeysRotated = Control(
    id: "ACME-IAM-1",
    title: "Active access keys are rotated",
    domain: .identityAndAccess,
    severity: .medium,
    references: [.cis5("1.13"), .fsbp("IAM.3")],
    rationale: "A long-lived key that leaks stays useful to an attacker until it is rotated.",
    remediation: Remediation(
        "Create a new key, switch to it, then deactivate and delete the old one.",
        cli: "aws iam update-access-key --user-name <user> --access-key-id <key> --status Inactive"
    ),
    parameters: [keyAge],
    over: \.iam.users
) { user, context in
    ifConfigured(user.accessKeys) { keys in
        for key in keys where key.status == .active {
            let days = key.createDate.map { context.now.timeIntervalSince($0) / 86_400 } ?? .infinity
            expect(
                days <= Double(context[keyAge]),
                "\(user.userName)'s key \(key.accessKeyID) is \(Int(days)) days old"
            )
        }
    }
}

// MARK: - Guide: a policy question

let bucketsPrivate = Control(
    id: "ACME-S3-1",
    title: "No S3 bucket lets anonymous callers read objects",
    domain: .dataProtection,
    severity: .critical,
    over: \.s3.buckets
) { bucket, context in
    denies(.anonymous, "s3:GetObject", on: "arn:aws:s3:::\(bucket.name)/*", policy: bucket.policy, in: context)
}

// MARK: - Guide: an account-level control

let strongPasswords = Control(
    id: "ACME-IAM-2",
    title: "Passwords are at least 14 characters",
    domain: .identityAndAccess,
    severity: .medium
) { context in
    require(context.snapshot.iam.passwordPolicy, "the account has no password policy") { policy in
        expect(
            (policy.minimumPasswordLength ?? 0) >= 14,
            "passwords may be \(policy.minimumPasswordLength ?? 0) characters"
        )
    }
}

// MARK: - Guide: test a control with a hand-built snapshot

@Test func oldKeysFailAndUnreadableKeysAreUnknown() {
    let now = Date(timeIntervalSince1970: 1_800_000_000)
    let old = AccessKey(accessKeyID: "AKIAOLD", status: .active, createDate: now.addingTimeInterval(-200 * 86_400))
    let users = [
        IAMUser(
            userName: "alice",
            arn: ARN(service: "iam", account: "111122223333", resource: "user/alice"),
            accessKeys: .value([old])
        ),
        IAMUser(
            userName: "bob",
            arn: ARN(service: "iam", account: "111122223333", resource: "user/bob"),
            accessKeys: .unknown(.failed("iam list-access-keys"))
        ),
    ]
    let snapshot = AccountSnapshot(accountID: "111122223333", iam: IAMResources(users: .value(users)))
    let findings = accessKeysRotated.evaluate(snapshot, now: now)
    #expect(findings.map(\.status) == [.fail, .unknown])
    #expect(findings[0].message == "alice's key AKIAOLD is 200 days old")
    #expect(accessKeysRotated.with(keyAge, 365).evaluate(snapshot, now: now).map(\.status) == [.pass, .unknown])
}

// MARK: - Guide: your own framework, and a scan

let acmeBaseline = Framework(id: "acme-baseline", title: "ACME baseline") {
    ControlSection("Identity") {
        accessKeysRotated.with(keyAge, 45)
        strongPasswords
    }
    ControlSection("Data") {
        bucketsPrivate
    }
}

func scanWithACMEBaseline(_ directory: URL) async throws -> String {
    let snapshot = try await AccountSnapshot.load(from: directory)
    let result = await ControlRunner(framework: acmeBaseline).scan(snapshot)
    return result.report(.text)
}

// MARK: - Checks of the guide's claims

@Suite struct WritingControlsGuideTests {
    @Test func writingControlsGuideInSync() throws {
        try CodeBlockSync.expectBlocks(
            of: "Sources/BulwarkControls/BulwarkControls.docc/WritingControls.md",
            minimumBlocks: 5
        )
    }

    @Test func theFrameworkScansTheExampleAccount() async throws {
        let example = CodeBlockSync.packageRoot.appendingPathComponent("Sources/BulwarkCLI/Examples/example-account")
        let report = try await scanWithACMEBaseline(example)
        #expect(report.contains("== Identity and access"))
        #expect(report.contains("ACME-S3-1"))
        #expect(acmeBaseline.control(id: "ACME-IAM-1")?.value(of: keyAge) == 45)
    }

    @Test func publicBucketFails() throws {
        let policy = try PolicyDocument(
            json:
                #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::site/*"}]}"#,
            kind: .resource
        )
        let bucket = S3Bucket(name: "site", policy: .value(EmbeddedPolicy(text: "", document: policy)))
        let finding =
            bucketsPrivate.evaluate(
                AccountSnapshot(accountID: "111122223333", s3: S3Resources(buckets: .value([bucket])))
            )
            .first
        #expect(finding?.status == .fail)
        #expect(finding?.evidence.evaluations.first?.evaluation.decision == .allow)
    }
}
