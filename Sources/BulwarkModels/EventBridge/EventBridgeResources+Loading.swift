import BulwarkIAM

extension EventBridgeResources {
    /// Reads `events list-event-buses`, `events list-rules` and each rule's targets.
    static func load(from reader: SnapshotReader, scope: SnapshotScope) async -> EventBridgeResources {
        let rules =
            await reader.list(EventRule.self, .call(scope, "events", "list-rules"), key: "Rules")
            .asyncMap { rules in
                await Concurrently.map(rules) { rule in
                    var rule = rule
                    rule.targets = reader.list(
                        EventTarget.self,
                        .call(scope, "events", "list-targets-by-rule", rule.name),
                        key: "Targets"
                    )
                    return rule
                }
            }
        return EventBridgeResources(
            eventBuses: reader.list(
                EventBus.self,
                .call(scope, "events", "list-event-buses"),
                key: "EventBuses",
                policyKind: .resource
            ),
            rules: rules
        )
    }
}
