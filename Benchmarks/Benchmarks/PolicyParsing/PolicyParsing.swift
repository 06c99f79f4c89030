import Benchmark
import Bulwark
import Foundation

// Parse throughput on a generated ~1 MB corpus of realistic policies, against Foundation's
// JSONSerialization on the same bytes as the baseline measured in the same run.
// Run: cd Benchmarks && swift package benchmark --target PolicyParsing
// MB/s = corpus bytes / median wall-clock time of one iteration (each iteration parses the whole corpus).

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration.metrics = [.wallClock, .mallocCountTotal, .throughput]
    Benchmark.defaultConfiguration.maxDuration = .seconds(3)

    let corpus = PolicyCorpus.make(bytes: 1_000_000)
    let data = corpus.map { Data($0) }

    Benchmark("PolicyParsing.JSONParser.1MB") { benchmark in
        for policy in corpus {
            blackHole(try JSONParser.parse(policy))
        }
    }

    Benchmark("PolicyParsing.PolicyDocument.1MB") { benchmark in
        for policy in corpus {
            blackHole(PolicyDocument.parse(policy))
        }
    }

    Benchmark("PolicyParsing.Baseline.JSONSerialization.1MB") { benchmark in
        for policy in data {
            blackHole(try JSONSerialization.jsonObject(with: policy))
        }
    }
}

/// Generates identity policies in the shapes seen in real accounts: several statements, action
/// lists, ARNs with policy variables, and conditions of several operator families.
enum PolicyCorpus {
    static func make(bytes target: Int) -> [[UInt8]] {
        var policies: [[UInt8]] = []
        var total = 0
        var index = 0
        while total < target {
            let policy = Array(policyText(index).utf8)
            total += policy.count
            policies.append(policy)
            index += 1
        }
        return policies
    }

    static func policyText(_ seed: Int) -> String {
        let services = ["s3", "ec2", "dynamodb", "lambda", "sqs", "kms", "logs", "iam"]
        var statements: [String] = []
        for index in 0..<12 {
            let service = services[(seed + index) % services.count]
            let actions = (0..<6).map { "\"\(service):Get\($0 + index)Thing\(seed % 7)\"" }
                .joined(separator: ",\n        ")
            statements.append(
                """
                    {
                      "Sid": "Statement\(index)For\(service)",
                      "Effect": "\(index % 4 == 3 ? "Deny" : "Allow")",
                      "Action": [
                        \(actions)
                      ],
                      "Resource": [
                        "arn:aws:\(service):eu-west-1:111122223333:thing/${aws:username}/*",
                        "arn:aws:\(service):us-east-1:111122223333:thing/team-\(seed)/*"
                      ],
                      "Condition": {
                        "StringEquals": {"aws:PrincipalTag/team": ["blue", "green"], "aws:RequestedRegion": "eu-west-1"},
                        "IpAddress": {"aws:SourceIp": ["203.0.113.0/24", "198.51.100.0/24"]},
                        "Bool": {"aws:SecureTransport": "true"}
                      }
                    }
                """
            )
        }
        return "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n" + statements.joined(separator: ",\n")
            + "\n  ]\n}\n"
    }
}
