import Foundation

/// An Organizations tag policy (`organizations list-policies --filter TAG_POLICY`) with its content and targets.
public struct TagPolicy: Sendable, Hashable {
    /// The policy id (`p-…`).
    public var id: String
    /// The policy's name.
    public var name: String
    /// The tag keys the policy defines, as the policy capitalises them (`tag_key` `@@assign`); unknown
    /// when `describe-policy` failed.
    public var tagKeys: Observed<[String]>
    /// Where the policy is attached (`organizations list-targets-for-policy`).
    public var targets: Observed<[PolicyTarget]>

    /// Creates a `TagPolicy` from its parts.
    public init(
        id: String,
        name: String,
        tagKeys: Observed<[String]> = .value([]),
        targets: Observed<[PolicyTarget]> = .value([])
    ) {
        self.id = id
        self.name = name
        self.tagKeys = tagKeys
        self.targets = targets
    }
}

extension TagPolicy: Decodable {
    private enum CodingKeys: String, CodingKey {
        case id = "Id"
        case name = "Name"
    }

    /// Decodes a `TagPolicy` from `organizations list-policies` output (content and targets are read separately).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        name = try container.decodeIfPresent(String.self, forKey: .name) ?? ""
        tagKeys = .value([])
        targets = .value([])
    }

    /// The tag keys a tag policy's content defines: each member of `tags`, spelled as its `tag_key`
    /// `@@assign` says (Organizations User Guide, "Tag policy syntax").
    static func tagKeys(content: String) -> [String]? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(content.utf8)) as? [String: Any],
            let tags = object["tags"] as? [String: Any]
        else { return nil }
        return tags.keys.sorted()
            .map { key in
                let assigned = ((tags[key] as? [String: Any])?["tag_key"] as? [String: Any])?["@@assign"] as? String
                return assigned ?? key
            }
    }
}

/// The `Policy.Content` text of `organizations describe-policy`, read without parsing it as an IAM policy.
struct DescribedPolicyText: Decodable, Sendable {
    var content: String

    private enum CodingKeys: String, CodingKey { case content = "Content" }
}

extension OrganizationsResources {
    /// Reads the tag policies, each one's content and targets.
    static func loadTagPolicies(reader: SnapshotReader) -> Observed<[TagPolicy]> {
        reader.list(TagPolicy.self, .global("organizations", "list-policies", "TAG_POLICY"), key: "Policies")
            .map { policies in
                policies.map { policy in
                    var policy = policy
                    policy.tagKeys =
                        reader.member(
                            DescribedPolicyText.self,
                            .global("organizations", "describe-policy", policy.id),
                            key: "Policy"
                        )
                        .map { TagPolicy.tagKeys(content: $0.content) ?? [] }
                    policy.targets = reader.list(
                        PolicyTarget.self,
                        .global("organizations", "list-targets-for-policy", policy.id),
                        key: "Targets"
                    )
                    return policy
                }
            }
    }
}
