public import BulwarkIAM
import Foundation

/// A policy stored inside a resource: a role's trust policy, a bucket policy, a key policy, an SCP.
///
/// The text is kept exactly as the snapshot holds it (for reports); ``parsed`` is the policy, or
/// why it could not be parsed. A stored policy was accepted by AWS, so it is read in evaluation mode
/// (``/BulwarkIAM/PolicyStrictness/evaluation``): authoring-only rules that AWS still evaluates (a bare-string
/// `Principal`, an empty statement list) do not make it unparseable. Decoding accepts all three
/// forms AWS tools print: a JSON object (the AWS CLI decodes IAM's URL-encoded documents), a JSON
/// string holding policy text (S3, KMS, Lambda, SNS, SQS, Organizations), and URL-encoded text
/// (the raw IAM API).
public struct EmbeddedPolicy: Sendable, Hashable {
    /// The policy text as found in the snapshot (URL-decoded when it was URL-encoded).
    public var text: String
    /// The parsed policy, or the diagnostics saying why ``text`` is not a policy AWS would evaluate.
    ///
    /// A policy that could not be parsed means "cannot tell what it allows", never "allows
    /// nothing": treat `.failure` as unknown.
    public var parsed: Result<PolicyDocument, IAMError>

    /// Creates an embedded policy from its text and the outcome of parsing it.
    public init(text: String, parsed: Result<PolicyDocument, IAMError>) {
        self.text = text
        self.parsed = parsed
    }

    /// Creates an embedded policy from its text and parsed document.
    public init(text: String, document: PolicyDocument) {
        self.init(text: text, parsed: .success(document))
    }

}

extension EmbeddedPolicy: Decodable {
    /// Decodes a policy from a JSON object, policy text, or URL-encoded policy text, and parses it.
    ///
    /// A policy that fails to parse is recorded as a snapshot issue at this decoder's JSON path;
    /// it never fails the decoding of the resource around it.
    public init(from decoder: any Decoder) throws {
        let context = DecodingContext.of(decoder)
        let kind = PolicyKind.embedded(at: decoder.codingPath, default: context?.policyKind ?? .identity)
        let parsed: ParsedPolicy
        let text: String
        if let string = try? decoder.singleValueContainer().decode(String.self) {
            let trimmed = string.drop { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }
            if trimmed.hasPrefix("{") || trimmed.hasPrefix("[") {
                text = string
                parsed = PolicyDocument.parse(string, kind: kind, checkingQuotas: false, strictness: .evaluation)
            } else {
                text = string.removingPercentEncoding ?? string
                parsed = PolicyDocument.parse(
                    urlEncoded: string,
                    kind: kind,
                    checkingQuotas: false,
                    strictness: .evaluation
                )
            }
        } else {
            switch context?.locatedValue(at: decoder.codingPath) {
            case .success(let json)?:
                text = JSONWriter.string(json.value)
                parsed = PolicyDocument.parse(json, kind: kind, checkingQuotas: false, strictness: .evaluation)
            case .failure(let error)?:
                throw DecodingError.dataCorrupted(
                    DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "\(error)")
                )
            case nil:
                throw DecodingError.typeMismatch(
                    String.self,
                    DecodingError.Context(
                        codingPath: decoder.codingPath,
                        debugDescription: "a policy must be a JSON object or a string holding policy text"
                    )
                )
            }
        }
        if let error = parsed.errors.first {
            let more = parsed.errors.count > 1 ? " (and \(parsed.errors.count - 1) more)" : ""
            context?
                .record(
                    codingPath: decoder.codingPath,
                    suffix: error.path.description,
                    code: .invalidPolicy,
                    message: "not a valid \(kind.displayName): \(error.message)\(more)"
                )
        }
        if let document = parsed.document {
            self.init(text: text, parsed: .success(document))
        } else {
            self.init(text: text, parsed: .failure(IAMError(diagnostics: parsed.diagnostics)))
        }
    }
}

extension PolicyKind {
    /// IAM's trust policies sit under `AssumeRolePolicyDocument` inside otherwise identity-policy files.
    static func embedded(at codingPath: [any CodingKey], default defaultKind: PolicyKind) -> PolicyKind {
        codingPath.last?.stringValue == "AssumeRolePolicyDocument" ? .trustPolicy : defaultKind
    }
}
