/// Why text is not a valid ARN.
public struct ARNError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable error code (open set).
    public struct Code: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        /// The code's text.
        public var rawValue: String
        /// Creates a code from its text.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The text does not start with `arn:`.
        public static let missingPrefix = Code(rawValue: "missing-prefix")
        /// Fewer than six colon-separated parts.
        public static let tooFewParts = Code(rawValue: "too-few-parts")
        /// The partition is empty.
        public static let emptyPartition = Code(rawValue: "empty-partition")
        /// The partition has characters other than lowercase letters, digits and `-`.
        public static let invalidPartition = Code(rawValue: "invalid-partition")
        /// The service is empty.
        public static let emptyService = Code(rawValue: "empty-service")
        /// The service contains `*` or `?`, which IAM does not allow.
        public static let wildcardService = Code(rawValue: "wildcard-service")
        /// The service has characters other than letters, digits, `-` and `.`.
        public static let invalidService = Code(rawValue: "invalid-service")
        /// The account is neither empty, 12 digits, `aws`, nor a wildcard pattern.
        public static let invalidAccount = Code(rawValue: "invalid-account")
        /// Nothing after the fifth colon.
        public static let emptyResource = Code(rawValue: "empty-resource")

        /// The code's text.
        public var description: String { rawValue }
    }

    /// What is wrong.
    public var code: Code
    /// The text that failed to parse.
    public var text: String

    /// Creates an error.
    public init(_ code: Code, _ text: String) {
        self.code = code
        self.text = text
    }

    /// A sentence saying what is wrong and what a valid ARN looks like.
    public var message: String {
        switch code {
        case .missingPrefix: "'\(text)' is not an ARN: it must start with 'arn:' (or be \"*\")"
        case .tooFewParts:
            "'\(text)' has fewer than six ':'-separated parts; write arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE "
                + "(leave region or account empty, as in arn:aws:s3:::bucket)"
        case .emptyPartition: "'\(text)' has an empty partition; use aws, aws-cn or aws-us-gov"
        case .invalidPartition: "'\(text)' has an invalid partition; use aws, aws-cn or aws-us-gov"
        case .emptyService: "'\(text)' has an empty service namespace; write one such as s3 or iam"
        case .wildcardService:
            "'\(text)' has a wildcard in the service namespace, which IAM rejects; name the service (s3, iam, …)"
        case .invalidService: "'\(text)' has an invalid service namespace; use lowercase letters, digits and '-'"
        case .invalidAccount:
            "'\(text)' has an invalid account; use a 12-digit account id, leave it empty, or use a wildcard"
        case .emptyResource: "'\(text)' has an empty resource; write the resource after the fifth ':' (or '*')"
        default: "'\(text)' is not a valid ARN (\(code))"
        }
    }

    /// The message.
    public var description: String { message }
}
