extension CollectionPlan {
    /// ECR, CloudFormation, Systems Manager and EventBridge.
    static let operationsCalls: [CallTemplate] = [
        .list(
            "ecr",
            "describe-repositories",
            each: "repositories[].repositoryName",
            [CallTemplate("ecr", "get-repository-policy", ["--repository-name", "{id}"])]
        ),
        CallTemplate("ecr", "get-registry-scanning-configuration"),
        CallTemplate("cloudformation", "describe-stacks"),
        .list(
            "ssm",
            "describe-instance-information",
            each: "InstanceInformationList[].InstanceId",
            [CallTemplate("ssm", "describe-instance-patch-states", ["--instance-ids", "{id}"])]
        ),
        CallTemplate("ssm", "list-resource-compliance-summaries"),
        .list(
            "ssm",
            "list-documents",
            ["--filters", "Key=Owner,Values=Self"],
            each: "DocumentIdentifiers[].Name",
            [CallTemplate("ssm", "describe-document-permission", ["--name", "{id}", "--permission-type", "Share"])]
        ),
        CallTemplate(
            "ssm",
            "get-service-setting",
            ["--setting-id", SSMResources.automationLogSetting],
            resourceID: SSMResources.automationLogSetting
        ),
        CallTemplate("events", "list-event-buses"),
        // AWS services deliver their events to the default bus, so its rules are the ones that route findings.
        .list(
            "events",
            "list-rules",
            each: "Rules[].Name",
            [CallTemplate("events", "list-targets-by-rule", ["--rule", "{id}"])]
        ),
    ]
}
