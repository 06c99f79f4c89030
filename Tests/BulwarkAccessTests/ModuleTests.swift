import Testing

@testable import BulwarkAccess

@Suite struct BulwarkAccessModuleTests {
    @Test func moduleBuilds() {
        #expect(Bool(true))
    }
}
