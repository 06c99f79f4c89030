import BulwarkIAM
import Testing

@Suite struct JSONPathTests {
    /// Paths print as `Statement[2].Condition.StringLike`; odd keys are quoted; the root is `$`.
    @Test(arguments: [
        (JSONPath.root, "$"),
        (JSONPath(["Statement", .index(2), "Condition", "StringLike"]), "Statement[2].Condition.StringLike"),
        (
            JSONPath.root.appending(key: "Statement").appending(index: 0).appending(key: "Action").appending(index: 1),
            "Statement[0].Action[1]"
        ),
        (
            JSONPath(["Condition", "ForAnyValue:StringLike", "aws:PrincipalTag/team"]),
            "Condition.ForAnyValue:StringLike.aws:PrincipalTag/team"
        ),
        (JSONPath(["Condition", "a.b c"]), #"Condition["a.b c"]"#),
        (JSONPath([.index(0)]), "[0]"),
        (JSONPath([""]), #"[""]"#),
    ])
    func printsPaths(path: JSONPath, expected: String) {
        #expect(path.description == expected)
    }

    @Test func parentAndLastKey() {
        let path = JSONPath(["Statement", .index(1), "Sid"])
        #expect(path.lastKey == "Sid")
        #expect(path.parent.description == "Statement[1]")
        #expect(JSONPath.root.parent == .root)
    }
}
