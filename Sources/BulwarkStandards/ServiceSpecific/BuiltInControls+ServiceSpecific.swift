public import BulwarkControls

extension BuiltInControls {
    /// The built-in controls of the `Domain.serviceSpecific` domain.
    public static var serviceSpecific: [Control] {
        []
    }
}
