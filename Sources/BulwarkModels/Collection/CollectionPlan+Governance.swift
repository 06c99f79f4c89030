extension CollectionPlan {
    /// API Gateway, EKS, Firewall Manager, Incident Manager, the Well-Architected Tool and AWS Config compliance.
    static let governanceCalls: [CallTemplate] = [
        .list(
            "apigateway",
            "get-rest-apis",
            each: "items[].id",
            [
                CallTemplate("apigateway", "get-stages", ["--rest-api-id", "{id}"]),
                CallTemplate("apigateway", "get-resources", ["--rest-api-id", "{id}", "--embed", "methods"]),
            ]
        ),
        .list(
            "apigatewayv2",
            "get-apis",
            each: "Items[].ApiId",
            [
                CallTemplate("apigatewayv2", "get-stages", ["--api-id", "{id}"]),
                CallTemplate("apigatewayv2", "get-routes", ["--api-id", "{id}"]),
            ]
        ),
        .list(
            "eks",
            "list-clusters",
            each: "clusters[]",
            [CallTemplate("eks", "describe-cluster", ["--name", "{id}"])]
        ),
        CallTemplate("fms", "get-admin-account"),
        .list(
            "fms",
            "list-policies",
            each: "PolicyList[].PolicyId",
            [CallTemplate("fms", "list-compliance-status", ["--policy-id", "{id}"])]
        ),
        CallTemplate("ssm-incidents", "list-replication-sets"),
        CallTemplate("ssm-incidents", "list-response-plans"),
        CallTemplate("ssm-contacts", "list-contacts"),
        .list(
            "wellarchitected",
            "list-workloads",
            each: "WorkloadSummaries[].WorkloadId",
            [
                CallTemplate(
                    "wellarchitected",
                    "get-lens-review",
                    ["--workload-id", "{id}", "--lens-alias", WellArchitectedResources.lensAlias]
                ),
                CallTemplate("wellarchitected", "list-milestones", ["--workload-id", "{id}"]),
            ]
        ),
        CallTemplate("configservice", "describe-compliance-by-config-rule"),
        .list(
            "configservice",
            "describe-conformance-packs",
            each: "ConformancePackDetails[].ConformancePackName",
            [
                CallTemplate(
                    "configservice",
                    "describe-conformance-pack-compliance",
                    ["--conformance-pack-name", "{id}"]
                )
            ]
        ),
        CallTemplate("configservice", "describe-configuration-aggregators"),
    ]

    /// Shield Advanced and the Trusted Advisor API (answered in the partition's main region).
    static let protectionCalls: [CallTemplate] = [
        CallTemplate("shield", "describe-subscription"),
        CallTemplate("shield", "list-protections"),
        CallTemplate("trustedadvisor", "list-recommendations", ["--pillar", "security"], resourceID: "security"),
    ]
}
