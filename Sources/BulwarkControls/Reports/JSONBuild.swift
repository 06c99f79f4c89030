import BulwarkIAM

/// Short constructors for the JSON trees the report writers build.
enum JSONBuild {
    static func object(_ members: [(String, JSONValue)]) -> JSONValue {
        .object(members.map { JSONMember(key: $0.0, value: LocatedJSON($0.1)) })
    }

    static func array(_ elements: [JSONValue]) -> JSONValue { .array(elements.map { LocatedJSON($0) }) }

    static func string(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

    static func int(_ value: Int) -> JSONValue { .number(String(value)) }

    static func double(_ value: Double) -> JSONValue {
        value.isFinite ? .number(value == value.rounded() ? String(Int(value)) : String(value)) : .null
    }

    static func strings(_ values: [String]) -> JSONValue { array(values.map(JSONValue.string)) }

    static func evidence(_ value: EvidenceValue) -> JSONValue {
        switch value {
        case .string(let text): return .string(text)
        case .int(let number): return int(number)
        case .double(let number): return double(number)
        case .bool(let flag): return .bool(flag)
        case .list(let values): return array(values.map(evidence))
        case .null: return .null
        }
    }

    static func parameter(_ setting: ParameterSetting) -> JSONValue {
        switch setting {
        case .int(let value): return int(value)
        case .double(let value): return double(value)
        case .string(let value): return .string(value)
        case .bool(let value): return .bool(value)
        case .strings(let values): return strings(values)
        }
    }
}
