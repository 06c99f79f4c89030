public import BulwarkControls

extension BuiltInControls {
    /// The built-in controls of the `Domain.governance` domain.
    public static var governance: [Control] {
        []
    }
}
