import Testing

@testable import BulwarkControls

@Suite struct BulwarkControlsModuleTests {
    @Test func moduleBuilds() {
        #expect(Bool(true))
    }
}
