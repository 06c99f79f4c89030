extension IAMResources {
    /// Reads every IAM call of the snapshot (all global).
    static func load(from reader: SnapshotReader) async -> IAMResources {
        let details = reader.read(AuthorizationDetails.self, .global("iam", "get-account-authorization-details"))
        let users = await details.map(\.users)
            .asyncMap { users in
                await Concurrently.map(users) { user in
                    var user = user
                    user.accessKeys = reader.list(
                        AccessKey.self,
                        .global("iam", "list-access-keys", user.userName),
                        key: "AccessKeyMetadata"
                    )
                    user.mfaDevices = reader.list(
                        MFADevice.self,
                        .global("iam", "list-mfa-devices", user.userName),
                        key: "MFADevices"
                    )
                    return user
                }
            }
        return IAMResources(
            users: users,
            groups: details.map(\.groups),
            roles: details.map(\.roles),
            policies: details.map(\.policies),
            credentialReport: reader.read(CredentialReport.self, .global("iam", "get-credential-report")),
            accountSummary: reader.read(AccountSummary.self, .global("iam", "get-account-summary")),
            passwordPolicy: reader.member(
                PasswordPolicy.self,
                .global("iam", "get-account-password-policy"),
                key: "PasswordPolicy"
            ),
            virtualMFADevices: reader.list(
                VirtualMFADevice.self,
                .global("iam", "list-virtual-mfa-devices"),
                key: "VirtualMFADevices"
            ),
            serverCertificates: reader.list(
                ServerCertificate.self,
                .global("iam", "list-server-certificates"),
                key: "ServerCertificateMetadataList"
            ),
            samlProviders: reader.list(
                SAMLProvider.self,
                .global("iam", "list-saml-providers"),
                key: "SAMLProviderList"
            ),
            openIDConnectProviders: reader.list(
                OpenIDConnectProvider.self,
                .global("iam", "list-open-id-connect-providers"),
                key: "OpenIDConnectProviderList"
            )
        )
    }
}

/// The output of `iam get-account-authorization-details` (pages merged).
struct AuthorizationDetails: Decodable, Sendable {
    var users: [IAMUser]
    var groups: [IAMGroup]
    var roles: [IAMRole]
    var policies: [ManagedPolicy]

    private enum CodingKeys: String, CodingKey {
        case users = "UserDetailList"
        case groups = "GroupDetailList"
        case roles = "RoleDetailList"
        case policies = "Policies"
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        users = try container.decodeIfPresent([IAMUser].self, forKey: .users) ?? []
        groups = try container.decodeIfPresent([IAMGroup].self, forKey: .groups) ?? []
        roles = try container.decodeIfPresent([IAMRole].self, forKey: .roles) ?? []
        policies = try container.decodeIfPresent([ManagedPolicy].self, forKey: .policies) ?? []
    }
}

extension Observed {
    /// The observation with its value transformed by async work.
    func asyncMap<T>(_ transform: (Value) async -> T) async -> Observed<T> {
        switch self {
        case .value(let value): return .value(await transform(value))
        case .notConfigured: return .notConfigured
        case .unknown(let reason): return .unknown(reason)
        }
    }
}
