public import BulwarkControls

extension BuiltInControls {
    /// The built-in controls of the `Domain.identityAndAccess` domain.
    public static var identityAndAccess: [Control] {
        [
            rootAccessKeys, rootMFA, rootHardwareMFA, rootUsage, passwordLengthAndReuse, consoleUserMFA,
            unusedCredentials, accessKeyRotation, singleActiveKey, permissionsThroughGroups, noAdministratorPolicies,
            noServiceWildcards, noDecryptOnAllKeys, userEscalation, supportRole, instanceProfiles,
            expiredServerCertificates, accessAnalyzer, noCloudShellFullAccess, roleTrust, federation, unusedRoles,
            passwordComplexity, roleEscalation,
        ]
    }
}
