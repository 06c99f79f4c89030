import Foundation

/// CloudFront in the account.
public struct CloudFrontResources: Sendable, Hashable {
    /// The distributions with their configurations.
    public var distributions: Observed<[Distribution]>

    /// Creates a `CloudFrontResources` from its parts.
    public init(distributions: Observed<[Distribution]> = .notConfigured) {
        self.distributions = distributions
    }
}
