import Bulwark
import Foundation

/// Writes a synthetic snapshot in the snapshot layout with realistic AWS CLI shapes, for the loading benchmark.
struct SnapshotGenerator {
    /// How many resources of each kind; the total is the sum.
    struct Scale {
        var users = 1_000
        var roles = 1_000
        var policies = 500
        var buckets = 1_000
        var securityGroups = 2_000
        var instances = 1_500
        var volumes = 1_500
        var keys = 500
        var functions = 500
        var queues = 500

        /// 10,000 resources in all.
        static let tenThousandResources = Scale()

        var total: Int {
            users + roles + policies + buckets + securityGroups + instances + volumes + keys + functions + queues
        }
    }

    let resourcesPerKind: Scale
    let account = "123456789012"
    let region = "us-east-1"

    /// Writes the snapshot into `directory` (replacing it) and returns every file written.
    func write(to directory: URL) throws -> [URL] {
        try? FileManager.default.removeItem(at: directory)
        var files: [URL] = []
        func put(_ path: String, _ text: String) throws {
            let url = directory.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            files.append(url)
        }
        let scale = resourcesPerKind
        try put(
            "manifest.json",
            """
            {"formatVersion": 1, "accountId": "\(account)", "partition": "aws", "regions": ["\(region)"],
             "collectedAt": "2026-11-29T00:00:00Z", "toolVersion": "benchmark"}
            """
        )
        try put("global/iam/get-account-authorization-details.json", authorizationDetails(scale))
        for index in 0..<scale.users {
            try put(
                "global/iam/list-access-keys/user-\(index).json",
                """
                {"AccessKeyMetadata": [{"UserName": "user-\(index)", "AccessKeyId": "AKIA\(index)EXAMPLE",
                  "Status": "Active", "CreateDate": "2025-01-01T00:00:00+00:00"}]}
                """
            )
        }
        try put(
            "global/s3api/list-buckets.json",
            "{\"Buckets\": [" + (0..<scale.buckets).map { "{\"Name\": \"bucket-\($0)\", \"CreationDate\": \"2024-01-01T00:00:00+00:00\"}" }
                .joined(separator: ",") + "]}"
        )
        for index in 0..<scale.buckets {
            for (operation, body) in bucketCalls(index) {
                try put("global/s3api/\(operation)/bucket-\(index).json", body)
            }
        }
        try put("\(region)/ec2/describe-security-groups.json", securityGroups(scale.securityGroups))
        try put("\(region)/ec2/describe-instances.json", instances(scale.instances))
        try put("\(region)/ec2/describe-volumes.json", volumes(scale.volumes))
        try put(
            "\(region)/kms/list-keys.json",
            "{\"Keys\": [" + (0..<scale.keys).map { "{\"KeyId\": \"key-\($0)\"}" }.joined(separator: ",") + "]}"
        )
        for index in 0..<scale.keys {
            try put(
                "\(region)/kms/describe-key/key-\(index).json",
                """
                {"KeyMetadata": {"AWSAccountId": "\(account)", "KeyId": "key-\(index)", "Enabled": true,
                 "KeyManager": "CUSTOMER", "KeyState": "Enabled", "KeySpec": "SYMMETRIC_DEFAULT", "KeyUsage": "ENCRYPT_DECRYPT",
                 "Origin": "AWS_KMS", "CreationDate": "2024-01-01T00:00:00+00:00", "MultiRegion": false}}
                """
            )
            try put("\(region)/kms/get-key-rotation-status/key-\(index).json", "{\"KeyRotationEnabled\": \(index % 2 == 0)}")
            try put("\(region)/kms/get-key-policy/key-\(index).json", "{\"Policy\": \(jsonString(keyPolicy)), \"PolicyName\": \"default\"}")
        }
        try put("\(region)/lambda/list-functions.json", functions(scale.functions))
        for index in 0..<scale.functions {
            try put("\(region)/lambda/get-policy/fn-\(index).json", "{\"Policy\": \(jsonString(functionPolicy(index)))}")
        }
        let queueURLs = (0..<scale.queues).map { "https://sqs.\(region).amazonaws.com/\(account)/queue-\($0)" }
        try put("\(region)/sqs/list-queues.json", "{\"QueueUrls\": [" + queueURLs.map { "\"\($0)\"" }.joined(separator: ",") + "]}")
        for (index, url) in queueURLs.enumerated() {
            try put(
                "\(region)/sqs/get-queue-attributes/\(SnapshotLayout.escape(resourceID: url)).json",
                """
                {"Attributes": {"QueueArn": "arn:aws:sqs:\(region):\(account):queue-\(index)", "SqsManagedSseEnabled": "true",
                 "Policy": \(jsonString(queuePolicy(index)))}}
                """
            )
        }
        return files
    }
}
