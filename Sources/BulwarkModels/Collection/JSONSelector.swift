public import Foundation

/// A path that picks string values out of an AWS CLI JSON output, such as `Buckets[].Name`.
///
/// Steps are member names separated by `.`; `[]` after a member (or alone) walks every element of
/// an array. `Keys[].KeyId` yields every key id of `aws kms list-keys`; `QueueUrls[]` every queue URL.
/// Values that are missing, `null`, objects or arrays are skipped; numbers and booleans are given as
/// their JSON text.
public struct JSONSelector: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// One step of a selector.
    enum Step: Hashable, Sendable {
        /// A member of an object.
        case member(String)
        /// Every element of an array.
        case each
    }

    /// The steps, in order.
    let steps: [Step]

    /// The selector as written.
    public let description: String

    /// Parses a selector such as `DistributionList.Items[].Id`.
    public init(_ text: String) {
        description = text
        var steps: [Step] = []
        for part in text.split(separator: ".", omittingEmptySubsequences: true) {
            var name = Substring(part)
            var eachCount = 0
            while name.hasSuffix("[]") {
                name = name.dropLast(2)
                eachCount += 1
            }
            if !name.isEmpty { steps.append(.member(String(name))) }
            steps.append(contentsOf: repeatElement(.each, count: eachCount))
        }
        self.steps = steps
    }

    /// Parses a selector written as a string literal.
    public init(stringLiteral value: String) {
        self.init(value)
    }

    /// The string values this selector picks out of `json` (the bytes the AWS CLI printed), in order.
    ///
    /// - Throws: `DecodingError` when `json` is not JSON.
    public func strings(in json: Data) throws -> [String] {
        let root = try JSONDecoder().decode(PlainJSON.self, from: json)
        return strings(in: root)
    }

    /// The string values this selector picks out of a decoded JSON value.
    func strings(in root: PlainJSON) -> [String] {
        var current = [root]
        for step in steps {
            var next: [PlainJSON] = []
            for value in current {
                switch (step, value) {
                case (.member(let name), .object(let members)):
                    if let member = members[name] { next.append(member) }
                case (.each, .array(let elements)):
                    next.append(contentsOf: elements)
                default:
                    continue
                }
            }
            current = next
        }
        return current.compactMap(\.scalarText)
    }
}

/// A JSON value decoded without locations, for reading ids out of AWS CLI output.
enum PlainJSON: Decodable, Hashable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([PlainJSON])
    case object([String: PlainJSON])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([PlainJSON].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: PlainJSON].self))
        }
    }

    /// The value as text when it is a string, number or boolean.
    var scalarText: String? {
        switch self {
        case .string(let text): text
        case .bool(let value): value ? "true" : "false"
        case .number(let value):
            value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        case .null, .array, .object: nil
        }
    }

    /// The member named `name` when this is an object.
    subscript(member name: String) -> PlainJSON? {
        if case .object(let members) = self { return members[name] }
        return nil
    }
}
