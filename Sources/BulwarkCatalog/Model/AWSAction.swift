/// An IAM action such as `s3:GetObject`, with what the Service Authorization Reference says of it.
public struct AWSAction: Sendable, Hashable, CustomStringConvertible {
    /// The service prefix, such as `s3`.
    public let service: String
    /// The action name in its canonical spelling, such as `GetObject`.
    public let name: String
    /// The access levels, most specific first: `[.tagging, .write]` for `s3:PutObjectTagging`.
    public let accessLevels: [AccessLevel]
    /// The resource types the action can be scoped to; empty when it supports only `"Resource": "*"`.
    public let resourceTypes: [ActionResourceType]
    /// Condition keys the action supports besides those of its resource types.
    public let conditionKeys: [String]
    /// Actions a caller also needs permission for, such as `iam:PassRole`.
    public let dependentActions: [String]

    /// The access level that classifies the action: the first of ``accessLevels``.
    public var accessLevel: AccessLevel { accessLevels.first ?? .write }

    /// The action as written in a policy, such as `s3:GetObject`.
    public var fullName: String { service + ":" + name }

    /// The action as written in a policy.
    public var description: String { fullName }

    /// Whether the action supports only `"Resource": "*"` (it names no resource type).
    public var requiresWildcardResource: Bool { resourceTypes.isEmpty }
}

/// A resource type an action can act on, as listed for that action.
public struct ActionResourceType: Sendable, Hashable {
    /// The resource type's name within the service, such as `object`.
    public let name: String
    /// Whether a request always names a resource of this type (marked `*` in the reference).
    public let isRequired: Bool
    /// Condition keys that apply when the action acts on this resource type.
    public let conditionKeys: [String]
    /// Actions also needed when the action acts on this resource type.
    public let dependentActions: [String]
}

/// How much an action can do: list, read, write, permissions management or tagging.
///
/// An open set: values the catalog does not know stay representable.
public struct AccessLevel: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    /// The level as the Service Authorization Reference spells it, such as `Permissions management`.
    public let rawValue: String

    /// Creates an access level from its name.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Lists resources without reading them.
    public static let list = AccessLevel(rawValue: "List")
    /// Reads contents and attributes.
    public static let read = AccessLevel(rawValue: "Read")
    /// Creates, changes or deletes resources.
    public static let write = AccessLevel(rawValue: "Write")
    /// Grants or changes permissions.
    public static let permissionsManagement = AccessLevel(rawValue: "Permissions management")
    /// Changes only tags.
    public static let tagging = AccessLevel(rawValue: "Tagging")

    /// The level's name.
    public var description: String { rawValue }
}
