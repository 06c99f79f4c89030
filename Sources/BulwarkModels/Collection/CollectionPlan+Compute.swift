extension CollectionPlan {
    /// Lambda, ECS, CodeBuild, CodePipeline, SageMaker.
    ///
    /// Batch APIs (`ecs describe-clusters`, `describe-services`, `codebuild batch-get-projects`) are called
    /// once per resource, so each file is exactly one call's output and no batch limit applies.
    static let computeCalls: [CallTemplate] = [
        .list(
            "lambda",
            "list-functions",
            each: "Functions[].FunctionName",
            [
                CallTemplate("lambda", "get-policy", ["--function-name", "{id}"]),
                CallTemplate("lambda", "get-function-url-config", ["--function-name", "{id}"]),
            ]
        ),
        CallTemplate("lambda", "list-event-source-mappings"),
        CallTemplate("glue", "get-dev-endpoints"),
        .list(
            "ecs",
            "list-clusters",
            each: "clusterArns[]",
            [
                CallTemplate("ecs", "describe-clusters", ["--clusters", "{id}", "--include", "SETTINGS"]),
                .list(
                    "ecs",
                    "list-services",
                    ["--cluster", "{id}"],
                    each: "serviceArns[]",
                    [CallTemplate("ecs", "describe-services", ["--cluster", "{parent}", "--services", "{id}"])]
                ),
            ]
        ),
        .list(
            "ecs",
            "list-task-definitions",
            ["--status", "ACTIVE"],
            each: "taskDefinitionArns[]",
            [CallTemplate("ecs", "describe-task-definition", ["--task-definition", "{id}"])]
        ),
        .list(
            "codebuild",
            "list-projects",
            each: "projects[]",
            [CallTemplate("codebuild", "batch-get-projects", ["--names", "{id}"])]
        ),
        .list(
            "codepipeline",
            "list-pipelines",
            each: "pipelines[].name",
            [CallTemplate("codepipeline", "get-pipeline", ["--name", "{id}"])]
        ),
        .list(
            "sagemaker",
            "list-notebook-instances",
            each: "NotebookInstances[].NotebookInstanceName",
            [CallTemplate("sagemaker", "describe-notebook-instance", ["--notebook-instance-name", "{id}"])]
        ),
        .list(
            "sagemaker",
            "list-models",
            each: "Models[].ModelName",
            [CallTemplate("sagemaker", "describe-model", ["--model-name", "{id}"])]
        ),
        .list(
            "sagemaker",
            "list-endpoint-configs",
            each: "EndpointConfigs[].EndpointConfigName",
            [CallTemplate("sagemaker", "describe-endpoint-config", ["--endpoint-config-name", "{id}"])]
        ),
    ]

    /// Glacier vaults and OpenSearch domains with their access policies.
    static let accessPolicyCalls: [CallTemplate] = [
        .list(
            "glacier",
            "list-vaults",
            ["--account-id", "-"],
            each: "VaultList[].VaultName",
            [CallTemplate("glacier", "get-vault-access-policy", ["--account-id", "-", "--vault-name", "{id}"])]
        ),
        .list(
            "opensearch",
            "list-domain-names",
            each: "DomainNames[].DomainName",
            [CallTemplate("opensearch", "describe-domain", ["--domain-name", "{id}"])]
        ),
    ]

    /// SNS topics and SQS queues with their policies.
    static let messagingCalls: [CallTemplate] = [
        .list(
            "sns",
            "list-topics",
            each: "Topics[].TopicArn",
            [CallTemplate("sns", "get-topic-attributes", ["--topic-arn", "{id}"])]
        ),
        .list(
            "sqs",
            "list-queues",
            each: "QueueUrls[]",
            [CallTemplate("sqs", "get-queue-attributes", ["--queue-url", "{id}", "--attribute-names", "All"])]
        ),
    ]
}
