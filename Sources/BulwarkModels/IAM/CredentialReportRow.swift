public import BulwarkIAM

public import Foundation

/// One row of the IAM credential report: a user, or the root user (`<root_account>`).
public struct CredentialReportRow: Sendable, Hashable {
    /// The user's name, or `<root_account>` for the root user.
    public var user: String
    /// The user's ARN (`arn:aws:iam::<account>:root` for the root user).
    public var arn: ARN
    /// When the user was created.
    public var userCreationTime: Date?
    /// Whether the user has a console password; `nil` for the root user (`not_supported`).
    public var passwordEnabled: Bool?
    /// When the password was last used; `nil` for never or no information.
    public var passwordLastUsed: Date?
    /// When the password was last changed.
    public var passwordLastChanged: Date?
    /// When the password must next be changed.
    public var passwordNextRotation: Date?
    /// Whether an MFA device is enabled.
    public var mfaActive: Bool
    /// Whether the first access key is active.
    public var accessKey1Active: Bool
    /// When the first access key was created or last rotated.
    public var accessKey1LastRotated: Date?
    /// When the first access key was last used.
    public var accessKey1LastUsedDate: Date?
    /// Where the first access key was last used.
    public var accessKey1LastUsedRegion: String?
    /// Which service the first access key was last used with.
    public var accessKey1LastUsedService: String?
    /// Whether the second access key is active.
    public var accessKey2Active: Bool
    /// When the second access key was created or last rotated.
    public var accessKey2LastRotated: Date?
    /// When the second access key was last used.
    public var accessKey2LastUsedDate: Date?
    /// Where the second access key was last used.
    public var accessKey2LastUsedRegion: String?
    /// Which service the second access key was last used with.
    public var accessKey2LastUsedService: String?
    /// Whether the first signing certificate is active.
    public var cert1Active: Bool
    /// When the first signing certificate was last rotated.
    public var cert1LastRotated: Date?
    /// Whether the second signing certificate is active.
    public var cert2Active: Bool
    /// When the second signing certificate was last rotated.
    public var cert2LastRotated: Date?

    /// Creates a `CredentialReportRow` from its parts.
    public init(
        user: String,
        arn: ARN,
        userCreationTime: Date? = nil,
        passwordEnabled: Bool? = nil,
        passwordLastUsed: Date? = nil,
        passwordLastChanged: Date? = nil,
        passwordNextRotation: Date? = nil,
        mfaActive: Bool = false,
        accessKey1Active: Bool = false,
        accessKey1LastRotated: Date? = nil,
        accessKey1LastUsedDate: Date? = nil,
        accessKey1LastUsedRegion: String? = nil,
        accessKey1LastUsedService: String? = nil,
        accessKey2Active: Bool = false,
        accessKey2LastRotated: Date? = nil,
        accessKey2LastUsedDate: Date? = nil,
        accessKey2LastUsedRegion: String? = nil,
        accessKey2LastUsedService: String? = nil,
        cert1Active: Bool = false,
        cert1LastRotated: Date? = nil,
        cert2Active: Bool = false,
        cert2LastRotated: Date? = nil
    ) {
        self.user = user
        self.arn = arn
        self.userCreationTime = userCreationTime
        self.passwordEnabled = passwordEnabled
        self.passwordLastUsed = passwordLastUsed
        self.passwordLastChanged = passwordLastChanged
        self.passwordNextRotation = passwordNextRotation
        self.mfaActive = mfaActive
        self.accessKey1Active = accessKey1Active
        self.accessKey1LastRotated = accessKey1LastRotated
        self.accessKey1LastUsedDate = accessKey1LastUsedDate
        self.accessKey1LastUsedRegion = accessKey1LastUsedRegion
        self.accessKey1LastUsedService = accessKey1LastUsedService
        self.accessKey2Active = accessKey2Active
        self.accessKey2LastRotated = accessKey2LastRotated
        self.accessKey2LastUsedDate = accessKey2LastUsedDate
        self.accessKey2LastUsedRegion = accessKey2LastUsedRegion
        self.accessKey2LastUsedService = accessKey2LastUsedService
        self.cert1Active = cert1Active
        self.cert1LastRotated = cert1LastRotated
        self.cert2Active = cert2Active
        self.cert2LastRotated = cert2LastRotated
    }

    /// The user name the credential report uses for the root user.
    public static let rootUserName = "<root_account>"

    /// Whether this row is the root user's.
    public var isRoot: Bool { user == Self.rootUserName }

    /// Whether either access key is active.
    public var hasActiveAccessKey: Bool { accessKey1Active || accessKey2Active }
}
