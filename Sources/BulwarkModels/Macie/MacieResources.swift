/// Amazon Macie in one region.
public struct MacieResources: Sendable, Hashable {
    /// The Macie session; `.notConfigured` when Macie is not enabled.
    public var session: Observed<MacieSession>

    /// Creates a `MacieResources` from its parts.
    public init(session: Observed<MacieSession> = .notConfigured) {
        self.session = session
    }
}
