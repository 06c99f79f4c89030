public import BulwarkIAM

public import Foundation

/// An IAM user's access key (from `iam list-access-keys`).
public struct AccessKey: Sendable, Hashable {
    /// The user the key belongs to.
    public var userName: String
    /// The key id (`AKIA…`).
    public var accessKeyID: String
    /// Whether the key can be used.
    public var status: AccessKeyStatus
    /// When the key was created.
    public var createDate: Date?

    /// Creates an `AccessKey` from its parts.
    public init(
        userName: String = "",
        accessKeyID: String,
        status: AccessKeyStatus,
        createDate: Date? = nil
    ) {
        self.userName = userName
        self.accessKeyID = accessKeyID
        self.status = status
        self.createDate = createDate
    }
}

extension AccessKey: Decodable {
    private enum CodingKeys: String, CodingKey {
        case userName = "UserName"
        case accessKeyID = "AccessKeyId"
        case status = "Status"
        case createDate = "CreateDate"
    }

    /// Decodes an `AccessKey` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        userName = try container.decodeIfPresent(String.self, forKey: .userName) ?? ""
        accessKeyID = try container.decode(String.self, forKey: .accessKeyID)
        status = try container.decode(AccessKeyStatus.self, forKey: .status)
        createDate = try container.decodeIfPresent(Date.self, forKey: .createDate)
    }
}

/// Whether an access key or signing certificate can be used.
///
/// An open set: values AWS adds later decode too; the known ones are static members.
public struct AccessKeyStatus: AWSString {
    /// The value as AWS spells it.
    public var rawValue: String

    /// Creates a value from its AWS spelling.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// : The key can be used.
    public static let active = AccessKeyStatus(rawValue: "Active")

    /// : The key cannot be used.
    public static let inactive = AccessKeyStatus(rawValue: "Inactive")
}

/// An MFA device assigned to an IAM user (from `iam list-mfa-devices`).
public struct MFADevice: Sendable, Hashable {
    /// The user the device is assigned to.
    public var userName: String
    /// The device's serial number, or its ARN for a virtual device.
    public var serialNumber: String
    /// When the device was enabled.
    public var enableDate: Date?

    /// Creates a `MFADevice` from its parts.
    public init(
        userName: String = "",
        serialNumber: String,
        enableDate: Date? = nil
    ) {
        self.userName = userName
        self.serialNumber = serialNumber
        self.enableDate = enableDate
    }

    /// Whether this is a virtual (authenticator app) device, whose serial number is an `arn:…:mfa/…` ARN.
    public var isVirtual: Bool { serialNumber.hasPrefix("arn:") && serialNumber.contains(":mfa/") }
}

extension MFADevice: Decodable {
    private enum CodingKeys: String, CodingKey {
        case userName = "UserName"
        case serialNumber = "SerialNumber"
        case enableDate = "EnableDate"
    }

    /// Decodes a `MFADevice` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        userName = try container.decodeIfPresent(String.self, forKey: .userName) ?? ""
        serialNumber = try container.decode(String.self, forKey: .serialNumber)
        enableDate = try container.decodeIfPresent(Date.self, forKey: .enableDate)
    }
}

/// A virtual MFA device, assigned or not (from `iam list-virtual-mfa-devices`).
public struct VirtualMFADevice: Sendable, Hashable {
    /// The device's ARN, such as `arn:aws:iam::123456789012:mfa/root-account-mfa-device`.
    public var serialNumber: String
    /// The user the device is assigned to; the root user appears with an ARN ending in `:root`.
    public var user: VirtualMFADeviceUser?
    /// When the device was enabled.
    public var enableDate: Date?

    /// Creates a `VirtualMFADevice` from its parts.
    public init(
        serialNumber: String,
        user: VirtualMFADeviceUser? = nil,
        enableDate: Date? = nil
    ) {
        self.serialNumber = serialNumber
        self.user = user
        self.enableDate = enableDate
    }

    /// Whether the device is assigned to the account's root user.
    public var isAssignedToRoot: Bool { user?.arn.resource == "root" }
}

extension VirtualMFADevice: Decodable {
    private enum CodingKeys: String, CodingKey {
        case serialNumber = "SerialNumber"
        case user = "User"
        case enableDate = "EnableDate"
    }

    /// Decodes a `VirtualMFADevice` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        serialNumber = try container.decode(String.self, forKey: .serialNumber)
        user = try container.decodeIfPresent(VirtualMFADeviceUser.self, forKey: .user)
        enableDate = try container.decodeIfPresent(Date.self, forKey: .enableDate)
    }
}

/// The user a virtual MFA device is assigned to.
public struct VirtualMFADeviceUser: Sendable, Hashable {
    /// The user's name (absent for the root user).
    public var userName: String?
    /// The user's ARN (`arn:aws:iam::<account>:root` for the root user).
    public var arn: ARN

    /// Creates a `VirtualMFADeviceUser` from its parts.
    public init(userName: String? = nil, arn: ARN) {
        self.userName = userName
        self.arn = arn
    }
}

extension VirtualMFADeviceUser: Decodable {
    private enum CodingKeys: String, CodingKey {
        case userName = "UserName"
        case arn = "Arn"
    }

    /// Decodes a `VirtualMFADeviceUser` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        userName = try container.decodeIfPresent(String.self, forKey: .userName)
        arn = try container.decodeARN(forKey: .arn)
    }
}
