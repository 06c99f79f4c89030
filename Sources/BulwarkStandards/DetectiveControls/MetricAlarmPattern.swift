/// One recommendation of the CIS "log metric filter and alarm" family: the CloudTrail events it
/// watches, as the terms a metric filter pattern must contain.
struct MetricAlarmPattern: Sendable {
    /// The control id suffix (`01` … `15`).
    var number: Int
    /// What the alarm watches ("unauthorized API calls").
    var subject: String
    /// The CIS AWS Foundations v5.0 recommendation (section 4).
    var cis5: String
    /// The CIS AWS Foundations v7.0 recommendation (section 5).
    var cis7: String
    /// The terms the filter pattern must contain, compared without spaces, quotes or case.
    var terms: [String]

    /// The 15 patterns of CIS AWS Foundations v5.0 §4.1–4.15 (v7.0 §5.1–5.15).
    static let all: [MetricAlarmPattern] = [
        MetricAlarmPattern(
            number: 1,
            subject: "unauthorized API calls",
            cis5: "4.1",
            cis7: "5.1",
            terms: ["$.errorCode=*UnauthorizedOperation", "$.errorCode=AccessDenied*"]
        ),
        MetricAlarmPattern(
            number: 2,
            subject: "console sign-in without MFA",
            cis5: "4.2",
            cis7: "5.2",
            terms: ["$.eventName=ConsoleLogin", "$.additionalEventData.MFAUsed!=Yes"]
        ),
        MetricAlarmPattern(
            number: 3,
            subject: "use of the root user",
            cis5: "4.3",
            cis7: "5.3",
            terms: ["$.userIdentity.type=Root", "$.userIdentity.invokedByNOTEXISTS", "$.eventType!=AwsServiceEvent"]
        ),
        MetricAlarmPattern(
            number: 4,
            subject: "IAM policy changes",
            cis5: "4.4",
            cis7: "5.4",
            terms: [
                "DeleteGroupPolicy", "DeleteRolePolicy", "DeleteUserPolicy", "PutGroupPolicy", "PutRolePolicy",
                "PutUserPolicy", "CreatePolicy", "DeletePolicy", "CreatePolicyVersion", "DeletePolicyVersion",
                "AttachRolePolicy", "DetachRolePolicy", "AttachUserPolicy", "DetachUserPolicy", "AttachGroupPolicy",
                "DetachGroupPolicy",
            ]
        ),
        MetricAlarmPattern(
            number: 5,
            subject: "CloudTrail configuration changes",
            cis5: "4.5",
            cis7: "5.5",
            terms: ["CreateTrail", "UpdateTrail", "DeleteTrail", "StartLogging", "StopLogging"]
        ),
        MetricAlarmPattern(
            number: 6,
            subject: "console authentication failures",
            cis5: "4.6",
            cis7: "5.6",
            terms: ["$.eventName=ConsoleLogin", "$.errorMessage=Failedauthentication"]
        ),
        MetricAlarmPattern(
            number: 7,
            subject: "disabling or scheduled deletion of customer managed keys",
            cis5: "4.7",
            cis7: "5.7",
            terms: ["$.eventSource=kms.amazonaws.com", "DisableKey", "ScheduleKeyDeletion"]
        ),
        MetricAlarmPattern(
            number: 8,
            subject: "S3 bucket policy changes",
            cis5: "4.8",
            cis7: "5.8",
            terms: [
                "$.eventSource=s3.amazonaws.com", "PutBucketAcl", "PutBucketPolicy", "PutBucketCors",
                "PutBucketLifecycle", "PutBucketReplication", "DeleteBucketPolicy", "DeleteBucketCors",
                "DeleteBucketLifecycle", "DeleteBucketReplication",
            ]
        ),
        MetricAlarmPattern(
            number: 9,
            subject: "AWS Config configuration changes",
            cis5: "4.9",
            cis7: "5.9",
            terms: [
                "$.eventSource=config.amazonaws.com", "StopConfigurationRecorder", "DeleteDeliveryChannel",
                "PutDeliveryChannel", "PutConfigurationRecorder",
            ]
        ),
        MetricAlarmPattern(
            number: 10,
            subject: "security group changes",
            cis5: "4.10",
            cis7: "5.10",
            terms: [
                "AuthorizeSecurityGroupIngress", "AuthorizeSecurityGroupEgress", "RevokeSecurityGroupIngress",
                "RevokeSecurityGroupEgress", "CreateSecurityGroup", "DeleteSecurityGroup",
            ]
        ),
        MetricAlarmPattern(
            number: 11,
            subject: "network ACL changes",
            cis5: "4.11",
            cis7: "5.11",
            terms: [
                "CreateNetworkAcl", "CreateNetworkAclEntry", "DeleteNetworkAcl", "DeleteNetworkAclEntry",
                "ReplaceNetworkAclEntry", "ReplaceNetworkAclAssociation",
            ]
        ),
        MetricAlarmPattern(
            number: 12,
            subject: "network gateway changes",
            cis5: "4.12",
            cis7: "5.12",
            terms: [
                "CreateCustomerGateway", "DeleteCustomerGateway", "AttachInternetGateway", "CreateInternetGateway",
                "DeleteInternetGateway", "DetachInternetGateway",
            ]
        ),
        MetricAlarmPattern(
            number: 13,
            subject: "route table changes",
            cis5: "4.13",
            cis7: "5.13",
            terms: [
                "CreateRoute", "CreateRouteTable", "ReplaceRoute", "ReplaceRouteTableAssociation", "DeleteRouteTable",
                "DeleteRoute", "DisassociateRouteTable",
            ]
        ),
        MetricAlarmPattern(
            number: 14,
            subject: "VPC changes",
            cis5: "4.14",
            cis7: "5.14",
            terms: [
                "CreateVpc", "DeleteVpc", "ModifyVpcAttribute", "AcceptVpcPeeringConnection",
                "CreateVpcPeeringConnection", "DeleteVpcPeeringConnection", "RejectVpcPeeringConnection",
            ]
        ),
        MetricAlarmPattern(
            number: 15,
            subject: "AWS Organizations changes",
            cis5: "4.15",
            cis7: "5.15",
            terms: [
                "$.eventSource=organizations.amazonaws.com", "CreateAccount", "CreateOrganizationalUnit",
                "DeleteOrganizationalUnit", "AttachPolicy", "DetachPolicy", "LeaveOrganization",
                "RemoveAccountFromOrganization", "UpdatePolicy",
            ]
        ),
    ]

    /// `text` without spaces or double quotes, lower-cased, so patterns compare however they are written.
    static func normalized(_ text: String) -> String {
        String(
            text.lowercased().unicodeScalars.filter { $0 != " " && $0 != "\"" && $0 != "\n" && $0 != "\t" }
                .map(Character.init)
        )
    }
}
