public import BulwarkControls

extension BuiltInControls {
    /// The built-in controls of the `Domain.infrastructureProtection` domain.
    public static var infrastructureProtection: [Control] {
        []
    }
}
