public import Foundation

/// A Systems Manager document owned by the account (`ssm list-documents --filters Key=Owner,Values=Self`).
public struct SSMDocument: Sendable, Hashable {
    /// The document's name.
    public var name: String
    /// The owner: the account id for the account's own documents.
    public var owner: String?
    /// The document type, such as `Command`, `Automation` or `Session`.
    public var documentType: String
    /// `JSON`, `YAML` or `TEXT`.
    public var documentFormat: String?
    /// The version shown by default.
    public var documentVersion: String?
    /// When it was created.
    public var createdDate: Date?
    /// The document's tags.
    public var tags: [Tag]
    /// Who the document is shared with (`ssm describe-document-permission --permission-type Share`):
    /// account ids, or `all` when it is public.
    public var sharedWith: Observed<[String]>

    /// Creates an `SSMDocument` from its parts.
    public init(
        name: String,
        owner: String? = nil,
        documentType: String,
        documentFormat: String? = nil,
        documentVersion: String? = nil,
        createdDate: Date? = nil,
        tags: [Tag] = [],
        sharedWith: Observed<[String]> = .value([])
    ) {
        self.name = name
        self.owner = owner
        self.documentType = documentType
        self.documentFormat = documentFormat
        self.documentVersion = documentVersion
        self.createdDate = createdDate
        self.tags = tags
        self.sharedWith = sharedWith
    }

    /// Whether this is an Automation runbook.
    public var isAutomation: Bool { documentType == "Automation" }

    /// Whether the document is shared publicly: known `true` or `false`, or unknown.
    public var isPublic: Observed<Bool> { sharedWith.map { $0.contains("all") } }
}

extension SSMDocument: Decodable {
    private enum CodingKeys: String, CodingKey {
        case name = "Name"
        case owner = "Owner"
        case documentType = "DocumentType"
        case documentFormat = "DocumentFormat"
        case documentVersion = "DocumentVersion"
        case createdDate = "CreatedDate"
        case tags = "Tags"
    }

    /// Decodes an `SSMDocument` from the AWS CLI's JSON output.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        owner = try container.decodeIfPresent(String.self, forKey: .owner)
        documentType = try container.decodeIfPresent(String.self, forKey: .documentType) ?? ""
        documentFormat = try container.decodeIfPresent(String.self, forKey: .documentFormat)
        documentVersion = try container.decodeIfPresent(String.self, forKey: .documentVersion)
        createdDate = try container.decodeIfPresent(Date.self, forKey: .createdDate)
        tags = try container.decodeIfPresent([Tag].self, forKey: .tags) ?? []
        sharedWith = .value([])
    }
}

/// The output of `ssm describe-document-permission`: the accounts a document is shared with.
struct DocumentPermission: Decodable, Sendable {
    var accountIDs: [String]

    private enum CodingKeys: String, CodingKey {
        case accountIDs = "AccountIds"
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        accountIDs = try container.decodeIfPresent([String].self, forKey: .accountIDs) ?? []
    }
}
