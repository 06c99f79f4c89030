import Bulwark
import BulwarkIAM
import Foundation
import Testing

// The code below appears verbatim in Documentation/Bulwark.docc/GettingStarted.md; `GettingStartedSyncTests`
// fails when a block of the guide is missing here.

/// Prints an overview of the snapshot in `directory`.
func printOverview(of directory: URL) async throws {
    let snapshot = try await AccountSnapshot.load(from: directory)
    for item in snapshot.s3.buckets.items {
        switch item {
        case .value(let bucket):
            let blocked = bucket.publicAccessBlock
            print(
                bucket.name,
                blocked.isNotConfigured ? "no public access block" : blocked.isKnown ? "blocked" : "unknown"
            )
        case .unknown(let reason):
            print("buckets unknown:", reason)  // the list itself could not be read
        }
    }
    for count in snapshot.inventory.counts {
        print(count.region, count.type, count.count)  // global AWS::IAM::User 4
    }
    for failure in snapshot.failedCalls {
        print("unknown:", failure)  // kms list-keys (eu-west-1): AccessDeniedException (…)
    }
}

/// Runs the guide's examples and checks what its comments say they print.
@Suite struct GettingStartedExampleTests {
    @Test func firstEvaluation() throws {
        let readReports = try PolicyDocument(
            json: """
                {"Version": "2012-10-17",
                 "Statement": [{"Sid": "ReadReports", "Effect": "Allow",
                                "Action": "s3:GetObject", "Resource": "arn:aws:s3:::reports/*"}]}
                """
        )
        let policies = PolicySet(identityPolicies: [readReports]).compiled()
        var request = try AuthorizationRequest(
            principal: "arn:aws:iam::111122223333:user/analyst",
            action: "s3:GetObject",
            resource: "arn:aws:s3:::reports/q1.csv",
            resourceAccount: "111122223333"
        )
        let evaluation = policies.evaluate(request)
        print(evaluation.decision)  // Allow
        print(evaluation.explanation.decidingStatement?.sid ?? "none")  // ReadReports
        print(evaluation)  // the decision, the rule that decided, the statements that matched
        request.action = "s3:PutObject"
        print(policies.decision(for: request))  // ImplicitDeny: nothing allows it

        #expect(evaluation.decision.description == "Allow")
        #expect(evaluation.explanation.decidingStatement?.sid == "ReadReports")
        #expect(policies.decision(for: request).description == "ImplicitDeny")
    }

    @Test func firstSnapshot() async throws {
        let directory = CodeBlockSync.packageRoot.appendingPathComponent("Sources/BulwarkCLI/Examples/example-account")
        try await printOverview(of: directory)
        let snapshot = try await AccountSnapshot.load(from: directory)
        #expect(snapshot.inventory.count(of: "AWS::IAM::User") == 4)
        #expect(
            snapshot.failedCalls.map(\.description)
                .contains { $0.hasPrefix("kms list-keys (eu-west-1): AccessDeniedException") }
        )
        #expect(
            snapshot.s3.bucket(named: "example-public-assets").valueIfPresent?.publicAccessBlock.isNotConfigured == true
        )
    }
}

/// Keeps the guide's code and this file's code identical.
@Suite struct GettingStartedSyncTests {
    @Test func everyGuideCodeBlockIsInThisFile() throws {
        try CodeBlockSync.expectBlocks(of: "Documentation/Bulwark.docc/GettingStarted.md", minimumBlocks: 2)
    }
}
