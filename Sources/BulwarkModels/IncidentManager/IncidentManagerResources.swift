public import BulwarkIAM

/// AWS Systems Manager Incident Manager in one region: the replication set, response plans and contacts.
public struct IncidentManagerResources: Sendable, Hashable {
    /// The replication set's ARN (`ssm-incidents list-replication-sets`); an empty list when Incident
    /// Manager was never set up.
    public var replicationSets: Observed<[ARN]>
    /// The response plans (`ssm-incidents list-response-plans`).
    public var responsePlans: Observed<[ResponsePlanSummary]>
    /// The contacts and escalation plans (`ssm-contacts list-contacts`).
    public var contacts: Observed<[IncidentContact]>

    /// Creates an `IncidentManagerResources` from its parts.
    public init(
        replicationSets: Observed<[ARN]> = .notConfigured,
        responsePlans: Observed<[ResponsePlanSummary]> = .notConfigured,
        contacts: Observed<[IncidentContact]> = .notConfigured
    ) {
        self.replicationSets = replicationSets
        self.responsePlans = responsePlans
        self.contacts = contacts
    }
}

/// An Incident Manager response plan (`ssm-incidents list-response-plans`).
public struct ResponsePlanSummary: Sendable, Hashable {
    /// The plan's ARN.
    public var arn: ARN
    /// The plan's name.
    public var name: String
    /// The name shown in the console.
    public var displayName: String?

    /// Creates a `ResponsePlanSummary` from its parts.
    public init(arn: ARN, name: String, displayName: String? = nil) {
        self.arn = arn
        self.name = name
        self.displayName = displayName
    }
}

extension ResponsePlanSummary: Decodable {
    private enum CodingKeys: String, CodingKey {
        case arn
        case name
        case displayName
    }

    /// Decodes a `ResponsePlanSummary` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        arn = try container.decodeARN(forKey: .arn)
        name = try container.decode(String.self, forKey: .name)
        displayName = try container.decodeIfPresent(String.self, forKey: .displayName)
    }
}

/// An Incident Manager contact (`ssm-contacts list-contacts`).
public struct IncidentContact: Sendable, Hashable {
    /// The contact's ARN.
    public var contactARN: ARN
    /// The contact's alias.
    public var alias: String
    /// `PERSONAL`, `ESCALATION` or `ONCALL_SCHEDULE`.
    public var type: String

    /// Creates an `IncidentContact` from its parts.
    public init(contactARN: ARN, alias: String, type: String) {
        self.contactARN = contactARN
        self.alias = alias
        self.type = type
    }
}

extension IncidentContact: Decodable {
    private enum CodingKeys: String, CodingKey {
        case contactARN = "ContactArn"
        case alias = "Alias"
        case type = "Type"
    }

    /// Decodes an `IncidentContact` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        contactARN = try container.decodeARN(forKey: .contactARN)
        alias = try container.decode(String.self, forKey: .alias)
        type = try container.decode(String.self, forKey: .type)
    }
}

/// The output of `ssm-incidents list-replication-sets`.
struct ReplicationSetList: Decodable, Sendable {
    var arns: [ARN]

    private enum CodingKeys: String, CodingKey {
        case arns = "replicationSetArns"
    }

    init(from decoder: any Decoder) throws {
        arns = try decoder.container(keyedBy: CodingKeys.self).decodeARNs(forKey: .arns)
    }
}

extension IncidentManagerResources {
    /// Reads the replication sets, response plans and contacts.
    static func load(from reader: SnapshotReader, scope: SnapshotScope) -> IncidentManagerResources {
        IncidentManagerResources(
            replicationSets:
                reader.read(ReplicationSetList.self, .call(scope, "ssm-incidents", "list-replication-sets"))
                .map(\.arns),
            responsePlans: reader.list(
                ResponsePlanSummary.self,
                .call(scope, "ssm-incidents", "list-response-plans"),
                key: "responsePlanSummaries"
            ),
            contacts: reader.list(IncidentContact.self, .call(scope, "ssm-contacts", "list-contacts"), key: "Contacts")
        )
    }
}
