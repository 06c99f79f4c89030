public import BulwarkIAM

/// A Lambda function with its resource policy and function URL (`lambda list-functions`).
public struct LambdaFunction: Sendable, Hashable {
    /// The function's name.
    public var functionName: String
    /// The function's ARN.
    public var functionARN: ARN
    /// The runtime, such as `python3.12` (absent for container images).
    public var runtime: String?
    /// The execution role's ARN.
    public var role: String?
    /// `Zip` or `Image`.
    public var packageType: String?
    /// The key encrypting environment variables, when customer managed.
    public var kmsKeyARN: ARN?
    /// The environment variables.
    public var environment: LambdaEnvironment?
    /// The VPC the function runs in.
    public var vpcConfig: LambdaVPCConfig?
    /// The resource-based policy (`lambda get-policy`); `.notConfigured` when it has none.
    public var policy: Observed<EmbeddedPolicy>
    /// The function URL (`lambda get-function-url-config`); `.notConfigured` when it has none.
    public var urlConfig: Observed<FunctionURLConfig>

    /// Creates a `LambdaFunction` from its parts.
    public init(
        functionName: String,
        functionARN: ARN,
        runtime: String? = nil,
        role: String? = nil,
        packageType: String? = nil,
        kmsKeyARN: ARN? = nil,
        environment: LambdaEnvironment? = nil,
        vpcConfig: LambdaVPCConfig? = nil,
        policy: Observed<EmbeddedPolicy> = .notConfigured,
        urlConfig: Observed<FunctionURLConfig> = .notConfigured
    ) {
        self.functionName = functionName
        self.functionARN = functionARN
        self.runtime = runtime
        self.role = role
        self.packageType = packageType
        self.kmsKeyARN = kmsKeyARN
        self.environment = environment
        self.vpcConfig = vpcConfig
        self.policy = policy
        self.urlConfig = urlConfig
    }
}

extension LambdaFunction: Decodable {
    private enum CodingKeys: String, CodingKey {
        case functionName = "FunctionName"
        case functionARN = "FunctionArn"
        case runtime = "Runtime"
        case role = "Role"
        case packageType = "PackageType"
        case kmsKeyARN = "KMSKeyArn"
        case environment = "Environment"
        case vpcConfig = "VpcConfig"
    }

    /// Decodes a `LambdaFunction` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        functionName = try container.decode(String.self, forKey: .functionName)
        functionARN = try container.decodeARN(forKey: .functionARN)
        runtime = try container.decodeIfPresent(String.self, forKey: .runtime)
        role = try container.decodeIfPresent(String.self, forKey: .role)
        packageType = try container.decodeIfPresent(String.self, forKey: .packageType)
        kmsKeyARN = try container.decodeARNIfPresent(forKey: .kmsKeyARN)
        environment = try container.decodeIfPresent(LambdaEnvironment.self, forKey: .environment)
        vpcConfig = try container.decodeIfPresent(LambdaVPCConfig.self, forKey: .vpcConfig)
        policy = .notConfigured
        urlConfig = .notConfigured
    }
}

/// A Lambda function's environment.
public struct LambdaEnvironment: Sendable, Hashable {
    /// The environment variables.
    public var variables: [String: String]

    /// Creates a `LambdaEnvironment` from its parts.
    public init(variables: [String: String] = [:]) {
        self.variables = variables
    }
}

extension LambdaEnvironment: Decodable {
    private enum CodingKeys: String, CodingKey {
        case variables = "Variables"
    }

    /// Decodes a `LambdaEnvironment` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        variables = try container.decodeIfPresent([String: String].self, forKey: .variables) ?? [:]
    }
}

/// The VPC settings of a Lambda function.
public struct LambdaVPCConfig: Sendable, Hashable {
    /// The VPC.
    public var vpcID: String?
    /// The subnets.
    public var subnetIDs: [String]
    /// The security groups.
    public var securityGroupIDs: [String]

    /// Creates a `LambdaVPCConfig` from its parts.
    public init(
        vpcID: String? = nil,
        subnetIDs: [String] = [],
        securityGroupIDs: [String] = []
    ) {
        self.vpcID = vpcID
        self.subnetIDs = subnetIDs
        self.securityGroupIDs = securityGroupIDs
    }
}

extension LambdaVPCConfig: Decodable {
    private enum CodingKeys: String, CodingKey {
        case vpcID = "VpcId"
        case subnetIDs = "SubnetIds"
        case securityGroupIDs = "SecurityGroupIds"
    }

    /// Decodes a `LambdaVPCConfig` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        vpcID = try container.decodeIfPresent(String.self, forKey: .vpcID)
        subnetIDs = try container.decodeIfPresent([String].self, forKey: .subnetIDs) ?? []
        securityGroupIDs = try container.decodeIfPresent([String].self, forKey: .securityGroupIDs) ?? []
    }
}

/// A Lambda function URL (`lambda get-function-url-config`).
public struct FunctionURLConfig: Sendable, Hashable {
    /// The URL.
    public var functionURL: String
    /// `NONE` (public) or `AWS_IAM`.
    public var authType: FunctionURLAuthType

    /// Creates a `FunctionURLConfig` from its parts.
    public init(functionURL: String, authType: FunctionURLAuthType) {
        self.functionURL = functionURL
        self.authType = authType
    }
}

extension FunctionURLConfig: Decodable {
    private enum CodingKeys: String, CodingKey {
        case functionURL = "FunctionUrl"
        case authType = "AuthType"
    }

    /// Decodes a `FunctionURLConfig` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        functionURL = try container.decode(String.self, forKey: .functionURL)
        authType = try container.decode(FunctionURLAuthType.self, forKey: .authType)
    }
}

/// How a Lambda function URL authenticates callers.
///
/// An open set: values AWS adds later decode too; the known ones are static members.
public struct FunctionURLAuthType: AWSString {
    /// The value as AWS spells it.
    public var rawValue: String

    /// Creates a value from its AWS spelling.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// : Anyone may call the URL (the function's resource policy still applies).
    public static let none = FunctionURLAuthType(rawValue: "NONE")

    /// : Callers must sign requests with IAM credentials.
    public static let awsIAM = FunctionURLAuthType(rawValue: "AWS_IAM")
}
