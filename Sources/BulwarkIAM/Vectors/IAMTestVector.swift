/// One language-neutral IAM test case: a request, the policies in force, and the decision AWS makes.
///
/// Vector files follow the format in DESIGN.md: one JSON object, or an array of them, each with a
/// `name`, a `request` (`principal`, `action`, `resource`, optional `resourceAccount` and `context`),
/// the policies (`identityPolicies`, `resourcePolicy`, `permissionsBoundary`, `sessionPolicy`,
/// `vpcEndpointPolicy`, `serviceControlPolicies`, `resourceControlPolicies` as levels from the
/// organization root to the account), an optional `expect` (`Allow`, `ExplicitDeny` or
/// `ImplicitDeny`) and an optional `because` citing the AWS rule. Two optional members express the
/// Organizations exemptions: `managementAccount` (the organization's management account id: SCPs do
/// not restrict its principals and RCPs do not restrict its resources) and `resourceIsAWSManagedKey`.
/// The `resourcePolicy` is validated as a role trust policy when the request's resource is an IAM role
/// ARN, and as a resource-based policy otherwise.
///
/// ```swift
/// let vectors = try IAMTestVector.decode(Array(data), file: "cross-account.json")
/// for vector in vectors {
///     let evaluation = vector.evaluate()
///     if vector.isSatisfied(by: evaluation.decision) == false { print(vector.name, evaluation) }
/// }
/// ```
public struct IAMTestVector: Sendable, Hashable {
    /// The vector's name, unique within its file.
    public var name: String
    /// The request to authorize.
    public var request: AuthorizationRequest
    /// Every policy that takes part in the decision.
    public var policies: PolicySet
    /// The decision AWS makes, when the vector states one (`expect`).
    public var expected: Decision?
    /// Why AWS decides so, citing the rule and the documentation page (`because`).
    public var because: String?
    /// Where the vector came from: the file name and its index in the file.
    public var source: Source

    /// Where a vector is written down.
    public struct Source: Sendable, Hashable, CustomStringConvertible {
        /// The file name as given to the decoder, such as `cross-account.json`.
        public var file: String
        /// The vector's 0-based index in the file's top-level array (`nil` when the file holds one object).
        public var index: Int?
        /// Where the vector's object starts in the file.
        public var location: TextPosition

        /// Creates a source.
        public init(file: String, index: Int?, location: TextPosition) {
            self.file = file
            self.index = index
            self.location = location
        }

        /// `FILE[INDEX]`, or `FILE` for a single-object file.
        public var description: String { index.map { "\(file)[\($0)]" } ?? file }
    }

    /// Creates a vector from its parts.
    public init(
        name: String,
        request: AuthorizationRequest,
        policies: PolicySet,
        expected: Decision? = nil,
        because: String? = nil,
        source: Source
    ) {
        self.name = name
        self.request = request
        self.policies = policies
        self.expected = expected
        self.because = because
        self.source = source
    }

    /// Evaluates the vector's request against its policies, with an explanation.
    public func evaluate() -> Evaluation { policies.evaluate(request) }

    /// Whether `decision` is the expected one; `nil` when the vector states no expectation.
    public func isSatisfied(by decision: Decision) -> Bool? { expected.map { $0 == decision } }
}
