@testable import BulwarkCatalog
import BulwarkIAM
import Testing

/// The evaluator's list of services that RCPs restrict must be the catalog's (Organizations UG, "Resource
/// control policies": RCPs apply only to the services that support them).
@Suite struct RCPServiceTests {
    @Test func evaluatorAndCatalogAgree() throws {
        let catalog = try AWSCatalog.shared
        let fromCatalog = Set(catalog.services.filter(\.supportsResourceControlPolicies).map(\.prefix))
        #expect(!fromCatalog.isEmpty)
        #expect(RequiredResourcePolicy.rcpServices == fromCatalog)
    }
}
