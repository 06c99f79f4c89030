import BulwarkControls
import BulwarkIAM
import BulwarkModels
import Foundation
import Testing

@testable import BulwarkStandards

private typealias C = BuiltInControls

private let rootARN = "arn:aws:iam::\(account):root"

private func iam(_ resources: IAMResources) -> AccountSnapshot { snapshot(iam: resources) }

private func report(_ rows: CredentialReportRow...) -> Observed<CredentialReport> {
    .value(CredentialReport(rows: rows))
}

private func rootRow(lastUsed: Date? = nil, key: Bool = false) -> CredentialReportRow {
    CredentialReportRow(
        user: CredentialReportRow.rootUserName,
        arn: arn(rootARN),
        passwordLastUsed: lastUsed,
        accessKey1Active: key
    )
}

private func row(_ name: String, password: Bool? = true, mfa: Bool = false, lastUsed: Date? = nil)
    -> CredentialReportRow
{
    CredentialReportRow(
        user: name,
        arn: arn("arn:aws:iam::\(account):user/\(name)"),
        userCreationTime: daysAgo(400),
        passwordEnabled: password,
        passwordLastUsed: lastUsed,
        mfaActive: mfa
    )
}

private func user(
    _ name: String = "alice",
    attached: [String] = [],
    inline: [String] = [],
    keys: Observed<[AccessKey]> = .notConfigured
) -> IAMUser {
    IAMUser(
        userName: name,
        arn: arn("arn:aws:iam::\(account):user/\(name)"),
        attachedManagedPolicies: attached.map { AttachedPolicy(policyARN: arn($0)) },
        userPolicyList: inline.enumerated()
            .map { InlinePolicy(policyName: "inline\($0.offset)", policyDocument: policy($0.element)) },
        accessKeys: keys
    )
}

private func users(_ list: IAMUser..., report rows: Observed<CredentialReport> = .notConfigured) -> AccountSnapshot {
    iam(IAMResources(users: .value(list), credentialReport: rows))
}

private func role(
    _ name: String = "app",
    trust: String? = nil,
    inline: [String] = [],
    attached: [String] = [],
    created: Date? = nil,
    lastUsed: Date? = nil
) -> IAMRole {
    IAMRole(
        roleName: name,
        arn: arn("arn:aws:iam::\(account):role/\(name)"),
        createDate: created,
        assumeRolePolicyDocument: trust.map { policy($0, kind: .trustPolicy) },
        attachedManagedPolicies: attached.map { AttachedPolicy(policyARN: arn($0)) },
        rolePolicyList: inline.enumerated()
            .map { InlinePolicy(policyName: "inline\($0.offset)", policyDocument: policy($0.element)) },
        roleLastUsed: lastUsed.map { RoleLastUsed(lastUsedDate: $0) }
    )
}

private func trustPolicy(principal: String, condition: String? = nil) -> String {
    let conditionPart = condition.map { ", \"Condition\": \($0)" } ?? ""
    return """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": \(principal), \
        "Action": "sts:AssumeRole"\(conditionPart)}]}
        """
}

private func roles(_ list: IAMRole...) -> AccountSnapshot { iam(IAMResources(roles: .value(list))) }

private func managed(_ json: String, attachments: Int = 1) -> AccountSnapshot {
    let version = ManagedPolicyVersion(versionID: "v1", isDefaultVersion: true, document: policy(json))
    let managedPolicy = ManagedPolicy(
        policyName: "custom",
        arn: arn("arn:aws:iam::\(account):policy/custom"),
        defaultVersionID: "v1",
        attachmentCount: attachments,
        policyVersionList: [version]
    )
    return iam(IAMResources(policies: .value([managedPolicy])))
}

private func summary(_ map: [String: Int]) -> Observed<AccountSummary> { .value(AccountSummary(summaryMap: map)) }

private let unreadableIAM = iam(
    IAMResources(
        users: .unknown(denied("iam get-account-authorization-details")),
        roles: .unknown(denied("iam get-account-authorization-details")),
        policies: .unknown(denied("iam get-account-authorization-details")),
        credentialReport: .unknown(denied("iam get-credential-report")),
        accountSummary: .unknown(denied("iam get-account-summary")),
        passwordPolicy: .unknown(denied("iam get-account-password-policy"))
    )
)

enum IdentityCases {
    static var all: [ControlCase] { root + credentials + policies + identities }

    // IAM User Guide, "Root user best practices": no access keys, MFA, hardware MFA, no daily use.
    static let root: [ControlCase] = [
        ControlCase(
            C.rootAccessKeys,
            "summary says no root keys",
            .pass,
            iam(IAMResources(accountSummary: summary(["AccountAccessKeysPresent": 0])))
        ),
        ControlCase(
            C.rootAccessKeys,
            "summary says root keys",
            .fail,
            iam(IAMResources(accountSummary: summary(["AccountAccessKeysPresent": 1])))
        ),
        ControlCase(
            C.rootAccessKeys,
            "report row has an active key",
            .fail,
            iam(IAMResources(credentialReport: report(rootRow(key: true))))
        ),
        ControlCase(
            C.rootAccessKeys,
            "report lacks the root row",
            .unknown,
            iam(IAMResources(credentialReport: report(row("bob"))))
        ),
        ControlCase(C.rootAccessKeys, "nothing readable", .unknown, unreadableIAM),
        ControlCase(
            C.rootMFA,
            "summary says MFA",
            .pass,
            iam(IAMResources(accountSummary: summary(["AccountMFAEnabled": 1])))
        ),
        ControlCase(
            C.rootMFA,
            "summary says no MFA",
            .fail,
            iam(IAMResources(accountSummary: summary(["AccountMFAEnabled": 0])))
        ),
        ControlCase(C.rootMFA, "nothing readable", .unknown, unreadableIAM),
        ControlCase(
            C.rootHardwareMFA,
            "MFA and no virtual device on root",
            .pass,
            iam(IAMResources(accountSummary: summary(["AccountMFAEnabled": 1]), virtualMFADevices: .value([])))
        ),
        ControlCase(
            C.rootHardwareMFA,
            "root's MFA is virtual",
            .fail,
            iam(
                IAMResources(
                    accountSummary: summary(["AccountMFAEnabled": 1]),
                    virtualMFADevices: .value([
                        VirtualMFADevice(
                            serialNumber: "arn:aws:iam::\(account):mfa/root",
                            user: VirtualMFADeviceUser(arn: arn(rootARN))
                        )
                    ])
                )
            )
        ),
        ControlCase(
            C.rootHardwareMFA,
            "virtual devices unreadable",
            .unknown,
            iam(
                IAMResources(
                    accountSummary: summary(["AccountMFAEnabled": 1]),
                    virtualMFADevices: .unknown(denied("iam list-virtual-mfa-devices"))
                )
            )
        ),
        ControlCase(
            C.rootUsage,
            "root last used a year ago",
            .pass,
            iam(IAMResources(credentialReport: report(rootRow(lastUsed: daysAgo(365)))))
        ),
        ControlCase(
            C.rootUsage,
            "root used yesterday",
            .fail,
            iam(IAMResources(credentialReport: report(rootRow(lastUsed: daysAgo(1)))))
        ),
        ControlCase(
            C.rootUsage,
            "report lacks the root row (moto)",
            .unknown,
            iam(IAMResources(credentialReport: report(row("bob"))))
        ),
    ]

    // IAM User Guide, "Setting an account password policy" and "Managing access keys".
    static let credentials: [ControlCase] = [
        ControlCase(
            C.passwordLengthAndReuse,
            "14 characters, 24 remembered",
            .pass,
            iam(
                IAMResources(
                    passwordPolicy: .value(PasswordPolicy(minimumPasswordLength: 14, passwordReusePrevention: 24))
                )
            )
        ),
        ControlCase(C.passwordLengthAndReuse, "no password policy", .fail, iam(IAMResources())),
        ControlCase(C.passwordLengthAndReuse, "policy unreadable", .unknown, unreadableIAM),
        ControlCase(
            C.passwordComplexity,
            "all classes",
            .pass,
            iam(
                IAMResources(
                    passwordPolicy: .value(
                        PasswordPolicy(
                            requireSymbols: true,
                            requireNumbers: true,
                            requireUppercaseCharacters: true,
                            requireLowercaseCharacters: true
                        )
                    )
                )
            )
        ),
        ControlCase(
            C.passwordComplexity,
            "no symbols",
            .fail,
            iam(IAMResources(passwordPolicy: .value(PasswordPolicy(requireNumbers: true))))
        ),
        ControlCase(C.passwordComplexity, "policy unreadable", .unknown, unreadableIAM),
        ControlCase(
            C.consoleUserMFA,
            "console user with MFA",
            .pass,
            users(user(), report: report(row("alice", mfa: true)))
        ),
        ControlCase(C.consoleUserMFA, "console user without MFA", .fail, users(user(), report: report(row("alice")))),
        ControlCase(
            C.consoleUserMFA,
            "API-only user",
            .pass,
            users(user(), report: report(row("alice", password: false)))
        ),
        ControlCase(
            C.consoleUserMFA,
            "report unreadable",
            .unknown,
            users(user(), report: .unknown(denied("iam get-credential-report")))
        ),
        ControlCase(
            C.unusedCredentials,
            "password used yesterday",
            .pass,
            users(user(), report: report(row("alice", lastUsed: daysAgo(1))))
        ),
        ControlCase(
            C.unusedCredentials,
            "password unused for 100 days",
            .fail,
            users(user(), report: report(row("alice", lastUsed: daysAgo(100))))
        ),
        ControlCase(
            C.unusedCredentials,
            "no report row for the user",
            .unknown,
            users(user(), report: report(row("bob")))
        ),
        ControlCase(
            C.accessKeyRotation,
            "key 10 days old",
            .pass,
            users(user(keys: .value([AccessKey(accessKeyID: "AKIA1", status: .active, createDate: daysAgo(10))])))
        ),
        ControlCase(
            C.accessKeyRotation,
            "key 200 days old",
            .fail,
            users(user(keys: .value([AccessKey(accessKeyID: "AKIA1", status: .active, createDate: daysAgo(200))])))
        ),
        ControlCase(
            C.accessKeyRotation,
            "keys unreadable",
            .unknown,
            users(user(keys: .unknown(denied("iam list-access-keys"))))
        ),
        ControlCase(
            C.singleActiveKey,
            "one active key",
            .pass,
            users(
                user(
                    keys: .value([
                        AccessKey(accessKeyID: "AKIA1", status: .active),
                        AccessKey(accessKeyID: "AKIA2", status: .inactive),
                    ])
                )
            )
        ),
        ControlCase(
            C.singleActiveKey,
            "two active keys",
            .fail,
            users(
                user(
                    keys: .value([
                        AccessKey(accessKeyID: "AKIA1", status: .active),
                        AccessKey(accessKeyID: "AKIA2", status: .active),
                    ])
                )
            )
        ),
        ControlCase(
            C.singleActiveKey,
            "keys unreadable",
            .unknown,
            users(user(keys: .unknown(denied("iam list-access-keys"))))
        ),
    ]

    // IAM User Guide, "Security best practices in IAM": least privilege, evaluated by the policy engine.
    static let policies: [ControlCase] = [
        ControlCase(C.permissionsThroughGroups, "no own policies", .pass, users(user())),
        ControlCase(
            C.permissionsThroughGroups,
            "attached policy",
            .fail,
            users(user(attached: ["arn:aws:iam::aws:policy/ReadOnlyAccess"]))
        ),
        ControlCase(C.permissionsThroughGroups, "users unreadable", .unknown, unreadableIAM),
        ControlCase(
            C.noAdministratorPolicies,
            "scoped policy",
            .pass,
            managed(allow("\"s3:GetObject\"", on: "\"arn:aws:s3:::logs/*\""))
        ),
        ControlCase(C.noAdministratorPolicies, "Action * Resource *", .fail, managed(allow("\"*\""))),
        ControlCase(
            C.noAdministratorPolicies,
            "NotAction on nothing is admin too",
            .fail,
            managed(
                #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "NotAction": "iam:NoSuchAction", "Resource": "*"}]}"#
            )
        ),
        ControlCase(C.noAdministratorPolicies, "unparsable document", .unknown, managed("{\"Statement\": [")),
        ControlCase(C.noAdministratorPolicies, "policies unreadable", .unknown, unreadableIAM),
        ControlCase(
            C.noServiceWildcards,
            "named actions",
            .pass,
            managed(allow("[\"s3:GetObject\", \"s3:PutObject\"]"))
        ),
        ControlCase(
            C.noServiceWildcards,
            "s3:* on one bucket",
            .fail,
            managed(allow("\"s3:*\"", on: "\"arn:aws:s3:::logs\""))
        ),
        ControlCase(C.noServiceWildcards, "policies unreadable", .unknown, unreadableIAM),
        ControlCase(
            C.noDecryptOnAllKeys,
            "decrypt on one key",
            .pass,
            managed(allow("\"kms:Decrypt\"", on: "\"arn:aws:kms:us-east-1:\(account):key/1234abcd\""))
        ),
        ControlCase(
            C.noDecryptOnAllKeys,
            "decrypt on every key",
            .fail,
            managed(allow("\"kms:Decrypt\"", on: "\"arn:aws:kms:*:*:key/*\""))
        ),
        ControlCase(C.noDecryptOnAllKeys, "policies unreadable", .unknown, unreadableIAM),
        ControlCase(C.userEscalation, "read-only user", .pass, users(user(inline: [allow("\"s3:GetObject\"")]))),
        ControlCase(
            C.userEscalation,
            "can create policy versions",
            .fail,
            users(user(inline: [allow("\"iam:CreatePolicyVersion\"")]))
        ),
        ControlCase(
            C.userEscalation,
            "PassRole + RunInstances",
            .fail,
            users(user(inline: [allow("[\"iam:PassRole\", \"ec2:RunInstances\"]")]))
        ),
        ControlCase(
            C.userEscalation,
            "attached policy missing from the snapshot",
            .unknown,
            users(user(attached: ["arn:aws:iam::\(account):policy/gone"]))
        ),
        ControlCase(
            C.roleEscalation,
            "role with PassRole only",
            .pass,
            roles(role(inline: [allow("\"iam:PassRole\"")]))
        ),
        ControlCase(
            C.roleEscalation,
            "role can attach policies to itself",
            .fail,
            roles(role(inline: [allow("\"iam:AttachRolePolicy\"")]))
        ),
        ControlCase(C.roleEscalation, "role's policy unparsable", .unknown, roles(role(inline: ["{\"Statement\": ["]))),
        ControlCase(
            C.supportRole,
            "support role exists",
            .pass,
            roles(role(attached: ["arn:aws:iam::aws:policy/AWSSupportAccess"]))
        ),
        ControlCase(C.supportRole, "no support role", .fail, roles(role())),
        ControlCase(C.supportRole, "roles unreadable", .unknown, unreadableIAM),
        ControlCase(
            C.noCloudShellFullAccess,
            "nothing attached",
            .pass,
            iam(IAMResources(users: .value([user()]), groups: .value([]), roles: .value([role()])))
        ),
        ControlCase(
            C.noCloudShellFullAccess,
            "role has CloudShell full access",
            .fail,
            iam(
                IAMResources(
                    users: .value([]),
                    groups: .value([]),
                    roles: .value([role(attached: ["arn:aws:iam::aws:policy/AWSCloudShellFullAccess"])])
                )
            )
        ),
        ControlCase(C.noCloudShellFullAccess, "users unreadable", .unknown, unreadableIAM),
    ]

    // IAM User Guide, "How to use trust policies with IAM roles" and "The confused deputy problem".
    static let identities: [ControlCase] = [
        ControlCase(
            C.roleTrust,
            "trusted by EC2",
            .pass,
            roles(role(trust: trustPolicy(principal: "{\"Service\": \"ec2.amazonaws.com\"}")))
        ),
        ControlCase(
            C.roleTrust,
            "trusted by anyone in the organization",
            .pass,
            roles(
                role(
                    trust: trustPolicy(
                        principal: "\"*\"",
                        condition: "{\"StringEquals\": {\"aws:PrincipalOrgID\": \"o-abc123\"}}"
                    )
                )
            )
        ),
        ControlCase(
            C.roleTrust,
            "other account with an external id",
            .pass,
            roles(
                role(
                    trust: trustPolicy(
                        principal: "{\"AWS\": \"arn:aws:iam::444455556666:root\"}",
                        condition: "{\"StringEquals\": {\"sts:ExternalId\": \"x-123\"}}"
                    )
                )
            )
        ),
        ControlCase(
            C.roleTrust,
            "other account without conditions",
            .fail,
            roles(role(trust: trustPolicy(principal: "{\"AWS\": \"arn:aws:iam::444455556666:root\"}")))
        ),
        ControlCase(C.roleTrust, "trust policy missing", .unknown, roles(role())),
        ControlCase(
            C.instanceProfiles,
            "running with a profile",
            .pass,
            regional {
                $0.ec2.instances = .value([
                    EC2Instance(
                        instanceID: "i-1",
                        state: InstanceState(name: .running),
                        iamInstanceProfile: IAMInstanceProfileReference(
                            arn: arn("arn:aws:iam::\(account):instance-profile/app")
                        )
                    )
                ])
            }
        ),
        ControlCase(
            C.instanceProfiles,
            "running without a profile",
            .fail,
            regional {
                $0.ec2.instances = .value([EC2Instance(instanceID: "i-1", state: InstanceState(name: .running))])
            }
        ),
        ControlCase(
            C.instanceProfiles,
            "instances unreadable",
            .unknown,
            regional { $0.ec2.instances = .unknown(denied("ec2 describe-instances")) }
        ),
        ControlCase(
            C.expiredServerCertificates,
            "valid certificate",
            .pass,
            iam(
                IAMResources(
                    serverCertificates: .value([
                        ServerCertificate(
                            serverCertificateName: "web",
                            arn: arn("arn:aws:iam::\(account):server-certificate/web"),
                            expiration: now.addingTimeInterval(86_400)
                        )
                    ])
                )
            )
        ),
        ControlCase(
            C.expiredServerCertificates,
            "expired certificate",
            .fail,
            iam(
                IAMResources(
                    serverCertificates: .value([
                        ServerCertificate(
                            serverCertificateName: "web",
                            arn: arn("arn:aws:iam::\(account):server-certificate/web"),
                            expiration: daysAgo(1)
                        )
                    ])
                )
            )
        ),
        ControlCase(
            C.expiredServerCertificates,
            "expiry missing",
            .unknown,
            iam(
                IAMResources(
                    serverCertificates: .value([
                        ServerCertificate(
                            serverCertificateName: "web",
                            arn: arn("arn:aws:iam::\(account):server-certificate/web")
                        )
                    ])
                )
            )
        ),
        ControlCase(
            C.accessAnalyzer,
            "active account analyzer",
            .pass,
            regional {
                $0.accessAnalyzer.analyzers = .value([
                    AccessAnalyzer(
                        arn: arn("arn:aws:access-analyzer:us-east-1:\(account):analyzer/a"),
                        name: "a",
                        type: "ACCOUNT",
                        status: "ACTIVE"
                    )
                ])
            }
        ),
        ControlCase(
            C.accessAnalyzer,
            "no analyzer in the region",
            .fail,
            regional { $0.accessAnalyzer.analyzers = .value([]) }
        ),
        ControlCase(
            C.accessAnalyzer,
            "analyzers unreadable (moto)",
            .unknown,
            regional { $0.accessAnalyzer.analyzers = .unknown(denied("accessanalyzer list-analyzers")) }
        ),
        ControlCase(
            C.federation,
            "SAML provider configured",
            .pass,
            iam(
                IAMResources(
                    samlProviders: .value([SAMLProvider(arn: arn("arn:aws:iam::\(account):saml-provider/idp"))])
                )
            )
        ),
        ControlCase(
            C.federation,
            "console users, no provider",
            .fail,
            iam(IAMResources(credentialReport: report(row("alice"))))
        ),
        ControlCase(C.federation, "report unreadable", .unknown, unreadableIAM),
        ControlCase(C.unusedRoles, "used last week", .pass, roles(role(created: daysAgo(400), lastUsed: daysAgo(7)))),
        ControlCase(C.unusedRoles, "never used in 200 days", .fail, roles(role(created: daysAgo(200)))),
        ControlCase(C.unusedRoles, "no dates", .unknown, roles(role())),
    ]
}

@Suite struct IdentityAndAccessTests {
    @Test(arguments: IdentityCases.all)
    func status(_ row: ControlCase) {
        #expect(row.statuses == [row.expected], "\(row.testDescription)")
    }
}
