public import BulwarkControls

extension BuiltInControls {
    /// The built-in controls of the `Domain.detectiveControls` domain.
    public static var detectiveControls: [Control] {
        []
    }
}
