public import BulwarkControls

extension BuiltInControls {
    /// The built-in controls of the `Domain.incidentResponse` domain.
    public static var incidentResponse: [Control] {
        []
    }
}
