/// A condition key typed by the values it compares, such as `ConditionKey<Bool>` for
/// `aws:SecureTransport` or `ConditionKey<IPAddressRange>` for `aws:SourceIp`.
///
/// The typed operators of ``Condition`` accept only keys of their type: `Condition.bool` takes a
/// `ConditionKey<Bool>`, `Condition.ipAddress` a `ConditionKey<IPAddressRange>`, so comparing a date key with
/// an IP range does not compile. The global `aws:` keys are members of ``GlobalConditionKeys``
/// (`.aws.secureTransport`); name a service key by its text with its type:
///
/// ```swift
/// let prefix = ConditionKey<String>("s3:prefix")
/// ```
public struct ConditionKey<Value>: Sendable, Hashable, CustomStringConvertible {
    /// The key as written in a policy, such as `aws:SourceIp`.
    public var name: String

    /// Creates a key from its name as written in a policy.
    public init(_ name: String) { self.name = name }

    /// The key name.
    public var description: String { name }
}

extension ConditionKey {
    /// The AWS global condition keys: `.aws.secureTransport`, `.aws.principalTag("team")`.
    public static var aws: GlobalConditionKeys { GlobalConditionKeys() }
}

/// How ``GlobalConditionKeys`` writes one key in Swift, for the Swift source writer.
package struct GlobalConditionKeyMember: Sendable, Hashable {
    /// The member of ``GlobalConditionKeys``, such as `secureTransport` (a function for templated keys).
    package var member: String
    /// The Swift type of the key's values, such as `Bool` or `[String]`.
    package var type: String

    /// Creates an entry.
    package init(_ member: String, _ type: String) {
        self.member = member
        self.type = type
    }
}
