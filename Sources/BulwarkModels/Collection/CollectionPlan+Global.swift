extension CollectionPlan {
    /// Account-wide calls: IAM, the credential report, Organizations, Account, S3, CloudFront, Support.
    static let globalCalls: [CallTemplate] =
        identityAndAccessCalls + organizationCalls + storageAndEdgeCalls + supportCalls + protectionCalls

    /// IAM: the whole IAM graph, the credential report and account-level settings.
    static let identityAndAccessCalls: [CallTemplate] = [
        CallTemplate("iam", "get-account-authorization-details"),
        CallTemplate(
            "iam",
            "generate-credential-report",
            fanOut: [
                FanOut(
                    .once,
                    calls: [
                        CallTemplate(
                            "iam",
                            "get-credential-report",
                            retryCodes: ["ReportInProgress", "ReportNotPresent", "ReportNotReady"]
                        )
                    ]
                )
            ]
        ),
        CallTemplate("iam", "get-account-summary"),
        CallTemplate("iam", "get-account-password-policy"),
        CallTemplate("iam", "list-virtual-mfa-devices"),
        CallTemplate("iam", "list-server-certificates"),
        CallTemplate("iam", "list-saml-providers"),
        CallTemplate("iam", "list-open-id-connect-providers"),
        CallTemplate("iam", "list-account-aliases"),
        .list(
            "iam",
            "list-users",
            each: "Users[].UserName",
            [
                CallTemplate("iam", "list-access-keys", ["--user-name", "{id}"]),
                CallTemplate("iam", "list-mfa-devices", ["--user-name", "{id}"]),
            ]
        ),
    ]

    /// AWS Organizations: the organization, its tree of OUs and accounts, SCPs and RCPs with targets;
    /// and the account's alternate contacts.
    static let organizationCalls: [CallTemplate] = [
        CallTemplate("organizations", "describe-organization"),
        CallTemplate("organizations", "list-roots", fanOut: [.each("Roots[].Id", organizationalUnitCalls(depth: 6))]),
        CallTemplate("organizations", "list-accounts"),
        CallTemplate("organizations", "list-delegated-administrators"),
        policyList(filter: "SERVICE_CONTROL_POLICY"),
        policyList(filter: "RESOURCE_CONTROL_POLICY"),
        policyList(filter: "TAG_POLICY"),
        alternateContact(type: "SECURITY"),
        alternateContact(type: "BILLING"),
        alternateContact(type: "OPERATIONS"),
    ]

    /// `organizations list-policies` of one policy type, then each policy and its targets.
    static func policyList(filter: String) -> CallTemplate {
        let perPolicy = [
            CallTemplate("organizations", "describe-policy", ["--policy-id", "{id}"]),
            CallTemplate("organizations", "list-targets-for-policy", ["--policy-id", "{id}"]),
        ]
        return CallTemplate(
            "organizations",
            "list-policies",
            ["--filter", filter],
            resourceID: filter,
            fanOut: [.each("Policies[].Id", perPolicy)]
        )
    }

    /// `account get-alternate-contact` for one contact type.
    static func alternateContact(type: String) -> CallTemplate {
        CallTemplate("account", "get-alternate-contact", ["--alternate-contact-type", type], resourceID: type)
    }

    /// The children of one organization root or OU, `depth` levels down (AWS allows five OU levels).
    static func organizationalUnitCalls(depth: Int) -> [CallTemplate] {
        [
            CallTemplate("organizations", "list-accounts-for-parent", ["--parent-id", "{id}"]),
            CallTemplate(
                "organizations",
                "list-organizational-units-for-parent",
                ["--parent-id", "{id}"],
                fanOut: depth > 1 ? [.each("OrganizationalUnits[].Id", organizationalUnitCalls(depth: depth - 1))] : []
            ),
        ]
    }

    /// S3 buckets (each read in its own region), the account's public access block, CloudFront and its WAF.
    static let storageAndEdgeCalls: [CallTemplate] = [
        CallTemplate(
            "s3api",
            "list-buckets",
            fanOut: [
                .each(
                    "Buckets[].Name",
                    [
                        CallTemplate(
                            "s3api",
                            "get-bucket-location",
                            ["--bucket", "{id}"],
                            fanOut: [FanOut(.parentResource, region: .s3BucketLocation, calls: bucketCalls)]
                        )
                    ]
                )
            ]
        ),
        CallTemplate("s3control", "get-public-access-block", ["--account-id", "{account}"]),
        CallTemplate(
            "cloudfront",
            "list-distributions",
            fanOut: [
                .each(
                    "DistributionList.Items[].Id",
                    [CallTemplate("cloudfront", "get-distribution-config", ["--id", "{id}"])]
                )
            ]
        ),
        CallTemplate("wafv2", "list-web-acls", ["--scope", "CLOUDFRONT"]),
    ]

    /// The per-bucket calls, made in the bucket's region.
    static let bucketCalls: [CallTemplate] = [
        "get-bucket-policy", "get-bucket-policy-status", "get-bucket-acl", "get-public-access-block",
        "get-bucket-encryption", "get-bucket-versioning", "get-bucket-logging", "get-bucket-ownership-controls",
        "get-object-lock-configuration",
    ]
    .map { CallTemplate("s3api", $0, ["--bucket", "{id}"]) }

    /// AWS Support and Trusted Advisor (answered in us-east-1; basic support plans get
    /// `SubscriptionRequiredException`, which is itself the answer).
    static let supportCalls: [CallTemplate] = [
        CallTemplate("support", "describe-services", ["--language", "en"]),
        CallTemplate("support", "describe-trusted-advisor-checks", ["--language", "en"]),
    ]
}
