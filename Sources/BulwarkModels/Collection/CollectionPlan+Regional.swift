extension CollectionPlan {
    /// Calls made in every region.
    static let regionalCalls: [CallTemplate] =
        networkCalls + detectiveCalls + dataCalls + computeCalls + messagingCalls

    /// EC2 and VPC: networks, security groups, NACLs, flow logs, instances, volumes, snapshots.
    static let networkCalls: [CallTemplate] =
        [
            "describe-vpcs", "describe-subnets", "describe-security-groups", "describe-network-acls",
            "describe-route-tables", "describe-internet-gateways", "describe-flow-logs", "describe-instances",
            "describe-volumes", "get-ebs-encryption-by-default", "describe-vpc-endpoints",
            "describe-vpc-peering-connections",
        ]
        .map { CallTemplate("ec2", $0) } + [
            // `--owner-ids self` is what AWS documents, but the emulator ignores it; the filter works on both.
            CallTemplate(
                "ec2",
                "describe-snapshots",
                ["--filters", "Name=owner-id,Values={account}"],
                fanOut: [
                    .each(
                        "Snapshots[].SnapshotId",
                        [
                            CallTemplate(
                                "ec2",
                                "describe-snapshot-attribute",
                                ["--snapshot-id", "{id}", "--attribute", "createVolumePermission"]
                            )
                        ]
                    )
                ]
            ),
            CallTemplate(
                "elbv2",
                "describe-load-balancers",
                fanOut: [
                    .each(
                        "LoadBalancers[].LoadBalancerArn",
                        [
                            CallTemplate(
                                "elbv2",
                                "describe-load-balancer-attributes",
                                ["--load-balancer-arn", "{id}"]
                            ),
                            CallTemplate("elbv2", "describe-listeners", ["--load-balancer-arn", "{id}"]),
                        ]
                    )
                ]
            ),
            CallTemplate("wafv2", "list-web-acls", ["--scope", "REGIONAL"]),
        ]

    /// CloudTrail, Config, GuardDuty, Security Hub, Inspector, Macie, Access Analyzer, Logs, CloudWatch.
    static let detectiveCalls: [CallTemplate] = [
        // Without shadow trails each trail is listed (and its status read) once, in its home region.
        CallTemplate(
            "cloudtrail",
            "describe-trails",
            ["--no-include-shadow-trails"],
            fanOut: [
                .each(
                    "trailList[].TrailARN",
                    [
                        CallTemplate("cloudtrail", "get-trail-status", ["--name", "{id}"]),
                        CallTemplate("cloudtrail", "get-event-selectors", ["--trail-name", "{id}"]),
                    ]
                )
            ]
        ),
        CallTemplate("configservice", "describe-configuration-recorders"),
        CallTemplate("configservice", "describe-configuration-recorder-status"),
        CallTemplate("configservice", "describe-delivery-channels"),
        CallTemplate("configservice", "describe-config-rules"),
        CallTemplate(
            "guardduty",
            "list-detectors",
            fanOut: [
                .each(
                    "DetectorIds[]",
                    [
                        CallTemplate("guardduty", "get-detector", ["--detector-id", "{id}"])
                    ]
                )
            ]
        ),
        CallTemplate("securityhub", "describe-hub"),
        CallTemplate("securityhub", "get-enabled-standards"),
        CallTemplate("inspector2", "batch-get-account-status"),
        CallTemplate("macie2", "get-macie-session"),
        CallTemplate("accessanalyzer", "list-analyzers"),
        CallTemplate("logs", "describe-metric-filters"),
        CallTemplate("logs", "describe-log-groups"),
        CallTemplate("cloudwatch", "describe-alarms"),
    ]

    /// KMS, Secrets Manager, RDS, EFS, DynamoDB, Backup.
    static let dataCalls: [CallTemplate] = [
        CallTemplate(
            "kms",
            "list-keys",
            fanOut: [
                .each(
                    "Keys[].KeyId",
                    [
                        CallTemplate("kms", "describe-key", ["--key-id", "{id}"]),
                        CallTemplate("kms", "get-key-rotation-status", ["--key-id", "{id}"]),
                        CallTemplate("kms", "get-key-policy", ["--key-id", "{id}", "--policy-name", "default"]),
                    ]
                )
            ]
        ),
        CallTemplate("kms", "list-aliases"),
        CallTemplate(
            "secretsmanager",
            "list-secrets",
            fanOut: [
                .each(
                    "SecretList[].ARN",
                    [
                        CallTemplate("secretsmanager", "describe-secret", ["--secret-id", "{id}"]),
                        CallTemplate("secretsmanager", "get-resource-policy", ["--secret-id", "{id}"]),
                    ]
                )
            ]
        ),
        CallTemplate("rds", "describe-db-instances"),
        CallTemplate("rds", "describe-db-clusters"),
        CallTemplate(
            "rds",
            "describe-db-snapshots",
            fanOut: [
                .each(
                    "DBSnapshots[].DBSnapshotIdentifier",
                    [
                        CallTemplate("rds", "describe-db-snapshot-attributes", ["--db-snapshot-identifier", "{id}"])
                    ]
                )
            ]
        ),
        CallTemplate(
            "rds",
            "describe-db-cluster-snapshots",
            fanOut: [
                .each(
                    "DBClusterSnapshots[].DBClusterSnapshotIdentifier",
                    [
                        CallTemplate(
                            "rds",
                            "describe-db-cluster-snapshot-attributes",
                            ["--db-cluster-snapshot-identifier", "{id}"]
                        )
                    ]
                )
            ]
        ),
        CallTemplate(
            "efs",
            "describe-file-systems",
            fanOut: [
                .each(
                    "FileSystems[].FileSystemId",
                    [
                        CallTemplate("efs", "describe-file-system-policy", ["--file-system-id", "{id}"]),
                        CallTemplate("efs", "describe-backup-policy", ["--file-system-id", "{id}"]),
                    ]
                )
            ]
        ),
        CallTemplate("efs", "describe-access-points"),
        CallTemplate(
            "dynamodb",
            "list-tables",
            fanOut: [
                .each(
                    "TableNames[]",
                    [
                        CallTemplate("dynamodb", "describe-table", ["--table-name", "{id}"]),
                        CallTemplate("dynamodb", "describe-continuous-backups", ["--table-name", "{id}"]),
                    ]
                )
            ]
        ),
        CallTemplate(
            "backup",
            "list-backup-plans",
            fanOut: [
                .each(
                    "BackupPlansList[].BackupPlanId",
                    [
                        CallTemplate("backup", "get-backup-plan", ["--backup-plan-id", "{id}"]),
                        CallTemplate("backup", "list-backup-selections", ["--backup-plan-id", "{id}"]),
                    ]
                )
            ]
        ),
        CallTemplate("backup", "list-backup-vaults"),
        CallTemplate("backup", "list-protected-resources"),
    ]

    /// Lambda, ECS, CodeBuild, CodePipeline, SageMaker.
    static let computeCalls: [CallTemplate] = [
        CallTemplate(
            "lambda",
            "list-functions",
            fanOut: [
                .each(
                    "Functions[].FunctionName",
                    [
                        CallTemplate("lambda", "get-policy", ["--function-name", "{id}"]),
                        CallTemplate("lambda", "get-function-url-config", ["--function-name", "{id}"]),
                    ]
                )
            ]
        ),
        CallTemplate(
            "ecs",
            "list-clusters",
            fanOut: [
                .each(
                    "clusterArns[]",
                    [
                        CallTemplate("ecs", "describe-clusters", ["--clusters", "{id}", "--include", "SETTINGS"]),
                        CallTemplate(
                            "ecs",
                            "list-services",
                            ["--cluster", "{id}"],
                            fanOut: [
                                .each(
                                    "serviceArns[]",
                                    [
                                        CallTemplate(
                                            "ecs",
                                            "describe-services",
                                            ["--cluster", "{parent}", "--services", "{id}"]
                                        )
                                    ]
                                )
                            ]
                        ),
                    ]
                )
            ]
        ),
        CallTemplate(
            "ecs",
            "list-task-definitions",
            ["--status", "ACTIVE"],
            fanOut: [
                .each(
                    "taskDefinitionArns[]",
                    [
                        CallTemplate("ecs", "describe-task-definition", ["--task-definition", "{id}"])
                    ]
                )
            ]
        ),
        CallTemplate(
            "codebuild",
            "list-projects",
            fanOut: [
                .each(
                    "projects[]",
                    [
                        CallTemplate("codebuild", "batch-get-projects", ["--names", "{id}"])
                    ]
                )
            ]
        ),
        CallTemplate(
            "codepipeline",
            "list-pipelines",
            fanOut: [
                .each(
                    "pipelines[].name",
                    [
                        CallTemplate("codepipeline", "get-pipeline", ["--name", "{id}"])
                    ]
                )
            ]
        ),
        CallTemplate(
            "sagemaker",
            "list-notebook-instances",
            fanOut: [
                .each(
                    "NotebookInstances[].NotebookInstanceName",
                    [
                        CallTemplate("sagemaker", "describe-notebook-instance", ["--notebook-instance-name", "{id}"])
                    ]
                )
            ]
        ),
        CallTemplate(
            "sagemaker",
            "list-models",
            fanOut: [
                .each(
                    "Models[].ModelName",
                    [
                        CallTemplate("sagemaker", "describe-model", ["--model-name", "{id}"])
                    ]
                )
            ]
        ),
        CallTemplate(
            "sagemaker",
            "list-endpoint-configs",
            fanOut: [
                .each(
                    "EndpointConfigs[].EndpointConfigName",
                    [
                        CallTemplate("sagemaker", "describe-endpoint-config", ["--endpoint-config-name", "{id}"])
                    ]
                )
            ]
        ),
    ]

    /// SNS topics and SQS queues with their policies.
    static let messagingCalls: [CallTemplate] = [
        CallTemplate(
            "sns",
            "list-topics",
            fanOut: [
                .each(
                    "Topics[].TopicArn",
                    [
                        CallTemplate("sns", "get-topic-attributes", ["--topic-arn", "{id}"])
                    ]
                )
            ]
        ),
        CallTemplate(
            "sqs",
            "list-queues",
            fanOut: [
                .each(
                    "QueueUrls[]",
                    [
                        CallTemplate(
                            "sqs",
                            "get-queue-attributes",
                            ["--queue-url", "{id}", "--attribute-names", "All"]
                        )
                    ]
                )
            ]
        ),
    ]
}
