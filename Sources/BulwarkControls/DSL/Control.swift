public import BulwarkModels
public import Foundation

/// A security control: what it checks (id, title, domain, severity, references), why, how to fix
/// a failure, and a body that checks each resource.
///
/// ```swift
/// let versioning = Control(
///     id: "ACME-S3-1", title: "S3 buckets keep old versions of objects",
///     domain: .dataProtection, severity: .medium,
///     references: [.documentation("https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html")],
///     rationale: "Versioning lets you recover objects that were overwritten or deleted.",
///     remediation: Remediation("Enable versioning.", cli: "aws s3api put-bucket-versioning --bucket <bucket> --versioning-configuration Status=Enabled"),
///     over: \.s3.buckets
/// ) { bucket, context in
///     expect(bucket.versioning, "\(bucket.name) does not keep old versions") { $0.status == .enabled }
/// }
/// ```
///
/// The body is a ``CheckBuilder``: it yields checks, and the control turns the checks of each
/// resource into one ``Finding``: `fail` when a check failed, else `unknown` when a check could not
/// read its value, else `pass`, else `notApplicable`.
///
/// ## Writing a control
/// - Pick the shape: no `over:` for one account-level finding; `in: .everyRegion` for one finding
///   per region; `over: \.s3.buckets` (a global collection) or `over: \.ec2.securityGroups` (a
///   regional collection, iterated in every region) for one finding per resource.
/// - Read `Observed` values only through the check functions: ``expect(_:_:evidence:fileID:line:where:)``
///   (value and predicate), ``require(_:_:fileID:line:then:)`` (must be configured, then more checks),
///   ``ifConfigured(_:fileID:line:_:)`` (absence is fine). They turn an unreadable value into an
///   `unknown` finding with the reason; a collection that could not be listed is `unknown` too.
/// - Ask policy questions with ``denies(_:_:on:resourceAccount:policy:context:in:fileID:line:)``;
///   the evaluation is the finding's evidence, and the organization's RCPs are honoured.
/// - Use `if`, `switch`, `for` and `let` freely; anything else is a compile-time error.
/// - Messages are autoclosures: interpolate freely, they are built only for failures.
///
/// ## Testing a control
/// Build the snapshot by hand (every part defaults to empty) and call ``evaluate(_:now:)``:
///
/// ```swift
/// let bucket = S3Bucket(name: "logs", versioning: .unknown(.failed("s3api get-bucket-versioning")))
/// let findings = versioning.evaluate(AccountSnapshot(accountID: "111122223333", s3: S3Resources(buckets: .value([bucket]))))
/// #expect(findings.map(\.status) == [.unknown])
/// ```
public struct Control: Sendable, Identifiable {
    /// The stable id (`S3.8`, `ACME-S3-1`); findings, suppressions and baselines refer to it.
    public let id: String
    /// What a passing resource is like, as a sentence ("S3 buckets block public access").
    public let title: String
    /// The security domain.
    public let domain: Domain
    /// How bad a failure is.
    public let severity: Severity
    /// Standards recommendations and documentation.
    public let references: [Reference]
    /// Why the control matters.
    public let rationale: String
    /// How to fix a failure.
    public let remediation: Remediation
    /// The settings a framework or user can override.
    public let parameters: [any ControlParameter]
    /// The resource type the control checks (`AWS::S3::Bucket`; `AWS::::Account` for account-level checks).
    public let resourceType: String
    /// Parameter values that replace the defaults, by parameter name.
    public private(set) var overrides: [String: ParameterSetting] = [:]

    /// Runs the body over a snapshot.
    let run: @Sendable (ScanEnvironment, [String: ParameterSetting]) -> [Finding]

    /// The resource type of account-level findings.
    public static let accountResourceType = "AWS::::Account"

    init(
        _ info: Info,
        resourceType: String,
        run: @escaping @Sendable (ScanEnvironment, [String: ParameterSetting]) -> [Finding]
    ) {
        id = info.id
        title = info.title
        domain = info.domain
        severity = info.severity
        references = info.references
        rationale = info.rationale
        remediation = info.remediation
        parameters = info.parameters
        self.resourceType = resourceType
        self.run = run
    }

    /// The findings of this control on `snapshot`, as of `now`.
    ///
    /// This is what a unit test of a control calls with a snapshot built by hand.
    public func evaluate(_ snapshot: AccountSnapshot, now: Date = Date()) -> [Finding] {
        evaluate(in: ScanEnvironment(snapshot: snapshot, now: now))
    }

    /// The findings of this control in a scan's environment.
    public func evaluate(in environment: ScanEnvironment) -> [Finding] {
        run(environment, overrides)
    }

    /// The same control with `parameter` set to `value`.
    public func with<Value>(_ parameter: Parameter<Value>, _ value: Value) -> Control {
        var copy = self
        copy.overrides[parameter.name] = value.setting
        return copy
    }

    /// The value `parameter` takes in this control: its override, else its default.
    public func value<Value>(of parameter: Parameter<Value>) -> Value {
        overrides[parameter.name].flatMap(Value.init(setting:)) ?? parameter.defaultValue
    }

    /// The references to one framework (`fsbp`, `cis-aws-foundations-5.0`).
    public func references(in framework: String) -> [Reference] {
        references.filter { $0.framework == framework }
    }

    /// The metadata shared by every initialiser.
    struct Info: Sendable {
        var id: String
        var title: String
        var domain: Domain
        var severity: Severity
        var references: [Reference]
        var rationale: String
        var remediation: Remediation
        var parameters: [any ControlParameter]
    }
}

/// Where a control without a resource collection runs: once per region.
public enum RegionScope: Sendable, Hashable {
    /// Once for every region in the snapshot, with that region's snapshot.
    case everyRegion
}
