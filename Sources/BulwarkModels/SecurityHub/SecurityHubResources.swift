/// Security Hub in one region.
public struct SecurityHubResources: Sendable, Hashable {
    /// The hub; `.notConfigured` when Security Hub is not enabled (`InvalidAccessException`).
    public var hub: Observed<SecurityHub>
    /// The enabled standards.
    public var enabledStandards: Observed<[StandardsSubscription]>

    /// Creates a `SecurityHubResources` from its parts.
    public init(
        hub: Observed<SecurityHub> = .notConfigured,
        enabledStandards: Observed<[StandardsSubscription]> = .notConfigured
    ) {
        self.hub = hub
        self.enabledStandards = enabledStandards
    }
}
