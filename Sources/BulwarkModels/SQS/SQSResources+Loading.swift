import BulwarkIAM
extension SQSResources {
    /// Reads `sqs list-queues` and each queue's attributes.
    static func load(from reader: SnapshotReader, scope: SnapshotScope) async -> SQSResources {
        let queues = await reader.list(String.self, .call(scope, "sqs", "list-queues"), key: "QueueUrls")
            .asyncMap { urls in
                await Concurrently.map(urls) { url in
                    SQSQueue(
                        queueURL: url,
                        attributes: reader.member(
                            QueueAttributes.self,
                            .call(scope, "sqs", "get-queue-attributes", url),
                            key: "Attributes",
                            policyKind: .resource
                        )
                    )
                }
            }
        return SQSResources(queues: queues)
    }
}
