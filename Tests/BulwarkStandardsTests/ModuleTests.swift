import Testing

@testable import BulwarkStandards

@Suite struct BulwarkStandardsModuleTests {
    @Test func moduleBuilds() {
        #expect(Bool(true))
    }
}
