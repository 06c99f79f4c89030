public import BulwarkControls

extension BuiltInControls {
    /// The built-in controls of the `Domain.dataProtection` domain.
    public static var dataProtection: [Control] {
        []
    }
}
