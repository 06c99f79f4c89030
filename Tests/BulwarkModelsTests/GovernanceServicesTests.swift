import BulwarkIAM
import BulwarkModels
import Foundation
import Testing

/// API Gateway, EKS, Firewall Manager, Incident Manager, Well-Architected, Config compliance, Shield,
/// Trusted Advisor and tag policies read from real AWS CLI output shapes (Fixtures/aws-shapes).
@Suite struct GovernanceServicesTests {
    let region: RegionSnapshot
    let snapshot: AccountSnapshot

    init() async throws {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/aws-shapes", withExtension: nil))
        snapshot = try await AccountSnapshot.load(from: url)
        region = try snapshot.usEast1
    }

    @Test func restAPIStagesAndMethods() throws {
        let api = try #require(region.apiGateway.restAPIs.valueIfPresent?.first)
        #expect(api.arn.description == "arn:aws:apigateway:us-east-1::/restapis/a1b2c3d4e5")
        let stages = try #require(api.stages.valueIfPresent)
        let prod = stages[0]
        #expect(prod.hasExecutionLogging && prod.accessLogDestinationARN?.service == "logs")
        #expect(prod.webACLARN?.service == "wafv2")
        #expect(prod.cacheClusterEnabled && prod.cacheDataEncrypted && prod.clientCertificateID == "cc1a2b")
        #expect(api.arn(of: prod).resource == "/restapis/a1b2c3d4e5/stages/prod")
        let dev = stages[1]
        #expect(!dev.hasExecutionLogging && dev.accessLogDestinationARN == nil && dev.webACLARN == nil)
        let methods = try #require(api.resources.valueIfPresent).flatMap(\.methods)
        #expect(methods.map(\.authorizationType) == ["NONE", "AWS_IAM"])
    }

    @Test func httpAPIStagesAndRoutes() throws {
        let api = try #require(region.apiGateway.httpAPIs.valueIfPresent?.first)
        #expect(api.protocolType == "HTTP")
        #expect(api.stages.valueIfPresent?.first?.accessLogDestinationARN == nil)
        #expect(api.routes.valueIfPresent?.map(\.authorizationType) == ["NONE", "JWT"])
    }

    @Test func eksClusters() throws {
        let clusters = try #require(region.eks.clusters.valueIfPresent)
        let prod = try #require(clusters[0].configuration.valueIfPresent)
        #expect(prod.endpointPublicAccess && !prod.isEndpointOpenToInternet)
        #expect(prod.enabledLogTypes == ["api", "audit", "authenticator"])
        #expect(prod.secretsEncryptionKeyARNs.count == 1)
        #expect(clusters[1].configuration.unreadable?.code == "AccessDeniedException")
    }

    @Test func firewallManagerShieldAndIncidentManager() throws {
        #expect(region.firewallManager.adminAccount.isNotConfigured)  // ResourceNotFoundException: no admin
        let policy = try #require(region.firewallManager.policies.valueIfPresent?.first)
        #expect(policy.nonCompliantAccounts == .value(["444455556666"]))
        #expect(snapshot.shield.subscription.isNotConfigured)
        #expect(snapshot.shield.protections.isNotConfigured)
        let anyResource = try ARN(parsing: "arn:aws:cloudfront::111122223333:distribution/E1")
        #expect(snapshot.shield.protects(anyResource) == .value(false))
        #expect(region.incidentManager.replicationSets.valueIfPresent?.count == 1)
        #expect(region.incidentManager.responsePlans.valueIfPresent?.map(\.name) == ["security-incident"])
        #expect(region.incidentManager.contacts.unreadable?.code == "AccessDeniedException")
    }

    @Test func wellArchitectedWorkloads() throws {
        let workload = try #require(region.wellArchitected.workloads.valueIfPresent?.first)
        #expect(workload.highRisks == 2 && workload.mediumRisks == 5)
        #expect(workload.pillarRiskCounts.valueIfPresent?["security"]?["HIGH"] == 1)
        #expect(workload.milestoneDates.valueIfPresent?.first == AWSTimestamp.parse("2026-06-01T00:00:00Z"))
    }

    @Test func configComplianceConformancePacksAndAggregators() throws {
        let compliance = region.configCompliance
        #expect(compliance.ruleCompliance.valueIfPresent?["s3-bucket-versioning-enabled"] == "NON_COMPLIANT")
        let pack = try #require(compliance.conformancePacks.valueIfPresent?.first)
        #expect(pack.nonCompliantRules == .value(["iam-password-policy-conformance-pack-abcd1234"]))
        let aggregator = try #require(compliance.aggregators.valueIfPresent?.first)
        #expect(aggregator.isOrganizationAggregator && aggregator.allRegions)
    }

    @Test func trustedAdvisorAndTagPolicies() throws {
        let recommendation = try #require(snapshot.trustedAdvisor.securityRecommendations.valueIfPresent?.first)
        #expect(recommendation.name == "Exposed Access Keys" && recommendation.status == "error")
        #expect(recommendation.errorCount == 1)
        let tagPolicy = try #require(snapshot.organizations.tagPolicies.valueIfPresent?.first)
        #expect(tagPolicy.tagKeys == .value(["DataClassification"]))
        #expect(tagPolicy.targets.valueIfPresent?.first?.targetID == "r-ab12")
    }

    /// AccessDenied on a list call reaches the model as unknown; the not-subscribed answers are facts.
    @Test func unknownAndNotSubscribed() async throws {
        let denied = #"{"Code": "AccessDeniedException", "Message": "not authorized"}"#
        let loaded = try await TemporarySnapshot([
            "us-east-1/apigateway/get-rest-apis.error.json": denied,
            "us-east-1/eks/list-clusters.error.json": denied,
            "us-east-1/wellarchitected/list-workloads.error.json": denied,
            "us-east-1/fms/get-admin-account.error.json": denied,
            "global/trustedadvisor/list-recommendations/security.error.json": denied,
            "global/shield/describe-subscription.error.json": denied,
        ])
        .load()
        let region = try loaded.usEast1
        #expect(region.apiGateway.restAPIs.unreadable?.code == "AccessDeniedException")
        #expect(region.eks.clusters.unreadable?.code == "AccessDeniedException")
        #expect(region.wellArchitected.workloads.unreadable?.code == "AccessDeniedException")
        #expect(region.firewallManager.adminAccount.unreadable?.code == "AccessDeniedException")
        #expect(loaded.trustedAdvisor.securityRecommendations.unreadable?.code == "AccessDeniedException")
        #expect(loaded.shield.subscription.unreadable?.code == "AccessDeniedException")
        #expect(
            loaded.shield
                .protects(
                    try ARN(parsing: "arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/web/1")
                )
                .unreadable != nil
        )
    }
}
