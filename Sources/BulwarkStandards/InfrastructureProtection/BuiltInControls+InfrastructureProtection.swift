public import BulwarkControls

extension BuiltInControls {
    /// The built-in controls of the `Domain.infrastructureProtection` domain.
    public static var infrastructureProtection: [Control] {
        [
            adminPorts, highRiskPorts, onlyAuthorizedPorts, networkACLAdminPorts, defaultSecurityGroups,
            subnetPublicIPs,
            instancePublicIPs, peeringRoutes, vpcEndpoints, distributionWAF, ssmManaged, associationCompliance,
            patchCompliance, ecrScanning, ecrImmutableTags, instanceIMDSv2, ecrRepositoryPolicy,
        ]
    }
}
