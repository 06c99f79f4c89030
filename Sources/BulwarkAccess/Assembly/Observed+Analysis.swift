import BulwarkIAM
import BulwarkModels

extension EmbeddedPolicy {
    /// The parsed policy, or `nil` when the text is not a valid policy (the snapshot's issues say why).
    var document: PolicyDocument? { try? parsed.get() }
}

extension Observed where Value: ObservableList {
    /// The items read, recording in `unknown` every item (or the whole list) that could not be read.
    func readable(_ what: String, _ unknown: inout [String]) -> [Value.Item] {
        var values: [Value.Item] = []
        for item in items {
            switch item {
            case .value(let value): values.append(value)
            case .unknown(let reason): unknown.append("\(what): \(reason)")
            }
        }
        return values
    }
}
