/// Amazon Inspector's status for an account in a region (`inspector2 batch-get-account-status`).
public struct InspectorAccountStatus: Sendable, Hashable {
    /// The account.
    public var accountID: String
    /// The overall state.
    public var state: InspectorState?
    /// The state per scan type.
    public var resourceState: InspectorResourceState?

    /// Creates an `InspectorAccountStatus` from its parts.
    public init(
        accountID: String,
        state: InspectorState? = nil,
        resourceState: InspectorResourceState? = nil
    ) {
        self.accountID = accountID
        self.state = state
        self.resourceState = resourceState
    }
}

extension InspectorAccountStatus: Decodable {
    private enum CodingKeys: String, CodingKey {
        case accountID = "accountId"
        case state = "state"
        case resourceState = "resourceState"
    }

    /// Decodes an `InspectorAccountStatus` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        accountID = try container.decode(String.self, forKey: .accountID)
        state = try container.decodeIfPresent(InspectorState.self, forKey: .state)
        resourceState = try container.decodeIfPresent(InspectorResourceState.self, forKey: .resourceState)
    }
}

/// An Inspector state.
public struct InspectorState: Sendable, Hashable {
    /// `ENABLED`, `DISABLED`, `ENABLING`, `SUSPENDED`, and others.
    public var status: String

    /// Creates an `InspectorState` from its parts.
    public init(status: String) {
        self.status = status
    }
}

extension InspectorState: Decodable {
    private enum CodingKeys: String, CodingKey {
        case status = "status"
    }

    /// Decodes an `InspectorState` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        status = try container.decode(String.self, forKey: .status)
    }
}

/// Inspector's state per scan type.
public struct InspectorResourceState: Sendable, Hashable {
    /// EC2 scanning.
    public var ec2: InspectorState?
    /// ECR scanning.
    public var ecr: InspectorState?
    /// Lambda standard scanning.
    public var lambda: InspectorState?
    /// Lambda code scanning.
    public var lambdaCode: InspectorState?

    /// Creates an `InspectorResourceState` from its parts.
    public init(
        ec2: InspectorState? = nil,
        ecr: InspectorState? = nil,
        lambda: InspectorState? = nil,
        lambdaCode: InspectorState? = nil
    ) {
        self.ec2 = ec2
        self.ecr = ecr
        self.lambda = lambda
        self.lambdaCode = lambdaCode
    }
}

extension InspectorResourceState: Decodable {
    private enum CodingKeys: String, CodingKey {
        case ec2 = "ec2"
        case ecr = "ecr"
        case lambda = "lambda"
        case lambdaCode = "lambdaCode"
    }

    /// Decodes an `InspectorResourceState` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        ec2 = try container.decodeIfPresent(InspectorState.self, forKey: .ec2)
        ecr = try container.decodeIfPresent(InspectorState.self, forKey: .ecr)
        lambda = try container.decodeIfPresent(InspectorState.self, forKey: .lambda)
        lambdaCode = try container.decodeIfPresent(InspectorState.self, forKey: .lambdaCode)
    }
}
