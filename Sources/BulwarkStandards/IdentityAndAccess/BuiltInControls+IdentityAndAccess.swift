public import BulwarkControls

extension BuiltInControls {
    /// The built-in controls of the `Domain.identityAndAccess` domain.
    public static var identityAndAccess: [Control] {
        []
    }
}
