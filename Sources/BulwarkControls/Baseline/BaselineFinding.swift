/// A finding as a baseline scan's JSON recorded it.
public struct BaselineFinding: Sendable, Hashable {
    /// The finding's stable id.
    public var id: String
    /// The control id.
    public var controlID: String
    /// The status then.
    public var status: FindingStatus
    /// The resource ARN.
    public var resource: String
    /// The region.
    public var region: String

    /// Creates a baseline finding.
    public init(id: String, controlID: String, status: FindingStatus, resource: String, region: String) {
        self.id = id
        self.controlID = controlID
        self.status = status
        self.resource = resource
        self.region = region
    }
}
