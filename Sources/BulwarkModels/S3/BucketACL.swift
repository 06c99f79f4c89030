public import BulwarkIAM

/// A bucket's access control list (`s3api get-bucket-acl`).
public struct BucketACL: Sendable, Hashable {
    /// The bucket owner.
    public var owner: CanonicalOwner?
    /// The grants.
    public var grants: [Grant]

    /// Creates a `BucketACL` from its parts.
    public init(owner: CanonicalOwner? = nil, grants: [Grant] = []) {
        self.owner = owner
        self.grants = grants
    }

    /// Grants to everyone (`AllUsers`) or to any AWS account (`AuthenticatedUsers`).
    public var publicGrants: [Grant] { grants.filter { $0.grantee.isPublic } }
}

extension BucketACL: Decodable {
    private enum CodingKeys: String, CodingKey {
        case owner = "Owner"
        case grants = "Grants"
    }

    /// Decodes a `BucketACL` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        owner = try container.decodeIfPresent(CanonicalOwner.self, forKey: .owner)
        grants = try container.decodeIfPresent([Grant].self, forKey: .grants) ?? []
    }
}

/// An S3 canonical owner.
public struct CanonicalOwner: Sendable, Hashable {
    /// The canonical user id.
    public var id: String?
    /// The display name, where AWS still returns one.
    public var displayName: String?

    /// Creates a `CanonicalOwner` from its parts.
    public init(id: String? = nil, displayName: String? = nil) {
        self.id = id
        self.displayName = displayName
    }
}

extension CanonicalOwner: Decodable {
    private enum CodingKeys: String, CodingKey {
        case id = "ID"
        case displayName = "DisplayName"
    }

    /// Decodes a `CanonicalOwner` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(String.self, forKey: .id)
        displayName = try container.decodeIfPresent(String.self, forKey: .displayName)
    }
}

/// One ACL grant: who, and which permission.
public struct Grant: Sendable, Hashable {
    /// Who receives the permission.
    public var grantee: Grantee
    /// `READ`, `WRITE`, `READ_ACP`, `WRITE_ACP` or `FULL_CONTROL`.
    public var permission: S3Permission

    /// Creates a `Grant` from its parts.
    public init(grantee: Grantee, permission: S3Permission) {
        self.grantee = grantee
        self.permission = permission
    }
}

extension Grant: Decodable {
    private enum CodingKeys: String, CodingKey {
        case grantee = "Grantee"
        case permission = "Permission"
    }

    /// Decodes a `Grant` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        grantee = try container.decode(Grantee.self, forKey: .grantee)
        permission = try container.decode(S3Permission.self, forKey: .permission)
    }
}

/// A permission an S3 ACL grants.
///
/// An open set: values AWS adds later decode too; the known ones are static members.
public struct S3Permission: AWSString {
    /// The value as AWS spells it.
    public var rawValue: String

    /// Creates a value from its AWS spelling.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// : List the bucket (or read the object).
    public static let read = S3Permission(rawValue: "READ")

    /// : Create, overwrite and delete objects.
    public static let write = S3Permission(rawValue: "WRITE")

    /// : Read the ACL.
    public static let readACP = S3Permission(rawValue: "READ_ACP")

    /// : Change the ACL.
    public static let writeACP = S3Permission(rawValue: "WRITE_ACP")

    /// : All of the above.
    public static let fullControl = S3Permission(rawValue: "FULL_CONTROL")
}

/// The receiver of an ACL grant: a canonical user, a group URI, or an email address.
public struct Grantee: Sendable, Hashable {
    /// `CanonicalUser`, `Group` or `AmazonCustomerByEmail`.
    public var type: String
    /// The canonical user id.
    public var id: String?
    /// The group URI, such as `http://acs.amazonaws.com/groups/global/AllUsers`.
    public var uri: String?
    /// The display name.
    public var displayName: String?

    /// Creates a `Grantee` from its parts.
    public init(
        type: String,
        id: String? = nil,
        uri: String? = nil,
        displayName: String? = nil
    ) {
        self.type = type
        self.id = id
        self.uri = uri
        self.displayName = displayName
    }

    /// The group of everyone, signed or not.
    public static let allUsersURI = "http://acs.amazonaws.com/groups/global/AllUsers"
    /// The group of every AWS account.
    public static let authenticatedUsersURI = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers"
    /// The S3 log delivery group.
    public static let logDeliveryURI = "http://acs.amazonaws.com/groups/s3/LogDelivery"

    /// Whether the grantee is everyone or every AWS account.
    public var isPublic: Bool { uri == Self.allUsersURI || uri == Self.authenticatedUsersURI }
}

extension Grantee: Decodable {
    private enum CodingKeys: String, CodingKey {
        case type = "Type"
        case id = "ID"
        case uri = "URI"
        case displayName = "DisplayName"
    }

    /// Decodes a `Grantee` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = try container.decode(String.self, forKey: .type)
        id = try container.decodeIfPresent(String.self, forKey: .id)
        uri = try container.decodeIfPresent(String.self, forKey: .uri)
        displayName = try container.decodeIfPresent(String.self, forKey: .displayName)
    }
}
