// Generated from Tests/BulwarkIAMTests/Policies by PolicyDocument.swiftSource (`bulwark policy to-swift`).
// Do not edit: run Scripts/update-generated-corpus.sh. GeneratedCorpusTests fails when it is stale.
// swift-format-ignore-file

import BulwarkIAM

/// Each valid corpus policy, by file, built by the declaration that `bulwark policy to-swift` writes.
let generatedCorpusPolicies: [String: @Sendable () throws -> PolicyDocument] = [
    "valid/identity-minimal.json": corpus_valid_identity_minimal,
    "valid/identity-statement-object.json": corpus_valid_identity_statement_object,
    "valid/identity-arrays-and-sid.json": corpus_valid_identity_arrays_and_sid,
    "valid/identity-with-id.json": corpus_valid_identity_with_id,
    "valid/identity-every-operator-family.json": corpus_valid_identity_every_operator_family,
    "valid/identity-variables.json": corpus_valid_identity_variables,
    "valid/identity-aws-cn-govcloud.json": corpus_valid_identity_aws_cn_govcloud,
    "valid/identity-deny-not-action.json": corpus_valid_identity_deny_not_action,
    "valid/resource-bucket-policy.json": corpus_valid_resource_bucket_policy,
    "valid/resource-public-with-condition.json": corpus_valid_resource_public_with_condition,
    "valid/trust-role.json": corpus_valid_trust_role,
    "valid/scp-deny-regions.json": corpus_valid_scp_deny_regions,
    "valid/rcp-full-access.json": corpus_valid_rcp_full_access,
    "valid/rcp-deny.json": corpus_valid_rcp_deny,
    "valid/endpoint-policy.json": corpus_valid_endpoint_policy,
    "valid/boundary.json": corpus_valid_boundary,
    "valid/session.json": corpus_valid_session,
    "invalid/warn-missing-version.json": corpus_invalid_warn_missing_version,
    "invalid/warn-2008-version.json": corpus_invalid_warn_2008_version,
    "invalid/warn-literal-variable.json": corpus_invalid_warn_literal_variable,
    "invalid/warn-allow-not-action.json": corpus_invalid_warn_allow_not_action,
    "invalid/warn-allow-not-resource.json": corpus_invalid_warn_allow_not_resource,
    "invalid/warn-public-principal.json": corpus_invalid_warn_public_principal,
    "invalid/warn-public-aws-star.json": corpus_invalid_warn_public_aws_star,
    "invalid/warn-for-all-values-allow.json": corpus_invalid_warn_for_all_values_allow,
    "valid/for-all-values-with-null-check.json": corpus_valid_for_all_values_with_null_check,
    "invalid/warn-set-operator-single-valued.json": corpus_invalid_warn_set_operator_single_valued,
    "invalid/warn-duplicate-sid-resource.json": corpus_invalid_warn_duplicate_sid_resource,
    "invalid/warn-redundant-values.json": corpus_invalid_warn_redundant_values,
    "invalid/warn-condition-value-types.json": corpus_invalid_warn_condition_value_types,
    "invalid/warn-empty-condition.json": corpus_invalid_warn_empty_condition,
    "invalid/warn-not-principal-deny.json": corpus_invalid_warn_not_principal_deny,
    "invalid/warn-duplicate-key.json": corpus_invalid_warn_duplicate_key,
    "invalid/warn-trust-non-sts-action.json": corpus_invalid_warn_trust_non_sts_action,
    "invalid/warn-unknown-partition.json": corpus_invalid_warn_unknown_partition,
    "invalid/warn-suspicious-principals.json": corpus_invalid_warn_suspicious_principals,
    "invalid/warn-identity-over-managed-limit.json": corpus_invalid_warn_identity_over_managed_limit,
    "invalid/warn-trust-over-default-limit.json": corpus_invalid_warn_trust_over_default_limit,
    "invalid/warn-empty-condition-values.json": corpus_invalid_warn_empty_condition_values,
    "invalid/warn-duplicate-statement-key.json": corpus_invalid_warn_duplicate_statement_key,
    "valid/for-all-values-deny-ok.json": corpus_valid_for_all_values_deny_ok,
    "invalid/warn-condition-keys-differ-in-case.json": corpus_invalid_warn_condition_keys_differ_in_case,
    "valid/resource-s3-deny-insecure-transport.json": corpus_valid_resource_s3_deny_insecure_transport,
    "valid/resource-kms-key-policy.json": corpus_valid_resource_kms_key_policy,
    "valid/resource-sqs-from-sns.json": corpus_valid_resource_sqs_from_sns,
    "valid/identity-mfa-required.json": corpus_valid_identity_mfa_required,
    "valid/identity-source-ip-deny.json": corpus_valid_identity_source_ip_deny,
    "valid/identity-dynamodb-leading-keys.json": corpus_valid_identity_dynamodb_leading_keys,
    "valid/trust-github-oidc.json": corpus_valid_trust_github_oidc,
    "valid/trust-cross-account-external-id.json": corpus_valid_trust_cross_account_external_id,
    "valid/trust-saml.json": corpus_valid_trust_saml,
    "valid/scp-deny-leave-org-and-root.json": corpus_valid_scp_deny_leave_org_and_root,
    "valid/identity-home-folder-list-bucket.json": corpus_valid_identity_home_folder_list_bucket,
    "valid/identity-swift-escapes.json": corpus_valid_identity_swift_escapes,
]

/// valid/identity-minimal.json (identity).
func corpus_valid_identity_minimal() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .identity) {
        Statement(.allow) {
            Actions("s3:GetObject")
            Resources("arn:aws:s3:::bucket/*")
        }
    }
    return policy
}

/// valid/identity-statement-object.json (identity).
func corpus_valid_identity_statement_object() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .identity) {
        Statement(.allow) {
            Actions("s3:GetObject")
            Resources("arn:aws:s3:::bucket/*")
        }
    }
    return policy
}

/// valid/identity-arrays-and-sid.json (identity).
func corpus_valid_identity_arrays_and_sid() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .identity) {
        Statement(.allow, sid: "ReadBucket") {
            Actions("s3:GetObject", "s3:ListBucket")
            Resources("arn:aws:s3:::bucket", "arn:aws:s3:::bucket/*")
        }
        Statement(.deny, sid: "DenyDelete") {
            Actions("s3:Delete*")
            Resources("*")
        }
    }
    return policy
}

/// valid/identity-with-id.json (identity).
func corpus_valid_identity_with_id() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .identity, id: "MyPolicy1") {
        Statement(.allow) {
            Actions("s3:GetObject")
            Resources("arn:aws:s3:::bucket/*")
        }
    }
    return policy
}

/// valid/identity-every-operator-family.json (identity).
func corpus_valid_identity_every_operator_family() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .identity) {
        Statement(.allow) {
            Actions("ec2:*")
            Resources("*")
            Condition.stringEquals(.aws.principalTag("team"), "blue", "green")
            Condition.stringNotEqualsIgnoreCase(.aws.username, "ADMIN")
            Condition.stringLike(ConditionKey<String>("s3:prefix"), "home/\(.aws.username)/*")
            Condition(ConditionOperator(.numericLessThanEquals), key: "s3:max-keys", values: [.number("10")])
            Condition(ConditionOperator(.dateGreaterThan), key: "aws:CurrentTime", values: ["2025-01-01T00:00:00Z"])
            Condition.bool(.aws.secureTransport, true)
            Condition(ConditionOperator(.binaryEquals), key: "aws:x-binary", values: ["QmluYXJ5"])
            Condition.ipAddress(.aws.sourceIP, "203.0.113.0/24", "2001:db8::/32")
            Condition.arnLike(.aws.principalARN, "arn:aws:iam::111122223333:role/app-*")
            Condition(ConditionOperator(.null), key: "aws:TokenIssueTime", values: ["false"])
            Condition.stringEquals(ConditionKey<String>("ec2:InstanceType"), "t3.micro").ifExists
            Condition.stringEquals(.aws.tagKeys, "env", "team").forAnyValue
        }
    }
    return policy
}

/// valid/identity-variables.json (identity).
func corpus_valid_identity_variables() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .identity) {
        Statement(.allow) {
            Actions("s3:*")
            Resources("arn:aws:s3:::home/\(.aws.username)/*", "arn:aws:s3:::team/\(.aws.principalTag("team, 'none'"))/*", "arn:aws:s3:::lit/${*}${?}${$}")
        }
    }
    return policy
}

/// valid/identity-aws-cn-govcloud.json (identity).
func corpus_valid_identity_aws_cn_govcloud() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .identity) {
        Statement(.allow) {
            Actions("iam:GetRole")
            Resources("arn:aws-cn:iam::111122223333:role/a", "arn:aws-us-gov:iam::111122223333:role/b", "arn:aws:iam::*:role/*")
        }
    }
    return policy
}

/// valid/identity-deny-not-action.json (identity).
func corpus_valid_identity_deny_not_action() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .identity) {
        Statement(.deny) {
            NotActions("iam:*", "sts:*")
            Resources("*")
            Condition.stringNotEquals(.aws.requestedRegion, "eu-west-1")
        }
    }
    return policy
}

/// valid/resource-bucket-policy.json (resource).
func corpus_valid_resource_bucket_policy() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .resource) {
        Statement(.allow, sid: "AllowAccount") {
            Principals(.aws("arn:aws:iam::111122223333:root"), .account("444455556666"), .aws("arn:aws:iam::111122223333:role/reader"), .aws("arn:aws:sts::111122223333:assumed-role/reader/session"))
            Actions("s3:GetObject")
            Resources("arn:aws:s3:::bucket/*")
        }
        Statement(.allow, sid: "Service") {
            Principals(.service("cloudtrail.amazonaws.com"))
            Actions("s3:PutObject")
            Resources("arn:aws:s3:::bucket/AWSLogs/*")
        }
        Statement(.allow, sid: "Canonical") {
            Principals(.canonicalUser("79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"))
            Actions("s3:GetObject")
            Resources("arn:aws:s3:::bucket/*")
        }
    }
    return policy
}

/// valid/resource-public-with-condition.json (resource).
func corpus_valid_resource_public_with_condition() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .resource) {
        Statement(.allow) {
            Principals.anyone
            Actions("s3:GetObject")
            Resources("arn:aws:s3:::bucket/*")
            Condition.stringEquals(.aws.principalOrgID, "o-abc123")
        }
    }
    return policy
}

/// valid/trust-role.json (trust).
func corpus_valid_trust_role() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .trustPolicy) {
        Statement(.allow) {
            Principals(.service("ec2.amazonaws.com"), .service("lambda.amazonaws.com"))
            Actions("sts:AssumeRole")
        }
        Statement(.allow) {
            Principals(.federated("arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"))
            Actions("sts:AssumeRoleWithWebIdentity")
            Condition.stringEquals(ConditionKey<String>("token.actions.githubusercontent.com:aud"), "sts.amazonaws.com")
        }
    }
    return policy
}

/// valid/scp-deny-regions.json (scp).
func corpus_valid_scp_deny_regions() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .serviceControl) {
        Statement(.deny, sid: "DenyOtherRegions") {
            NotActions("iam:*", "organizations:*")
            Resources("*")
            Condition.stringNotEquals(.aws.requestedRegion, "eu-west-1", "eu-central-1")
        }
    }
    return policy
}

/// valid/rcp-full-access.json (rcp).
func corpus_valid_rcp_full_access() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .resourceControl) {
        Statement(.allow) {
            Principals.anyone
            Actions("*")
            Resources("*")
        }
    }
    return policy
}

/// valid/rcp-deny.json (rcp).
func corpus_valid_rcp_deny() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .resourceControl) {
        Statement(.deny) {
            Principals.anyone
            Actions("s3:*")
            Resources("*")
            Condition.stringNotEquals(.aws.principalOrgID, "o-abc123").ifExists
            Condition(ConditionOperator(.bool, ifExists: true), key: "aws:PrincipalIsAWSService", values: ["false"])
        }
    }
    return policy
}

/// valid/endpoint-policy.json (endpoint).
func corpus_valid_endpoint_policy() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .endpoint) {
        Statement(.allow) {
            Principals.anyone
            Actions("s3:GetObject")
            Resources("arn:aws:s3:::bucket/*")
        }
    }
    return policy
}

/// valid/boundary.json (boundary).
func corpus_valid_boundary() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .permissionsBoundary) {
        Statement(.allow) {
            Actions("s3:*", "cloudwatch:*")
            Resources("*")
        }
    }
    return policy
}

/// valid/session.json (session).
func corpus_valid_session() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .session) {
        Statement(.allow) {
            Actions("s3:GetObject")
            Resources("arn:aws:s3:::bucket/*")
        }
    }
    return policy
}

/// invalid/warn-missing-version.json (identity).
func corpus_invalid_warn_missing_version() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .identity, version: nil) {
        Statement(.allow) {
            Actions("s3:GetObject")
            Resources("arn:aws:s3:::bucket/*")
        }
    }
    return policy
}

/// invalid/warn-2008-version.json (identity).
func corpus_invalid_warn_2008_version() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .identity, version: PolicyVersion(rawValue: "2008-10-17")) {
        Statement(.allow) {
            Actions("s3:GetObject")
            Resources("arn:aws:s3:::bucket/*")
        }
    }
    return policy
}

/// invalid/warn-literal-variable.json (identity).
func corpus_invalid_warn_literal_variable() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .identity, version: PolicyVersion(rawValue: "2008-10-17")) {
        Statement(.allow) {
            Actions("s3:*")
            Resources("arn:aws:s3:::home/\(.aws.username)/*")
        }
    }
    return policy
}

/// invalid/warn-allow-not-action.json (identity).
func corpus_invalid_warn_allow_not_action() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .identity) {
        Statement(.allow) {
            NotActions("iam:*")
            Resources("*")
        }
    }
    return policy
}

/// invalid/warn-allow-not-resource.json (identity).
func corpus_invalid_warn_allow_not_resource() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .identity) {
        Statement(.allow) {
            Actions("s3:*")
            NotResources("arn:aws:s3:::secret/*")
        }
    }
    return policy
}

/// invalid/warn-public-principal.json (resource).
func corpus_invalid_warn_public_principal() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .resource) {
        Statement(.allow) {
            Principals.anyone
            Actions("s3:GetObject")
            Resources("arn:aws:s3:::bucket/*")
        }
    }
    return policy
}

/// invalid/warn-public-aws-star.json (resource).
func corpus_invalid_warn_public_aws_star() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .resource) {
        Statement(.allow) {
            Principals(.aws("*"))
            Actions("sqs:SendMessage")
            Resources("arn:aws:sqs:us-east-1:111122223333:q")
        }
    }
    return policy
}

/// invalid/warn-for-all-values-allow.json (identity).
func corpus_invalid_warn_for_all_values_allow() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .identity) {
        Statement(.allow) {
            Actions("ec2:CreateTags")
            Resources("*")
            Condition.stringEquals(.aws.tagKeys, "env", "team").forAllValues
        }
    }
    return policy
}

/// valid/for-all-values-with-null-check.json (identity).
func corpus_valid_for_all_values_with_null_check() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .identity) {
        Statement(.allow) {
            Actions("ec2:CreateTags")
            Resources("*")
            Condition.stringEquals(.aws.tagKeys, "env", "team").forAllValues
            Condition(ConditionOperator(.null), key: "aws:TagKeys", values: ["false"])
        }
    }
    return policy
}

/// invalid/warn-set-operator-single-valued.json (identity).
func corpus_invalid_warn_set_operator_single_valued() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .identity) {
        Statement(.deny) {
            Actions("*")
            Resources("*")
            Condition(ConditionOperator(.ipAddress, qualifier: .forAnyValue), key: "aws:SourceIp", values: ["203.0.113.0/24"])
        }
    }
    return policy
}

/// invalid/warn-duplicate-sid-resource.json (resource).
func corpus_invalid_warn_duplicate_sid_resource() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .resource) {
        Statement(.allow, sid: "A") {
            Principals(.account("111122223333"))
            Actions("s3:GetObject")
            Resources("arn:aws:s3:::b/*")
        }
        Statement(.deny, sid: "A") {
            Principals(.account("111122223333"))
            Actions("s3:DeleteObject")
            Resources("arn:aws:s3:::b/*")
        }
    }
    return policy
}

/// invalid/warn-redundant-values.json (identity).
func corpus_invalid_warn_redundant_values() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .identity) {
        Statement(.allow) {
            Actions("s3:GetObject", "s3:GetObject")
            Resources("*", "arn:aws:s3:::b")
        }
    }
    return policy
}

/// invalid/warn-condition-value-types.json (identity).
func corpus_invalid_warn_condition_value_types() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .identity) {
        Statement(.deny) {
            Actions("*")
            Resources("*")
            Condition(ConditionOperator(.numericLessThan), key: "s3:max-keys", values: ["ten"])
            Condition(ConditionOperator(.bool), key: "aws:SecureTransport", values: ["yes"])
            Condition(ConditionOperator(.ipAddress), key: "aws:SourceIp", values: ["300.1.1.1"])
            Condition(ConditionOperator(.dateLessThan), key: "aws:CurrentTime", values: ["tomorrow"])
            Condition.arnEquals(.aws.sourceARN, "bucket")
        }
    }
    return policy
}

/// invalid/warn-empty-condition.json (identity).
func corpus_invalid_warn_empty_condition() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .identity) {
        Statement(.allow) {
            Actions("s3:GetObject")
            Resources("*")
        }
    }
    return policy
}

/// invalid/warn-not-principal-deny.json (resource).
func corpus_invalid_warn_not_principal_deny() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .resource) {
        Statement(.deny) {
            NotPrincipals(.aws("arn:aws:iam::111122223333:role/admin"))
            Actions("s3:*")
            Resources("arn:aws:s3:::b/*")
        }
    }
    return policy
}

/// invalid/warn-duplicate-key.json (identity).
func corpus_invalid_warn_duplicate_key() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .identity) {
        Statement(.allow) {
            Actions("s3:PutObject")
            Resources("*")
        }
    }
    return policy
}

/// invalid/warn-trust-non-sts-action.json (trust).
func corpus_invalid_warn_trust_non_sts_action() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .trustPolicy) {
        Statement(.allow) {
            Principals(.service("ec2.amazonaws.com"))
            Actions("s3:GetObject")
        }
    }
    return policy
}

/// invalid/warn-unknown-partition.json (identity).
func corpus_invalid_warn_unknown_partition() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .identity) {
        Statement(.allow) {
            Actions("s3:*")
            Resources("arn:aws-mars:s3:::b")
        }
    }
    return policy
}

/// invalid/warn-suspicious-principals.json (resource).
func corpus_invalid_warn_suspicious_principals() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .resource) {
        Statement(.allow) {
            Principals(.service("lambda"), .federated("example.com"), .canonicalUser("abc"), .aws("AIDAJQABLZS4A3QDU576Q"))
            Actions("s3:GetObject")
            Resources("arn:aws:s3:::b/*")
        }
    }
    return policy
}

/// invalid/warn-identity-over-managed-limit.json (identity).
func corpus_invalid_warn_identity_over_managed_limit() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .identity) {
        Statement(.allow, sid: "S0") {
            Actions("s3:Get00000Object")
            Resources("arn:aws:s3:::bucket-00000/*")
        }
        Statement(.allow, sid: "S1") {
            Actions("s3:Get00001Object")
            Resources("arn:aws:s3:::bucket-00001/*")
        }
        Statement(.allow, sid: "S2") {
            Actions("s3:Get00002Object")
            Resources("arn:aws:s3:::bucket-00002/*")
        }
        Statement(.allow, sid: "S3") {
            Actions("s3:Get00003Object")
            Resources("arn:aws:s3:::bucket-00003/*")
        }
        Statement(.allow, sid: "S4") {
            Actions("s3:Get00004Object")
            Resources("arn:aws:s3:::bucket-00004/*")
        }
        Statement(.allow, sid: "S5") {
            Actions("s3:Get00005Object")
            Resources("arn:aws:s3:::bucket-00005/*")
        }
        Statement(.allow, sid: "S6") {
            Actions("s3:Get00006Object")
            Resources("arn:aws:s3:::bucket-00006/*")
        }
        Statement(.allow, sid: "S7") {
            Actions("s3:Get00007Object")
            Resources("arn:aws:s3:::bucket-00007/*")
        }
        Statement(.allow, sid: "S8") {
            Actions("s3:Get00008Object")
            Resources("arn:aws:s3:::bucket-00008/*")
        }
        Statement(.allow, sid: "S9") {
            Actions("s3:Get00009Object")
            Resources("arn:aws:s3:::bucket-00009/*")
        }
        Statement(.allow, sid: "S10") {
            Actions("s3:Get00010Object")
            Resources("arn:aws:s3:::bucket-00010/*")
        }
        Statement(.allow, sid: "S11") {
            Actions("s3:Get00011Object")
            Resources("arn:aws:s3:::bucket-00011/*")
        }
        Statement(.allow, sid: "S12") {
            Actions("s3:Get00012Object")
            Resources("arn:aws:s3:::bucket-00012/*")
        }
        Statement(.allow, sid: "S13") {
            Actions("s3:Get00013Object")
            Resources("arn:aws:s3:::bucket-00013/*")
        }
        Statement(.allow, sid: "S14") {
            Actions("s3:Get00014Object")
            Resources("arn:aws:s3:::bucket-00014/*")
        }
        Statement(.allow, sid: "S15") {
            Actions("s3:Get00015Object")
            Resources("arn:aws:s3:::bucket-00015/*")
        }
        Statement(.allow, sid: "S16") {
            Actions("s3:Get00016Object")
            Resources("arn:aws:s3:::bucket-00016/*")
        }
        Statement(.allow, sid: "S17") {
            Actions("s3:Get00017Object")
            Resources("arn:aws:s3:::bucket-00017/*")
        }
        Statement(.allow, sid: "S18") {
            Actions("s3:Get00018Object")
            Resources("arn:aws:s3:::bucket-00018/*")
        }
        Statement(.allow, sid: "S19") {
            Actions("s3:Get00019Object")
            Resources("arn:aws:s3:::bucket-00019/*")
        }
        Statement(.allow, sid: "S20") {
            Actions("s3:Get00020Object")
            Resources("arn:aws:s3:::bucket-00020/*")
        }
        Statement(.allow, sid: "S21") {
            Actions("s3:Get00021Object")
            Resources("arn:aws:s3:::bucket-00021/*")
        }
        Statement(.allow, sid: "S22") {
            Actions("s3:Get00022Object")
            Resources("arn:aws:s3:::bucket-00022/*")
        }
        Statement(.allow, sid: "S23") {
            Actions("s3:Get00023Object")
            Resources("arn:aws:s3:::bucket-00023/*")
        }
        Statement(.allow, sid: "S24") {
            Actions("s3:Get00024Object")
            Resources("arn:aws:s3:::bucket-00024/*")
        }
        Statement(.allow, sid: "S25") {
            Actions("s3:Get00025Object")
            Resources("arn:aws:s3:::bucket-00025/*")
        }
        Statement(.allow, sid: "S26") {
            Actions("s3:Get00026Object")
            Resources("arn:aws:s3:::bucket-00026/*")
        }
        Statement(.allow, sid: "S27") {
            Actions("s3:Get00027Object")
            Resources("arn:aws:s3:::bucket-00027/*")
        }
        Statement(.allow, sid: "S28") {
            Actions("s3:Get00028Object")
            Resources("arn:aws:s3:::bucket-00028/*")
        }
        Statement(.allow, sid: "S29") {
            Actions("s3:Get00029Object")
            Resources("arn:aws:s3:::bucket-00029/*")
        }
        Statement(.allow, sid: "S30") {
            Actions("s3:Get00030Object")
            Resources("arn:aws:s3:::bucket-00030/*")
        }
        Statement(.allow, sid: "S31") {
            Actions("s3:Get00031Object")
            Resources("arn:aws:s3:::bucket-00031/*")
        }
        Statement(.allow, sid: "S32") {
            Actions("s3:Get00032Object")
            Resources("arn:aws:s3:::bucket-00032/*")
        }
        Statement(.allow, sid: "S33") {
            Actions("s3:Get00033Object")
            Resources("arn:aws:s3:::bucket-00033/*")
        }
        Statement(.allow, sid: "S34") {
            Actions("s3:Get00034Object")
            Resources("arn:aws:s3:::bucket-00034/*")
        }
        Statement(.allow, sid: "S35") {
            Actions("s3:Get00035Object")
            Resources("arn:aws:s3:::bucket-00035/*")
        }
        Statement(.allow, sid: "S36") {
            Actions("s3:Get00036Object")
            Resources("arn:aws:s3:::bucket-00036/*")
        }
        Statement(.allow, sid: "S37") {
            Actions("s3:Get00037Object")
            Resources("arn:aws:s3:::bucket-00037/*")
        }
        Statement(.allow, sid: "S38") {
            Actions("s3:Get00038Object")
            Resources("arn:aws:s3:::bucket-00038/*")
        }
        Statement(.allow, sid: "S39") {
            Actions("s3:Get00039Object")
            Resources("arn:aws:s3:::bucket-00039/*")
        }
        Statement(.allow, sid: "S40") {
            Actions("s3:Get00040Object")
            Resources("arn:aws:s3:::bucket-00040/*")
        }
        Statement(.allow, sid: "S41") {
            Actions("s3:Get00041Object")
            Resources("arn:aws:s3:::bucket-00041/*")
        }
        Statement(.allow, sid: "S42") {
            Actions("s3:Get00042Object")
            Resources("arn:aws:s3:::bucket-00042/*")
        }
        Statement(.allow, sid: "S43") {
            Actions("s3:Get00043Object")
            Resources("arn:aws:s3:::bucket-00043/*")
        }
        Statement(.allow, sid: "S44") {
            Actions("s3:Get00044Object")
            Resources("arn:aws:s3:::bucket-00044/*")
        }
        Statement(.allow, sid: "S45") {
            Actions("s3:Get00045Object")
            Resources("arn:aws:s3:::bucket-00045/*")
        }
        Statement(.allow, sid: "S46") {
            Actions("s3:Get00046Object")
            Resources("arn:aws:s3:::bucket-00046/*")
        }
        Statement(.allow, sid: "S47") {
            Actions("s3:Get00047Object")
            Resources("arn:aws:s3:::bucket-00047/*")
        }
        Statement(.allow, sid: "S48") {
            Actions("s3:Get00048Object")
            Resources("arn:aws:s3:::bucket-00048/*")
        }
        Statement(.allow, sid: "S49") {
            Actions("s3:Get00049Object")
            Resources("arn:aws:s3:::bucket-00049/*")
        }
        Statement(.allow, sid: "S50") {
            Actions("s3:Get00050Object")
            Resources("arn:aws:s3:::bucket-00050/*")
        }
        Statement(.allow, sid: "S51") {
            Actions("s3:Get00051Object")
            Resources("arn:aws:s3:::bucket-00051/*")
        }
        Statement(.allow, sid: "S52") {
            Actions("s3:Get00052Object")
            Resources("arn:aws:s3:::bucket-00052/*")
        }
        Statement(.allow, sid: "S53") {
            Actions("s3:Get00053Object")
            Resources("arn:aws:s3:::bucket-00053/*")
        }
        Statement(.allow, sid: "S54") {
            Actions("s3:Get00054Object")
            Resources("arn:aws:s3:::bucket-00054/*")
        }
        Statement(.allow, sid: "S55") {
            Actions("s3:Get00055Object")
            Resources("arn:aws:s3:::bucket-00055/*")
        }
        Statement(.allow, sid: "S56") {
            Actions("s3:Get00056Object")
            Resources("arn:aws:s3:::bucket-00056/*")
        }
        Statement(.allow, sid: "S57") {
            Actions("s3:Get00057Object")
            Resources("arn:aws:s3:::bucket-00057/*")
        }
        Statement(.allow, sid: "S58") {
            Actions("s3:Get00058Object")
            Resources("arn:aws:s3:::bucket-00058/*")
        }
        Statement(.allow, sid: "S59") {
            Actions("s3:Get00059Object")
            Resources("arn:aws:s3:::bucket-00059/*")
        }
        Statement(.allow, sid: "S60") {
            Actions("s3:Get00060Object")
            Resources("arn:aws:s3:::bucket-00060/*")
        }
        Statement(.allow, sid: "S61") {
            Actions("s3:Get00061Object")
            Resources("arn:aws:s3:::bucket-00061/*")
        }
        Statement(.allow, sid: "S62") {
            Actions("s3:Get00062Object")
            Resources("arn:aws:s3:::bucket-00062/*")
        }
        Statement(.allow, sid: "S63") {
            Actions("s3:Get00063Object")
            Resources("arn:aws:s3:::bucket-00063/*")
        }
        Statement(.allow, sid: "S64") {
            Actions("s3:Get00064Object")
            Resources("arn:aws:s3:::bucket-00064/*")
        }
        Statement(.allow, sid: "S65") {
            Actions("s3:Get00065Object")
            Resources("arn:aws:s3:::bucket-00065/*")
        }
        Statement(.allow, sid: "S66") {
            Actions("s3:Get00066Object")
            Resources("arn:aws:s3:::bucket-00066/*")
        }
        Statement(.allow, sid: "S67") {
            Actions("s3:Get00067Object")
            Resources("arn:aws:s3:::bucket-00067/*")
        }
        Statement(.allow, sid: "S68") {
            Actions("s3:Get00068Object")
            Resources("arn:aws:s3:::bucket-00068/*")
        }
        Statement(.allow, sid: "S69") {
            Actions("s3:Get00069Object")
            Resources("arn:aws:s3:::bucket-00069/*")
        }
    }
    return policy
}

/// invalid/warn-trust-over-default-limit.json (trust).
func corpus_invalid_warn_trust_over_default_limit() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .trustPolicy) {
        Statement(.allow, sid: "S0") {
            Principals(.aws("arn:aws:iam::111122223300:root"))
            Actions("sts:AssumeRole")
        }
        Statement(.allow, sid: "S1") {
            Principals(.aws("arn:aws:iam::111122223301:root"))
            Actions("sts:AssumeRole")
        }
        Statement(.allow, sid: "S2") {
            Principals(.aws("arn:aws:iam::111122223302:root"))
            Actions("sts:AssumeRole")
        }
        Statement(.allow, sid: "S3") {
            Principals(.aws("arn:aws:iam::111122223303:root"))
            Actions("sts:AssumeRole")
        }
        Statement(.allow, sid: "S4") {
            Principals(.aws("arn:aws:iam::111122223304:root"))
            Actions("sts:AssumeRole")
        }
        Statement(.allow, sid: "S5") {
            Principals(.aws("arn:aws:iam::111122223305:root"))
            Actions("sts:AssumeRole")
        }
        Statement(.allow, sid: "S6") {
            Principals(.aws("arn:aws:iam::111122223306:root"))
            Actions("sts:AssumeRole")
        }
        Statement(.allow, sid: "S7") {
            Principals(.aws("arn:aws:iam::111122223307:root"))
            Actions("sts:AssumeRole")
        }
        Statement(.allow, sid: "S8") {
            Principals(.aws("arn:aws:iam::111122223308:root"))
            Actions("sts:AssumeRole")
        }
        Statement(.allow, sid: "S9") {
            Principals(.aws("arn:aws:iam::111122223309:root"))
            Actions("sts:AssumeRole")
        }
        Statement(.allow, sid: "S10") {
            Principals(.aws("arn:aws:iam::111122223310:root"))
            Actions("sts:AssumeRole")
        }
        Statement(.allow, sid: "S11") {
            Principals(.aws("arn:aws:iam::111122223311:root"))
            Actions("sts:AssumeRole")
        }
        Statement(.allow, sid: "S12") {
            Principals(.aws("arn:aws:iam::111122223312:root"))
            Actions("sts:AssumeRole")
        }
        Statement(.allow, sid: "S13") {
            Principals(.aws("arn:aws:iam::111122223313:root"))
            Actions("sts:AssumeRole")
        }
        Statement(.allow, sid: "S14") {
            Principals(.aws("arn:aws:iam::111122223314:root"))
            Actions("sts:AssumeRole")
        }
        Statement(.allow, sid: "S15") {
            Principals(.aws("arn:aws:iam::111122223315:root"))
            Actions("sts:AssumeRole")
        }
        Statement(.allow, sid: "S16") {
            Principals(.aws("arn:aws:iam::111122223316:root"))
            Actions("sts:AssumeRole")
        }
        Statement(.allow, sid: "S17") {
            Principals(.aws("arn:aws:iam::111122223317:root"))
            Actions("sts:AssumeRole")
        }
        Statement(.allow, sid: "S18") {
            Principals(.aws("arn:aws:iam::111122223318:root"))
            Actions("sts:AssumeRole")
        }
        Statement(.allow, sid: "S19") {
            Principals(.aws("arn:aws:iam::111122223319:root"))
            Actions("sts:AssumeRole")
        }
        Statement(.allow, sid: "S20") {
            Principals(.aws("arn:aws:iam::111122223320:root"))
            Actions("sts:AssumeRole")
        }
        Statement(.allow, sid: "S21") {
            Principals(.aws("arn:aws:iam::111122223321:root"))
            Actions("sts:AssumeRole")
        }
        Statement(.allow, sid: "S22") {
            Principals(.aws("arn:aws:iam::111122223322:root"))
            Actions("sts:AssumeRole")
        }
        Statement(.allow, sid: "S23") {
            Principals(.aws("arn:aws:iam::111122223323:root"))
            Actions("sts:AssumeRole")
        }
        Statement(.allow, sid: "S24") {
            Principals(.aws("arn:aws:iam::111122223324:root"))
            Actions("sts:AssumeRole")
        }
        Statement(.allow, sid: "S25") {
            Principals(.aws("arn:aws:iam::111122223325:root"))
            Actions("sts:AssumeRole")
        }
        Statement(.allow, sid: "S26") {
            Principals(.aws("arn:aws:iam::111122223326:root"))
            Actions("sts:AssumeRole")
        }
        Statement(.allow, sid: "S27") {
            Principals(.aws("arn:aws:iam::111122223327:root"))
            Actions("sts:AssumeRole")
        }
        Statement(.allow, sid: "S28") {
            Principals(.aws("arn:aws:iam::111122223328:root"))
            Actions("sts:AssumeRole")
        }
        Statement(.allow, sid: "S29") {
            Principals(.aws("arn:aws:iam::111122223329:root"))
            Actions("sts:AssumeRole")
        }
    }
    return policy
}

/// invalid/warn-empty-condition-values.json (identity).
func corpus_invalid_warn_empty_condition_values() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .identity) {
        Statement(.deny) {
            Actions("*")
            Resources("*")
            Condition(ConditionOperator(.stringEquals), key: "aws:username", values: [])
        }
    }
    return policy
}

/// invalid/warn-duplicate-statement-key.json (identity).
func corpus_invalid_warn_duplicate_statement_key() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .identity) {
        Statement(.allow) {
            Actions("s3:*")
            Resources("*")
        }
    }
    return policy
}

/// valid/for-all-values-deny-ok.json (identity).
func corpus_valid_for_all_values_deny_ok() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .identity) {
        Statement(.deny) {
            Actions("ec2:CreateTags")
            Resources("*")
            Condition.stringNotEquals(.aws.tagKeys, "env").forAllValues
        }
    }
    return policy
}

/// invalid/warn-condition-keys-differ-in-case.json (identity).
func corpus_invalid_warn_condition_keys_differ_in_case() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .identity) {
        Statement(.deny) {
            Actions("*")
            Resources("*")
            Condition.notIPAddress(.aws.sourceIP, "203.0.113.0/24")
            Condition(ConditionOperator(.notIpAddress), key: "aws:sourceip", values: ["198.51.100.0/24"])
        }
    }
    return policy
}

/// valid/resource-s3-deny-insecure-transport.json (resource).
func corpus_valid_resource_s3_deny_insecure_transport() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .resource) {
        Statement(.deny, sid: "DenyInsecureTransport") {
            Principals.anyone
            Actions("s3:*")
            Resources("arn:aws:s3:::bucket", "arn:aws:s3:::bucket/*")
            Condition(ConditionOperator(.bool), key: "aws:SecureTransport", values: ["false"])
        }
    }
    return policy
}

/// valid/resource-kms-key-policy.json (resource).
func corpus_valid_resource_kms_key_policy() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .resource, id: "key-default-1") {
        Statement(.allow, sid: "EnableIAMUserPermissions") {
            Principals(.aws("arn:aws:iam::111122223333:root"))
            Actions("kms:*")
            Resources("*")
        }
        Statement(.allow, sid: "AllowUseViaS3") {
            Principals(.aws("*"))
            Actions("kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey*")
            Resources("*")
            Condition.stringEquals(ConditionKey<String>("kms:ViaService"), "s3.us-east-1.amazonaws.com")
            Condition.stringEquals(ConditionKey<String>("kms:CallerAccount"), "111122223333")
        }
    }
    return policy
}

/// valid/resource-sqs-from-sns.json (resource).
func corpus_valid_resource_sqs_from_sns() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .resource) {
        Statement(.allow) {
            Principals(.service("sns.amazonaws.com"))
            Actions("sqs:SendMessage")
            Resources("arn:aws:sqs:us-east-2:111122223333:queue")
            Condition.arnEquals(.aws.sourceARN, "arn:aws:sns:us-east-2:111122223333:topic")
        }
    }
    return policy
}

/// valid/identity-mfa-required.json (identity).
func corpus_valid_identity_mfa_required() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .identity) {
        Statement(.allow, sid: "AllowEC2WithMFA") {
            Actions("ec2:*")
            Resources("*")
            Condition(ConditionOperator(.bool, ifExists: true), key: "aws:MultiFactorAuthPresent", values: ["true"])
            Condition(ConditionOperator(.numericLessThan), key: "aws:MultiFactorAuthAge", values: ["3600"])
        }
    }
    return policy
}

/// valid/identity-source-ip-deny.json (identity).
func corpus_valid_identity_source_ip_deny() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .identity) {
        Statement(.deny) {
            Actions("*")
            Resources("*")
            Condition.notIPAddress(.aws.sourceIP, "192.0.2.0/24", "203.0.113.0/24")
            Condition(ConditionOperator(.bool), key: "aws:ViaAWSService", values: ["false"])
        }
    }
    return policy
}

/// valid/identity-dynamodb-leading-keys.json (identity).
func corpus_valid_identity_dynamodb_leading_keys() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .identity) {
        Statement(.allow) {
            Actions("dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query")
            Resources("arn:aws:dynamodb:*:*:table/MyTable")
            Condition.stringEquals(ConditionKey<[String]>("dynamodb:LeadingKeys"), "${www.amazon.com:user_id}").forAllValues
            Condition(ConditionOperator(.null), key: "dynamodb:LeadingKeys", values: ["false"])
        }
    }
    return policy
}

/// valid/trust-github-oidc.json (trust).
func corpus_valid_trust_github_oidc() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .trustPolicy) {
        Statement(.allow) {
            Principals(.federated("arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"))
            Actions("sts:AssumeRoleWithWebIdentity")
            Condition.stringEquals(ConditionKey<String>("token.actions.githubusercontent.com:aud"), "sts.amazonaws.com")
            Condition.stringLike(ConditionKey<String>("token.actions.githubusercontent.com:sub"), "repo:octo-org/octo-repo:*")
        }
    }
    return policy
}

/// valid/trust-cross-account-external-id.json (trust).
func corpus_valid_trust_cross_account_external_id() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .trustPolicy) {
        Statement(.allow) {
            Principals(.aws("arn:aws:iam::444455556666:root"))
            Actions("sts:AssumeRole", "sts:TagSession")
            Condition.stringEquals(ConditionKey<String>("sts:ExternalId"), "Unique-ID-1234")
        }
    }
    return policy
}

/// valid/trust-saml.json (trust).
func corpus_valid_trust_saml() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .trustPolicy) {
        Statement(.allow) {
            Principals(.federated("arn:aws:iam::111122223333:saml-provider/ExampleIdP"))
            Actions("sts:AssumeRoleWithSAML")
            Condition.stringEquals(ConditionKey<String>("SAML:aud"), "https://signin.aws.amazon.com/saml")
        }
    }
    return policy
}

/// valid/scp-deny-leave-org-and-root.json (scp).
func corpus_valid_scp_deny_leave_org_and_root() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .serviceControl) {
        Statement(.deny, sid: "DenyLeave") {
            Actions("organizations:LeaveOrganization")
            Resources("*")
        }
        Statement(.deny, sid: "DenyRoot") {
            Actions("*")
            Resources("*")
            Condition.stringLike(.aws.principalARN, "arn:aws:iam::*:root")
        }
    }
    return policy
}

/// valid/identity-home-folder-list-bucket.json (identity).
func corpus_valid_identity_home_folder_list_bucket() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .identity) {
        Statement(.allow) {
            Actions("s3:ListBucket")
            Resources("arn:aws:s3:::bucket")
            Condition.stringLike(ConditionKey<String>("s3:prefix"), "", "home/", "home/\(.aws.username)/*")
        }
    }
    return policy
}

/// valid/identity-swift-escapes.json (identity).
func corpus_valid_identity_swift_escapes() throws -> PolicyDocument {
    let policy = try PolicyDocument(kind: .identity) {
        Statement(.allow, sid: "Escapes") {
            Actions("s3:ListBucket")
            Resources("arn:aws:s3:::caf\u{E9}-\"quoted\"-back\\slash")
            Condition.stringLike(ConditionKey<String>("s3:prefix"), "a\"b\\c", "\\(notInterpolated)", "na\u{EF}ve", "cost $5", "\(.aws.principalTag("team"))/x", "\(.aws.username)\(.aws.userID)", "${aws:SourceIdentity, 'none'}")
            Condition.stringEquals(.aws.principalTag("cost-center"), "\(.aws.resourceTag("cost-center"))")
        }
    }
    return policy
}
