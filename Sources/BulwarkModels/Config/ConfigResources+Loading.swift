extension ConfigResources {
    /// Reads AWS Config's recorders (with status), delivery channels and rules in one region.
    static func load(from reader: SnapshotReader, scope: SnapshotScope) -> ConfigResources {
        func call(_ operation: String) -> SnapshotCall { .call(scope, "configservice", operation) }
        let statuses = reader.list(
            ConfigurationRecorderStatus.self,
            call("describe-configuration-recorder-status"),
            key: "ConfigurationRecordersStatus"
        )
        let recorders =
            reader.list(
                ConfigurationRecorder.self,
                call("describe-configuration-recorders"),
                key: "ConfigurationRecorders"
            )
            .map { recorders in
                recorders.map { recorder in
                    var recorder = recorder
                    recorder.status = statuses.flatMap { statuses in
                        statuses.first { $0.name == recorder.name }.map(Observed.value) ?? .notConfigured
                    }
                    return recorder
                }
            }
        return ConfigResources(
            recorders: recorders,
            deliveryChannels: reader.list(
                DeliveryChannel.self,
                call("describe-delivery-channels"),
                key: "DeliveryChannels"
            ),
            rules: reader.list(ConfigRule.self, call("describe-config-rules"), key: "ConfigRules")
        )
    }
}
