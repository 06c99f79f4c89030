import BulwarkIAM

/// Amazon ECR in one region: the private repositories and the registry's scanning configuration.
public struct ECRResources: Sendable, Hashable {
    /// The private repositories with their policies.
    public var repositories: Observed<[ECRRepository]>
    /// The registry's scanning configuration (`ecr get-registry-scanning-configuration`).
    public var registryScanningConfiguration: Observed<RegistryScanningConfiguration>

    /// Creates an `ECRResources` from its parts.
    public init(
        repositories: Observed<[ECRRepository]> = .notConfigured,
        registryScanningConfiguration: Observed<RegistryScanningConfiguration> = .notConfigured
    ) {
        self.repositories = repositories
        self.registryScanningConfiguration = registryScanningConfiguration
    }
}

/// The scanning configuration of an ECR private registry.
public struct RegistryScanningConfiguration: Sendable, Hashable {
    /// `BASIC` or `ENHANCED` (Amazon Inspector continuous scanning).
    public var scanType: String
    /// The scanning rules: which repositories are scanned, and how often.
    public var rules: [RegistryScanningRule]

    /// Creates a `RegistryScanningConfiguration` from its parts.
    public init(scanType: String, rules: [RegistryScanningRule] = []) {
        self.scanType = scanType
        self.rules = rules
    }

    /// Whether `repositoryName` is scanned on push or continuously by a registry rule (a rule's
    /// `WILDCARD` filter matches names with `*`).
    public func scans(repositoryName: String) -> Bool {
        rules.contains { rule in
            rule.scanFrequency != "MANUAL"
                && rule.repositoryFilters.contains { Self.matches(repositoryName, filter: $0.filter) }
        }
    }

    /// Matches `name` against an ECR repository filter, in which `*` matches any run of characters
    /// (filters cannot contain `?`, so the IAM glob matcher reads them exactly).
    static func matches(_ name: String, filter: String) -> Bool {
        Glob(filter, caseInsensitive: false).matches(name)
    }
}

extension RegistryScanningConfiguration: Decodable {
    private enum CodingKeys: String, CodingKey {
        case scanType
        case rules
    }

    /// Decodes a `RegistryScanningConfiguration` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        scanType = try container.decodeIfPresent(String.self, forKey: .scanType) ?? "BASIC"
        rules = try container.decodeIfPresent([RegistryScanningRule].self, forKey: .rules) ?? []
    }
}

/// One scanning rule of an ECR registry.
public struct RegistryScanningRule: Sendable, Hashable, Decodable {
    /// `SCAN_ON_PUSH`, `CONTINUOUS_SCAN` or `MANUAL`.
    public var scanFrequency: String
    /// The repositories the rule applies to.
    public var repositoryFilters: [RepositoryFilter]

    /// Creates a `RegistryScanningRule` from its parts.
    public init(scanFrequency: String, repositoryFilters: [RepositoryFilter]) {
        self.scanFrequency = scanFrequency
        self.repositoryFilters = repositoryFilters
    }
}

/// A repository filter of an ECR scanning rule.
public struct RepositoryFilter: Sendable, Hashable, Decodable {
    /// The name pattern (`*` matches any characters).
    public var filter: String
    /// `WILDCARD`.
    public var filterType: String

    /// Creates a `RepositoryFilter` from its parts.
    public init(filter: String, filterType: String = "WILDCARD") {
        self.filter = filter
        self.filterType = filterType
    }
}
