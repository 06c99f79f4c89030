extension SSMResources {
    /// The setting that says where Automation writes runbook output.
    static let automationLogSetting = "/ssm/automation/customer-script-log-destination"

    /// Reads managed nodes with their patch states, compliance summaries, owned documents with their
    /// sharing, and the Automation log setting.
    static func load(from reader: SnapshotReader, scope: SnapshotScope) async -> SSMResources {
        let instances = reader.list(
            ManagedInstance.self,
            .call(scope, "ssm", "describe-instance-information"),
            key: "InstanceInformationList"
        )
        var patchStates: [String: Observed<InstancePatchState>] = [:]
        for instance in instances.valueIfPresent ?? [] {
            patchStates[instance.instanceID] =
                reader.list(
                    InstancePatchState.self,
                    .call(scope, "ssm", "describe-instance-patch-states", instance.instanceID),
                    key: "InstancePatchStates"
                )
                .flatMap { states in states.first.map(Observed.value) ?? .notConfigured }
        }
        let documents =
            await reader.list(SSMDocument.self, .call(scope, "ssm", "list-documents"), key: "DocumentIdentifiers")
            .asyncMap { documents in
                await Concurrently.map(documents) { document in
                    var document = document
                    document.sharedWith =
                        reader.read(
                            DocumentPermission.self,
                            .call(scope, "ssm", "describe-document-permission", document.name)
                        )
                        .map(\.accountIDs)
                    return document
                }
            }
        let setting = reader.member(
            ServiceSetting.self,
            .call(scope, "ssm", "get-service-setting", automationLogSetting),
            key: "ServiceSetting"
        )
        return SSMResources(
            managedInstances: instances,
            complianceSummaries: reader.list(
                ComplianceSummary.self,
                .call(scope, "ssm", "list-resource-compliance-summaries"),
                key: "ResourceComplianceSummaryItems"
            ),
            patchStates: patchStates,
            documents: documents,
            automationLogDestination: setting.flatMap { setting in
                let value = setting.settingValue ?? ""
                return value.isEmpty || value.lowercased() == "none" ? .notConfigured : .value(value)
            }
        )
    }
}

/// The `ServiceSetting` member of `ssm get-service-setting`.
struct ServiceSetting: Decodable, Sendable {
    var settingValue: String?

    private enum CodingKeys: String, CodingKey {
        case settingValue = "SettingValue"
    }
}
