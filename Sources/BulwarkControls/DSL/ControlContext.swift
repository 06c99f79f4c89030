import BulwarkIAM
public import BulwarkModels
public import Foundation

/// What a control body can read besides the resource: the snapshot, the region, the scan's clock,
/// and the control's parameters.
///
/// ```swift
/// let age = context.now.timeIntervalSince(created) / 86_400
/// expect(age <= Double(context[maximumKeyAge]), "key is \(Int(age)) days old")
/// ```
public struct ControlContext: Sendable {
    /// What the whole scan shares.
    public let environment: ScanEnvironment
    /// The scope of the resource being checked (its account, partition and region).
    public let scope: ResourceScope
    /// Parameter values that override the defaults, by name.
    public let overrides: [String: ParameterSetting]

    /// Creates a context.
    public init(environment: ScanEnvironment, region: String, overrides: [String: ParameterSetting] = [:]) {
        self.environment = environment
        scope = environment.scope(region: region)
        self.overrides = overrides
    }

    /// The snapshot being scanned.
    public var snapshot: AccountSnapshot { environment.snapshot }
    /// The account id.
    public var accountID: String { scope.account }
    /// The partition.
    public var partition: String { scope.partition }
    /// The region of the resource being checked, or `global`.
    public var region: String { scope.region }
    /// The region snapshot of ``region``, when it is a region in the snapshot.
    public var regionSnapshot: RegionSnapshot? { environment.snapshot.regions[Region(rawValue: scope.region)] }
    /// The time the scan treats as now.
    public var now: Date { environment.now }
    /// The account root ARN (`arn:aws:iam::123456789012:root`).
    public var accountARN: String { scope.accountARN }

    /// The parameter's value: the override when one is set (and of the right type), else its default.
    public subscript<Value>(_ parameter: Parameter<Value>) -> Value {
        overrides[parameter.name].flatMap(Value.init(setting:)) ?? parameter.defaultValue
    }
}
