extension CollectionPlan {
    /// Calls made in every region.
    static let regionalCalls: [CallTemplate] =
        networkCalls + detectiveCalls + dataCalls + computeCalls + messagingCalls + operationsCalls
        + accessPolicyCalls + governanceCalls

    /// EC2 and VPC (networks, security groups, NACLs, flow logs, instances, volumes, snapshots),
    /// load balancers and regional WAF.
    static let networkCalls: [CallTemplate] =
        [
            "describe-vpcs", "describe-subnets", "describe-security-groups", "describe-network-acls",
            "describe-route-tables", "describe-internet-gateways", "describe-flow-logs", "describe-instances",
            "describe-volumes", "get-ebs-encryption-by-default", "describe-vpc-endpoints",
            "describe-vpc-peering-connections",
        ]
        .map { CallTemplate("ec2", $0) } + [
            // AWS documents `--owner-ids self`, but the emulator ignores it; this filter works on both.
            .list(
                "ec2",
                "describe-snapshots",
                ["--filters", "Name=owner-id,Values={account}"],
                each: "Snapshots[].SnapshotId",
                [
                    CallTemplate(
                        "ec2",
                        "describe-snapshot-attribute",
                        ["--snapshot-id", "{id}", "--attribute", "createVolumePermission"]
                    )
                ]
            ),
            .list(
                "elbv2",
                "describe-load-balancers",
                each: "LoadBalancers[].LoadBalancerArn",
                [
                    CallTemplate("elbv2", "describe-load-balancer-attributes", ["--load-balancer-arn", "{id}"]),
                    CallTemplate("elbv2", "describe-listeners", ["--load-balancer-arn", "{id}"]),
                ]
            ),
            CallTemplate("wafv2", "list-web-acls", ["--scope", "REGIONAL"]),
        ]

    /// CloudTrail, Config, GuardDuty, Security Hub, Inspector, Macie, Access Analyzer, Logs, CloudWatch.
    static let detectiveCalls: [CallTemplate] = [
        // Without shadow trails each trail is listed (and its status read) once, in its home region.
        .list(
            "cloudtrail",
            "describe-trails",
            ["--no-include-shadow-trails"],
            each: "trailList[].TrailARN",
            [
                CallTemplate("cloudtrail", "get-trail-status", ["--name", "{id}"]),
                CallTemplate("cloudtrail", "get-event-selectors", ["--trail-name", "{id}"]),
            ]
        ),
        CallTemplate("configservice", "describe-configuration-recorders"),
        CallTemplate("configservice", "describe-configuration-recorder-status"),
        CallTemplate("configservice", "describe-delivery-channels"),
        CallTemplate("configservice", "describe-config-rules"),
        .list(
            "guardduty",
            "list-detectors",
            each: "DetectorIds[]",
            [CallTemplate("guardduty", "get-detector", ["--detector-id", "{id}"])]
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
}
