/// Text in a policy that may contain policy variables: a resource pattern, a string condition value.
///
/// Write it as a string literal; interpolate a ``ConditionKey`` to insert its policy variable, and AWS
/// substitutes the request's value (IAM User Guide, "IAM policy elements: Variables and tags"):
///
/// ```swift
/// let home: PolicyText = "arn:aws:s3:::home/\(.aws.username)/*"      // …/${aws:username}/*
/// let team: PolicyText = "\(.aws.principalTag("team"), default: "none")"  // ${aws:PrincipalTag/team, 'none'}
/// ```
///
/// Variables are substituted only in documents with `Version` `2012-10-17`. Other interpolated values are
/// inserted as their text, so `*` and `?` keep their wildcard meaning.
public struct PolicyText: Sendable, Hashable, ExpressibleByStringInterpolation, CustomStringConvertible {
    /// The text as it appears in the policy, with variables written `${…}`.
    public var text: String

    /// Creates text as written in the policy.
    public init(_ text: String) { self.text = text }

    /// Creates text from a literal without interpolations.
    public init(stringLiteral value: String) { self.text = value }

    /// Creates text from a literal with interpolated variables.
    public init(stringInterpolation: Interpolation) { self.text = stringInterpolation.text }

    /// The text as it appears in the policy.
    public var description: String { text }

    /// Builds ``PolicyText`` from a string literal with interpolations.
    public struct Interpolation: StringInterpolationProtocol, Sendable {
        var text = ""

        /// Reserves room for the literal.
        public init(literalCapacity: Int, interpolationCount: Int) {
            text.reserveCapacity(literalCapacity + 16 * interpolationCount)
        }

        /// Appends literal text.
        public mutating func appendLiteral(_ literal: String) { text += literal }

        /// Appends the policy variable of `key`: `${aws:username}`.
        public mutating func appendInterpolation<Value>(_ key: ConditionKey<Value>) {
            text += "${\(key.name)}"
        }

        /// Appends the policy variable of `key` with a default for requests without the key:
        /// `${aws:PrincipalTag/team, 'none'}`.
        public mutating func appendInterpolation<Value>(_ key: ConditionKey<Value>, default value: String) {
            text += "${\(key.name), '\(value)'}"
        }

        /// Appends text as it is (wildcards stay wildcards).
        public mutating func appendInterpolation(_ value: some CustomStringConvertible) {
            text += value.description
        }
    }
}
