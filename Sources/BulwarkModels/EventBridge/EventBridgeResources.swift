/// Amazon EventBridge in one region: the event buses with their policies, and the rules of the
/// default bus with their targets.
///
/// Only the default bus's rules are read: AWS services (GuardDuty, Security Hub, AWS Health) deliver
/// their events to the default event bus.
public struct EventBridgeResources: Sendable, Hashable {
    /// The event buses.
    public var eventBuses: Observed<[EventBus]>
    /// The rules of the default event bus.
    public var rules: Observed<[EventRule]>

    /// Creates an `EventBridgeResources` from its parts.
    public init(eventBuses: Observed<[EventBus]> = .notConfigured, rules: Observed<[EventRule]> = .notConfigured) {
        self.eventBuses = eventBuses
        self.rules = rules
    }
}
