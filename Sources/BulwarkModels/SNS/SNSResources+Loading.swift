import BulwarkIAM
extension SNSResources {
    /// Reads `sns list-topics` and each topic's attributes.
    static func load(from reader: SnapshotReader, scope: SnapshotScope) async -> SNSResources {
        let topics = await reader.list(ListedTopic.self, .call(scope, "sns", "list-topics"), key: "Topics")
            .asyncMap { listed in
                await Concurrently.map(listed) { topic in
                    SNSTopic(
                        topicARN: topic.topicARN,
                        attributes: reader.member(
                            TopicAttributes.self,
                            .call(scope, "sns", "get-topic-attributes", topic.topicARN),
                            key: "Attributes",
                            policyKind: .resource
                        )
                    )
                }
            }
        return SNSResources(topics: topics)
    }
}

/// One entry of `sns list-topics`.
struct ListedTopic: Decodable, Sendable {
    var topicARN: ARN

    private enum CodingKeys: String, CodingKey {
        case topicARN = "TopicArn"
    }
}
