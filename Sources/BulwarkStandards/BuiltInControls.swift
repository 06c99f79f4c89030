public import BulwarkControls

/// Every built-in control, grouped by the security domain it belongs to.
///
/// Each domain's controls live in their own folder (`IdentityAndAccess/`, `DetectiveControls/`, …);
/// ``all`` lists them in domain order, and the frameworks select from it by reference.
public enum BuiltInControls {
    /// Every built-in control, in domain order.
    public static var all: [Control] {
        identityAndAccess + detectiveControls + infrastructureProtection + dataProtection + incidentResponse
            + serviceSpecific + governance + supportAndImprovement
    }
}
