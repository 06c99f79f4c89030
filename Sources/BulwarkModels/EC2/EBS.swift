public import Foundation

/// An EBS volume (`ec2 describe-volumes`).
public struct EBSVolume: Sendable, Hashable {
    /// The volume id.
    public var volumeID: String
    /// Whether the volume is encrypted.
    public var encrypted: Bool
    /// The KMS key (an ARN on AWS; moto prints the bare key id).
    public var kmsKeyID: String?
    /// The size in GiB.
    public var size: Int?
    /// `in-use`, `available`, and others.
    public var state: String?
    /// `gp3`, `io2`, and others.
    public var volumeType: String?
    /// The instances using it.
    public var attachments: [VolumeAttachment]

    /// Creates an `EBSVolume` from its parts.
    public init(
        volumeID: String,
        encrypted: Bool = false,
        kmsKeyID: String? = nil,
        size: Int? = nil,
        state: String? = nil,
        volumeType: String? = nil,
        attachments: [VolumeAttachment] = []
    ) {
        self.volumeID = volumeID
        self.encrypted = encrypted
        self.kmsKeyID = kmsKeyID
        self.size = size
        self.state = state
        self.volumeType = volumeType
        self.attachments = attachments
    }
}

extension EBSVolume: Decodable {
    private enum CodingKeys: String, CodingKey {
        case volumeID = "VolumeId"
        case encrypted = "Encrypted"
        case kmsKeyID = "KmsKeyId"
        case size = "Size"
        case state = "State"
        case volumeType = "VolumeType"
        case attachments = "Attachments"
    }

    /// Decodes an `EBSVolume` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        volumeID = try container.decode(String.self, forKey: .volumeID)
        encrypted = try container.decodeIfPresent(Bool.self, forKey: .encrypted) ?? false
        kmsKeyID = try container.decodeIfPresent(String.self, forKey: .kmsKeyID)
        size = try container.decodeIfPresent(Int.self, forKey: .size)
        state = try container.decodeIfPresent(String.self, forKey: .state)
        volumeType = try container.decodeIfPresent(String.self, forKey: .volumeType)
        attachments = try container.decodeIfPresent([VolumeAttachment].self, forKey: .attachments) ?? []
    }
}

/// A volume's attachment to an instance.
public struct VolumeAttachment: Sendable, Hashable {
    /// The instance.
    public var instanceID: String?
    /// The device name.
    public var device: String?
    /// The attachment state.
    public var state: String?

    /// Creates a `VolumeAttachment` from its parts.
    public init(
        instanceID: String? = nil,
        device: String? = nil,
        state: String? = nil
    ) {
        self.instanceID = instanceID
        self.device = device
        self.state = state
    }
}

extension VolumeAttachment: Decodable {
    private enum CodingKeys: String, CodingKey {
        case instanceID = "InstanceId"
        case device = "Device"
        case state = "State"
    }

    /// Decodes a `VolumeAttachment` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        instanceID = try container.decodeIfPresent(String.self, forKey: .instanceID)
        device = try container.decodeIfPresent(String.self, forKey: .device)
        state = try container.decodeIfPresent(String.self, forKey: .state)
    }
}

/// An EBS snapshot owned by the account (`ec2 describe-snapshots`).
public struct EBSSnapshot: Sendable, Hashable {
    /// The snapshot id.
    public var snapshotID: String
    /// The source volume.
    public var volumeID: String?
    /// The owning account.
    public var ownerID: String?
    /// Whether the snapshot is encrypted.
    public var encrypted: Bool
    /// The KMS key.
    public var kmsKeyID: String?
    /// `completed`, `pending`, `error`.
    public var state: String?
    /// When the snapshot was started.
    public var startTime: Date?
    /// Who may create volumes from it (`ec2 describe-snapshot-attribute`); filled in by the loader.
    public var createVolumePermissions: Observed<[CreateVolumePermission]>

    /// Creates an `EBSSnapshot` from its parts.
    public init(
        snapshotID: String,
        volumeID: String? = nil,
        ownerID: String? = nil,
        encrypted: Bool = false,
        kmsKeyID: String? = nil,
        state: String? = nil,
        startTime: Date? = nil,
        createVolumePermissions: Observed<[CreateVolumePermission]> = .notConfigured
    ) {
        self.snapshotID = snapshotID
        self.volumeID = volumeID
        self.ownerID = ownerID
        self.encrypted = encrypted
        self.kmsKeyID = kmsKeyID
        self.state = state
        self.startTime = startTime
        self.createVolumePermissions = createVolumePermissions
    }

    /// Whether anyone may create a volume from the snapshot (a `Group: all` permission), when known.
    public var isPublic: Bool? { createVolumePermissions.elements.map { $0.contains { $0.group == "all" } } }
}

extension EBSSnapshot: Decodable {
    private enum CodingKeys: String, CodingKey {
        case snapshotID = "SnapshotId"
        case volumeID = "VolumeId"
        case ownerID = "OwnerId"
        case encrypted = "Encrypted"
        case kmsKeyID = "KmsKeyId"
        case state = "State"
        case startTime = "StartTime"
    }

    /// Decodes an `EBSSnapshot` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        snapshotID = try container.decode(String.self, forKey: .snapshotID)
        volumeID = try container.decodeIfPresent(String.self, forKey: .volumeID)
        ownerID = try container.decodeIfPresent(String.self, forKey: .ownerID)
        encrypted = try container.decodeIfPresent(Bool.self, forKey: .encrypted) ?? false
        kmsKeyID = try container.decodeIfPresent(String.self, forKey: .kmsKeyID)
        state = try container.decodeIfPresent(String.self, forKey: .state)
        startTime = try container.decodeIfPresent(Date.self, forKey: .startTime)
        createVolumePermissions = .notConfigured
    }
}

/// One create-volume permission of a snapshot.
public struct CreateVolumePermission: Sendable, Hashable {
    /// `all` for public snapshots.
    public var group: String?
    /// An account allowed to create volumes.
    public var userID: String?

    /// Creates a `CreateVolumePermission` from its parts.
    public init(group: String? = nil, userID: String? = nil) {
        self.group = group
        self.userID = userID
    }
}

extension CreateVolumePermission: Decodable {
    private enum CodingKeys: String, CodingKey {
        case group = "Group"
        case userID = "UserId"
    }

    /// Decodes a `CreateVolumePermission` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        group = try container.decodeIfPresent(String.self, forKey: .group)
        userID = try container.decodeIfPresent(String.self, forKey: .userID)
    }
}
