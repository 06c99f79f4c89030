public import BulwarkControls

extension BuiltInControls {
    /// The built-in controls of the `Domain.supportAndImprovement` domain.
    public static var supportAndImprovement: [Control] {
        []
    }
}
