extension PolicyDecoder {
    /// One string from a string-or-array element, with where it was.
    struct StringValue {
        var text: String
        var location: TextPosition
        /// The element's path, or the list's path when `index` is set (built only when reporting).
        var basePath: JSONPath
        var index: Int?

        init(text: String, location: TextPosition, path: JSONPath, index: Int? = nil) {
            self.text = text
            self.location = location
            self.basePath = path
            self.index = index
        }

        var path: JSONPath { index.map { basePath.appending(index: $0) } ?? basePath }
    }

    /// Decodes a string or a non-empty array of strings, reporting wrong types, empty lists and
    /// redundant values; `nil` when the element is unusable.
    mutating func decodeStringList(_ node: LocatedJSON, at path: JSONPath) -> [StringValue]? {
        let name = path.lastKey ?? "value"
        var values: [StringValue] = []
        switch node.value {
        case .string(let text):
            values = [StringValue(text: text, location: node.location, path: path)]
        case .array(let elements):
            guard !elements.isEmpty else {
                error(.emptyValue, path, node.location, "\(name) is an empty list; list at least one value")
                return nil
            }
            var usable = true
            for (index, element) in elements.enumerated() {
                if let text = element.value.stringValue {
                    values.append(StringValue(text: text, location: element.location, path: path, index: index))
                } else {
                    wrongType(element, path.appending(index: index), expected: "a string")
                    usable = false
                }
            }
            guard usable else { return nil }
            checkRedundant(values, name: name)
        default:
            wrongType(node, path, expected: "a string or an array of strings")
            return nil
        }
        return values
    }

    private mutating func checkRedundant(_ values: [StringValue], name: String) {
        var seen: Set<String> = []
        let hasStar = values.contains { $0.text == "*" }
        for value in values {
            if !seen.insert(value.text).inserted {
                warning(
                    .redundantValue,
                    value.path,
                    value.location,
                    "'\(value.text)' is listed twice in \(name); remove one"
                )
            } else if hasStar && value.text != "*" {
                warning(
                    .redundantValue,
                    value.path,
                    value.location,
                    "'\(value.text)' is redundant: \"*\" in \(name) already covers it"
                )
            }
        }
    }

    /// `*` or `service:action`, where the service prefix has no wildcards.
    mutating func checkAction(_ value: StringValue) {
        let text = value.text
        guard text != "*" else { return }
        if PolicyTemplate.containsVariable(text) {
            error(
                .variableNotAllowed,
                value.path,
                value.location,
                "policy variables are not substituted in actions; write the action name, such as \"s3:GetObject\""
            )
            return
        }
        guard let colon = text.firstIndex(of: ":") else {
            error(
                .invalidAction,
                value.path,
                value.location,
                "'\(text)' is not an action: write service:action, such as \"s3:GetObject\", or \"*\""
            )
            return
        }
        let service = text[..<colon]
        let name = text[text.index(after: colon)...]
        if Glob.containsWildcard(service.utf8) {
            error(
                .invalidAction,
                value.path,
                value.location,
                "'\(text)' has a wildcard in the service prefix, which IAM rejects; name the service (\"s3:*\") or use \"*\""
            )
        } else if service.isEmpty || !service.utf8.allSatisfy(Self.isServiceByte) {
            error(
                .invalidAction,
                value.path,
                value.location,
                "'\(text)' has an invalid service prefix; use letters, digits and '-', such as \"s3\" or \"ec2\""
            )
        } else if name.isEmpty || !name.utf8.allSatisfy(Self.isActionByte) {
            // Evaluation: the text is one literal action name that matches no real action (see PolicyStrictness).
            authoringRule(
                .invalidAction,
                value.path,
                value.location,
                "'\(text)' has an invalid action name; use letters and digits with * or ?, such as \"Get*\""
            )
        }
    }

    /// `*` or an ARN pattern; variables are checked for syntax (or flagged as literal).
    mutating func checkResource(_ value: StringValue) {
        let text = value.text
        guard text != "*" else { return }
        checkVariables(in: value)
        do throws(IAMError) {
            let arn = try ARN(parsing: text)
            if arn.partition != "*" && !arn.partition.hasPrefix("${") && !ARN.knownPartitions.contains(arn.partition) {
                warning(
                    .suspiciousValue,
                    value.path,
                    value.location,
                    "'\(arn.partition)' is not a known partition; use aws, aws-cn or aws-us-gov"
                )
            }
        } catch  where error.code == .arnEmptyResource {
            // AWS stores such patterns (one AWS managed policy names `arn:aws:organizations::*:`); they match
            // no resource, which is worth a warning but not a rejection.
            warning(.suspiciousValue, value.path, value.location, error.message + "; as written it matches no resource")
        } catch  where error.code == .arnWildcardService {
            // Evaluation: the service segment is matched as a pattern like the others (see PolicyStrictness).
            authoringRule(.invalidResource, value.path, value.location, error.message)
        } catch {
            self.error(.invalidResource, value.path, value.location, error.message)
        }
    }

    /// Checks `${…}` in a value where variables are substituted: syntax errors under 2012-10-17,
    /// a literal-text warning under older versions.
    mutating func checkVariables(in value: StringValue) {
        guard PolicyTemplate.containsVariable(value.text) else { return }
        guard substitutesVariables else {
            warning(
                .literalVariable,
                value.path,
                value.location,
                "'\(value.text)' contains ${…}, which is literal text without \"Version\": \"2012-10-17\"; add that Version"
            )
            return
        }
        if let problem = PolicyVariableSyntax.firstProblem(in: value.text) {
            error(.invalidVariable, value.path, value.location, problem)
        }
    }

    static func isServiceByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
    }

    static func isActionByte(_ byte: UInt8) -> Bool {
        isServiceByte(byte) || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "_")
    }
}
