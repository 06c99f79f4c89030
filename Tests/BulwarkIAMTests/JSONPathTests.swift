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

@Suite struct JSONPathParsingTests {
    /// Every printed path parses back to itself.
    @Test(
        arguments: [
            JSONPath.root,
            ["Statement", 2, "Condition", "StringLike"],
            ["Statement", "Action"],
            ["Condition", "ForAnyValue:StringLike", "aws:PrincipalTag/team"],
            ["Condition", "a.b c", "x"],
            ["Condition", #"we"ird]"[key"#, 0],
            [0, 1, ""],
        ] as [JSONPath]
    )
    func roundTrips(path: JSONPath) {
        #expect(JSONPath(path.description) == path)
    }

    /// Text that is not a printed path is rejected.
    @Test(arguments: ["", ".a", "a..b", "a[", "a[x]", "a[-1]", "a[+1]", "a b", "a.[0]", #"a["x]"#])
    func rejects(text: String) {
        #expect(JSONPath(text) == nil)
    }

    @Test func appendsPaths() {
        let outer: JSONPath = ["identityPolicies", 0]
        #expect(outer.appending(["Statement", 1, "Effect"]).description == "identityPolicies[0].Statement[1].Effect")
    }
}
