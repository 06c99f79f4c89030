/// AWS Config in one region.
public struct ConfigResources: Sendable, Hashable {
    /// The configuration recorders with their status.
    public var recorders: Observed<[ConfigurationRecorder]>
    /// The delivery channels.
    public var deliveryChannels: Observed<[DeliveryChannel]>
    /// The Config rules.
    public var rules: Observed<[ConfigRule]>

    /// Creates a `ConfigResources` from its parts.
    public init(
        recorders: Observed<[ConfigurationRecorder]> = .notConfigured,
        deliveryChannels: Observed<[DeliveryChannel]> = .notConfigured,
        rules: Observed<[ConfigRule]> = .notConfigured
    ) {
        self.recorders = recorders
        self.deliveryChannels = deliveryChannels
        self.rules = rules
    }

    /// Whether a recorder is recording every supported resource type, when known.
    public var isRecordingAllResources: Bool? {
        recorders.elements.map { recorders in
            recorders.contains { recorder in
                recorder.recordingGroup?.allSupported == true && recorder.status.valueIfPresent?.recording == true
            }
        }
    }
}
