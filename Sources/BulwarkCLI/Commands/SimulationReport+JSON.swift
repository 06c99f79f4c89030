import Bulwark

/// The `--format json` document of `bulwark simulate`.
struct JSONDocument: Encodable {
    var summary: JSONSummary
    var vectors: [JSONVector]
    var errors: [SimulationReport.Problem]
}

/// Counts over every vector and file.
struct JSONSummary: Encodable {
    var passed: Int
    var failed: Int
    var unchecked: Int
    var invalidFiles: Int
}

/// One vector's result.
struct JSONVector: Encodable {
    var file: String
    var index: Int?
    var name: String
    var decision: String
    var expect: String?
    var status: String
    var because: String?
    var explanation: JSONExplanation?

    init(_ entry: SimulationReport.Entry, explain: Bool) {
        file = entry.vector.source.file
        index = entry.vector.source.index
        name = entry.vector.name
        decision = entry.evaluation.decision.rawValue
        expect = entry.vector.expected?.rawValue
        status = entry.passed.map { $0 ? "pass" : "fail" } ?? "unchecked"
        because = entry.vector.because
        explanation = explain ? JSONExplanation(entry.evaluation.explanation) : nil
    }
}

/// Why the evaluator decided as it did.
struct JSONExplanation: Encodable {
    var rule: String
    var decidedBy: String?
    var matched: [String]
    var failedConditions: [String]
    var notes: [String]

    init(_ explanation: Explanation) {
        rule = explanation.rule.description
        decidedBy = explanation.decidingStatement?.description
        matched = explanation.matchedStatements.map(\.description)
        failedConditions = explanation.failedConditions.map(\.description)
        notes = explanation.notes
    }
}
