import BulwarkIAM
import BulwarkModels
import Foundation
import Testing

/// Glue development endpoints, Glacier vault policies, OpenSearch domain policies and Lambda event
/// source mappings read from AWS CLI output shapes (Fixtures/aws-shapes).
@Suite struct AccessPolicyResourcesTests {
    let region: RegionSnapshot

    init() async throws {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/aws-shapes", withExtension: nil))
        let snapshot = try await AccountSnapshot.load(from: url)
        region = try #require(snapshot.regions["us-east-1"])
    }

    @Test func glueDevEndpointsAndTheirRoles() throws {
        let endpoints = try #require(region.glue.devEndpoints.valueIfPresent)
        #expect(endpoints.map(\.endpointName) == ["etl-dev"])
        #expect(endpoints.first?.roleARN?.description == "arn:aws:iam::123456789012:role/glue-etl")
    }

    @Test func glacierVaultPoliciesAndTheirAbsence() throws {
        let vaults = try #require(region.glacier.vaults.valueIfPresent)
        #expect(vaults.map(\.vaultName) == ["archive", "private"])
        #expect((try? vaults[0].policy.valueIfPresent?.parsed.get())?.statements.count == 1)
        // ResourceNotFoundException from get-vault-access-policy: a fact, the vault has no policy.
        #expect(vaults[1].policy.isNotConfigured)
    }

    @Test func openSearchDomainPolicies() throws {
        let domains = try #require(region.openSearch.domains.valueIfPresent?.values)
        #expect(domains.map(\.domainName) == ["logs", "search"])
        #expect(domains[0].accessPolicies != nil)
        // An empty AccessPolicies string means the domain has no policy.
        #expect(domains[1].accessPolicies == nil)
    }

    @Test func lambdaEventSourceMappings() throws {
        let mappings = try #require(region.lambda.eventSourceMappings.valueIfPresent)
        #expect(mappings.first?.eventSourceARN?.description == "arn:aws:sqs:us-east-1:123456789012:orders")
        #expect(mappings.first?.state == "Enabled")
    }
}
