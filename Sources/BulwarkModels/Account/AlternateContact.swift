/// An alternate contact of the account (`account get-alternate-contact`).
public struct AlternateContact: Sendable, Hashable {
    /// `SECURITY`, `BILLING` or `OPERATIONS`.
    public var alternateContactType: String
    /// The contact's name.
    public var name: String?
    /// The contact's email address.
    public var emailAddress: String?
    /// The contact's phone number.
    public var phoneNumber: String?
    /// The contact's title.
    public var title: String?

    /// Creates an `AlternateContact` from its parts.
    public init(
        alternateContactType: String,
        name: String? = nil,
        emailAddress: String? = nil,
        phoneNumber: String? = nil,
        title: String? = nil
    ) {
        self.alternateContactType = alternateContactType
        self.name = name
        self.emailAddress = emailAddress
        self.phoneNumber = phoneNumber
        self.title = title
    }
}

extension AlternateContact: Decodable {
    private enum CodingKeys: String, CodingKey {
        case alternateContactType = "AlternateContactType"
        case name = "Name"
        case emailAddress = "EmailAddress"
        case phoneNumber = "PhoneNumber"
        case title = "Title"
    }

    /// Decodes an `AlternateContact` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        alternateContactType = try container.decode(String.self, forKey: .alternateContactType)
        name = try container.decodeIfPresent(String.self, forKey: .name)
        emailAddress = try container.decodeIfPresent(String.self, forKey: .emailAddress)
        phoneNumber = try container.decodeIfPresent(String.self, forKey: .phoneNumber)
        title = try container.decodeIfPresent(String.self, forKey: .title)
    }
}

/// The account's security, billing and operations contacts; `.notConfigured` where none is set (`ResourceNotFoundException`).
public struct AlternateContacts: Sendable, Hashable {
    /// Who AWS contacts about security issues (CIS: maintain it).
    public var security: Observed<AlternateContact>
    /// Who AWS contacts about billing.
    public var billing: Observed<AlternateContact>
    /// Who AWS contacts about operations.
    public var operations: Observed<AlternateContact>

    /// Creates an `AlternateContacts` from its parts.
    public init(
        security: Observed<AlternateContact> = .notConfigured,
        billing: Observed<AlternateContact> = .notConfigured,
        operations: Observed<AlternateContact> = .notConfigured
    ) {
        self.security = security
        self.billing = billing
        self.operations = operations
    }
}
