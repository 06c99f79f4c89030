import Foundation

/// Why an AWS CLI call failed: the AWS error code and message, parsed from what the CLI printed on
/// standard error, and written as the call's `.error.json` record.
struct CallFailure: Codable, Hashable, Sendable {
    /// The AWS error code (`AccessDenied`, `NoSuchBucketPolicy`), or a code of ours when the CLI failed
    /// before AWS answered (`EndpointConnectionError`, `NoCredentials`, `CLIError`, …).
    var code: String
    /// The error message.
    var message: String
    /// The AWS CLI service name of the call.
    var service: String?
    /// The AWS CLI operation name of the call.
    var operation: String?
    /// The region the call was made in.
    var region: String?
    /// The AWS CLI's exit status.
    var exitStatus: Int32?

    enum CodingKeys: String, CodingKey {
        case code = "Code"
        case message = "Message"
        case service = "Service"
        case operation = "Operation"
        case region = "Region"
        case exitStatus = "ExitStatus"
    }

    /// Codes that mean "slow down": the call is retried with backoff.
    static let throttlingCodes: Set<String> = [
        "Throttling", "ThrottlingException", "ThrottledException", "RequestLimitExceeded", "TooManyRequests",
        "TooManyRequestsException", "RequestThrottled", "RequestThrottledException", "SlowDown",
        "ProvisionedThroughputExceededException", "BandwidthLimitExceeded", "PriorRequestNotComplete",
        "EC2ThrottledException",
    ]

    /// Whether AWS asked us to slow down.
    var isThrottling: Bool { Self.throttlingCodes.contains(code) }

    /// CLI messages that are not AWS errors, by the text they start with, and the code we give them.
    private static let knownCLIFailures: [(prefix: String, code: String)] = [
        ("Could not connect to the endpoint URL", "EndpointConnectionError"),
        ("Unable to locate credentials", "NoCredentials"),
        ("You must specify a region", "NoRegion"),
        ("Parameter validation failed", "ParamValidation"),
        ("The config profile", "ProfileNotFound"),
        ("Read timeout on endpoint URL", "ReadTimeout"),
        ("Connect timeout on endpoint URL", "ConnectTimeout"),
        ("Unable to parse response", "UnparseableResponse"),
        ("Error when retrieving token from sso", "SSOTokenError"),
        ("The SSO session associated with this profile has expired", "SSOTokenExpired"),
    ]

    /// Parses what the AWS CLI printed on standard error when it exited with `exitStatus`.
    ///
    /// AWS errors look like `An error occurred (AccessDenied) when calling the ListUsers operation: message`
    /// (with ` (reached max retries: 4)` before the colon after retries). Other failures get a code of
    /// ours and the most telling line as the message.
    init(stderr: String, exitStatus: Int32) {
        self.exitStatus = exitStatus
        if let parsed = Self.parseAWSError(stderr) {
            code = parsed.code
            message = parsed.message
            return
        }
        let lines = stderr.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        if let line = lines.first(where: { line in Self.knownCLIFailures.contains { line.hasPrefix($0.prefix) } }),
            let known = Self.knownCLIFailures.first(where: { line.hasPrefix($0.prefix) })
        {
            code = known.code
            message = Self.clipped(lines.drop(while: { $0 != line }).joined(separator: " "))
        } else if let line = lines.first(where: { $0.contains("Invalid choice") || $0.contains("invalid choice") }) {
            code = "InvalidChoice"
            message = Self.clipped(line)
        } else {
            code = "CLIError"
            message = Self.clipped(lines.last ?? "the AWS CLI exited with status \(exitStatus) and printed nothing")
        }
    }

    /// Creates a failure with a known code and message.
    init(code: String, message: String, exitStatus: Int32? = nil) {
        self.code = code
        self.message = message
        self.exitStatus = exitStatus
    }

    /// The code and message of `An error occurred (CODE) when calling the OP operation…: MESSAGE`.
    static func parseAWSError(_ text: String) -> (code: String, message: String)? {
        let marker = "An error occurred ("
        guard let start = text.range(of: marker) else { return nil }
        let afterMarker = text[start.upperBound...]
        guard let close = afterMarker.range(of: ") when calling the ") else { return nil }
        let code = String(afterMarker[..<close.lowerBound])
        guard !code.isEmpty, !code.contains("\n") else { return nil }
        let rest = afterMarker[close.upperBound...]
        guard let operationEnd = rest.range(of: " operation") else { return nil }
        var tail = rest[operationEnd.upperBound...]
        // After retries the CLI adds " (reached max retries: 4)" before the colon.
        if tail.hasPrefix(" ("), let closeParen = tail.firstIndex(of: ")") {
            tail = tail[tail.index(after: closeParen)...]
        }
        var message = ""
        if tail.hasPrefix(":") {
            message = cleaned(String(tail.dropFirst()))
        }
        return (code, clipped(message))
    }

    /// A message on one line: HTML error pages reduced to their text, runs of white space to one space.
    static func cleaned(_ text: String) -> String {
        var result = ""
        var inTag = false
        let isHTML = text.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("<")
        for character in text {
            if isHTML, character == "<" {
                inTag = true
                result.append(" ")
            } else if isHTML, character == ">" {
                inTag = false
            } else if !inTag {
                result.append(character)
            }
        }
        return result.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `text` shortened to at most 2,000 characters.
    private static func clipped(_ text: String) -> String {
        text.count > 2000 ? String(text.prefix(2000)) + "…" : text
    }
}
