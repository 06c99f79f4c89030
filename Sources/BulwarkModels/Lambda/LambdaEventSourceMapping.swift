public import BulwarkIAM

/// A Lambda event source mapping (`lambda list-event-source-mappings`): a queue or stream that
/// invokes a function, so whoever changes the function's code runs it without invoking it.
public struct LambdaEventSourceMapping: Sendable, Hashable {
    /// The mapping's id.
    public var uuid: String
    /// The function it invokes.
    public var functionARN: ARN?
    /// The queue or stream it reads.
    public var eventSourceARN: ARN?
    /// The mapping's state, such as `Enabled` or `Disabled`.
    public var state: String?

    /// Creates a mapping.
    public init(uuid: String, functionARN: ARN? = nil, eventSourceARN: ARN? = nil, state: String? = nil) {
        self.uuid = uuid
        self.functionARN = functionARN
        self.eventSourceARN = eventSourceARN
        self.state = state
    }
}

extension LambdaEventSourceMapping: Decodable {
    private enum CodingKeys: String, CodingKey {
        case uuid = "UUID"
        case functionARN = "FunctionArn"
        case eventSourceARN = "EventSourceArn"
        case state = "State"
    }

    /// Decodes a mapping from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        uuid = try container.decode(String.self, forKey: .uuid)
        functionARN = try container.decodeARNIfPresent(forKey: .functionARN)
        eventSourceARN = try container.decodeARNIfPresent(forKey: .eventSourceARN)
        state = try container.decodeIfPresent(String.self, forKey: .state)
    }
}
