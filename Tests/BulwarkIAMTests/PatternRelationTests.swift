import Testing

@testable import BulwarkIAM

/// Relations between patterns: "can one string match both?" and "does one pattern match all the
/// other matches?", for raw wildcards, actions (case-insensitive) and resources (ARN-segment aware).
@Suite("Pattern relations")
struct PatternRelationTests {
    @Test(arguments: [
        ("arn:*:s3:::*/*", "arn:aws:s3:::b/*", true),
        ("arn:*:s3:::*/*", "arn:aws:s3:::bucket", false),
        ("arn:*:s3:::*", "arn:aws:s3:::b?", true),
        ("a*b", "*c", false),
        ("a*c", "ab*", true),
        ("abc", "a?c", true),
        ("abc", "abd", false),
        ("*", "", true),
        ("?", "", false),
    ])
    func globOverlap(_ a: String, _ b: String, _ expected: Bool) {
        let x = Glob(a, caseInsensitive: false)
        let y = Glob(b, caseInsensitive: false)
        #expect(x.overlaps(y) == expected)
        #expect(y.overlaps(x) == expected)
    }

    @Test(arguments: [
        ("*", "arn:aws:s3:::b/*", true),
        ("arn:aws:s3:::b/*", "arn:aws:s3:::b/x*", true),
        ("arn:aws:s3:::b/?", "arn:aws:s3:::b/*", false),
        ("arn:aws:s3:::b/?", "arn:aws:s3:::b/?", true),
        ("arn:aws:s3:::b/x*", "arn:aws:s3:::b/*", false),
        ("arn:aws:s3:::B/*", "arn:aws:s3:::b/x", false),
        ("*a*", "a*", true),
    ])
    func globCoverage(_ broader: String, _ narrower: String, _ expected: Bool) {
        #expect(Glob(broader, caseInsensitive: false).covers(Glob(narrower, caseInsensitive: false)) == expected)
    }

    // A wildcard that excludes a byte (an ARN field never holds ':', S3's ${BucketName} never holds '/').
    @Test func wildcardsWithExclusions() {
        let colon = UInt8(ascii: ":")
        let slash = UInt8(ascii: "/")
        let bucket: [WildcardElement] = [.byte(UInt8(ascii: "b")), .anyRun(excluding: slash)]
        #expect(!Glob.overlap(bucket, WildcardElement.parse("bx/*"), caseInsensitive: false))
        #expect(Glob.overlap(bucket, WildcardElement.parse("b*"), caseInsensitive: false))
        let field: [WildcardElement] = [.anyRun(excluding: colon), .byte(colon)]
        #expect(!Glob.overlap(field, WildcardElement.parse("::"), caseInsensitive: false))
        #expect(Glob.overlap(field, WildcardElement.parse("a:"), caseInsensitive: false))
        #expect(!Glob.overlap(field, WildcardElement.parse("a:b"), caseInsensitive: false))
        #expect(!Glob.overlap([.anyByte(excluding: colon)], [.byte(colon)], caseInsensitive: false))
        // Covering: a plain `*` covers an excluding one, not the other way round.
        #expect(Glob.covers([.star], field, caseInsensitive: false))
        #expect(!Glob.covers(field, WildcardElement.parse("*:"), caseInsensitive: false))
        #expect(Glob.covers(field, [.anyRun(excluding: colon), .byte(colon)], caseInsensitive: false))
    }

    /// Actions compare ignoring case (IAM User Guide, "IAM JSON policy elements: Action").
    @Test(arguments: [
        ("s3:Get*", "s3:*Object", true, false),
        ("s3:Get*", "S3:GETOBJECT", true, true),
        ("s3:Get*", "s3:Put*", false, false),
        ("s3:*", "s3:Get*", true, true),
        ("*", "ec2:Describe*", true, true),
        ("s3*", "s3:ListBucket", true, true),
        ("s3:*", "s3-object-lambda:*", false, false),
        ("s?:*", "s3:GetObject", true, true),
        ("iam:Pass*", "iam:*Role", true, false),
    ])
    func actions(_ a: String, _ b: String, overlaps: Bool, aCoversB: Bool) {
        let x = ActionPattern(a)
        let y = ActionPattern(b)
        #expect(x.overlaps(y) == overlaps, "\(a) ∩ \(b)")
        #expect(y.overlaps(x) == overlaps, "\(b) ∩ \(a)")
        #expect(x.covers(y) == aCoversB, "\(a) ⊇ \(b)")
    }

    /// Resource patterns follow the ARN rules (IAM User Guide, "IAM JSON policy elements: Resource"):
    /// wildcards in the first five fields stay inside their field, a `*` ending a truncated ARN runs
    /// to its end, and a pattern with the `arn:` shape matches only ARNs.
    @Test(arguments: [
        ("arn:aws:s3:::logs-*/*", "arn:aws:s3:::*", true, false),
        ("arn:aws:s3:::logs-*/*", "arn:aws:s3:::logs", false, false),
        ("arn:aws:s3:::logs-*/*", "arn:aws:s3:*", true, false),
        ("arn:aws:s3:*", "arn:aws:s3:::logs-*/*", true, true),
        ("arn:aws:ec2:*", "arn:aws:ec2:us-east-1:111122223333:instance/*", true, true),
        ("arn:aws:ec2:*", "arn:aws:sqs:us-east-1:111122223333:q", false, false),
        ("arn:aws:sqs:us-east-1:*", "arn:aws:sqs:us-east-1:111122223333:q", true, true),
        ("arn:aws:sqs:us-east-1:*", "arn:aws:sqs:eu-west-1:111122223333:q", false, false),
        ("arn:aws:*:us-east-1:*:*", "arn:aws:s3:::b", false, false),
        // The last `*` of a truncated ARN crosses colons, even inside the service field.
        ("arn:aws:s3*", "arn:aws:s3:::b", true, true),
        ("arn:aws:s3*", "arn:aws:s3-object-lambda:us-east-1:111122223333:accesspoint/a", true, true),
        ("arn:*", "arn:aws:iam::111122223333:role/r", true, true),
        ("*", "arn:aws:iam::111122223333:role/*", true, true),
        ("arn:aws:iam::*:role/*", "arn:aws:iam::111122223333:role/a:b", true, true),
        ("arn:aws:iam::1*:role/x", "arn:aws:iam::*2:role/x", true, false),
        ("arn:aws:iam::1*:role/x", "arn:aws:iam::1:2:role/x", false, false),
        ("not-an-arn*", "arn:aws:s3:::b", false, false),
    ])
    func resources(_ a: String, _ b: String, overlaps: Bool, aCoversB: Bool) {
        let x = ResourcePattern(a)
        let y = ResourcePattern(b)
        #expect(x.overlaps(y) == overlaps, "\(a) ∩ \(b)")
        #expect(y.overlaps(x) == overlaps, "\(b) ∩ \(a)")
        #expect(x.covers(y) == aCoversB, "\(a) ⊇ \(b)")
    }

    /// Random small patterns agree with brute force over every short string of a small alphabet:
    /// an overlap is real exactly when some string matches both (short witnesses suffice for patterns
    /// this small), and a claimed covering never admits a counterexample.
    @Test func agreeWithBruteForce() {
        let alphabet: [UInt8] = Array("ab:".utf8)
        var strings: [[UInt8]] = [[]]
        var frontier: [[UInt8]] = [[]]
        for _ in 0..<5 {
            frontier = frontier.flatMap { s in alphabet.map { s + [$0] } }
            strings += frontier
        }
        var random = SplitMix(seed: 0xA11CE)
        let symbols = ["a", "b", ":", "*", "?"]
        func pattern() -> String { (0..<random.next(below: 4)).map { _ in symbols[random.next(below: 5)] }.joined() }
        for _ in 0..<200 {
            let a = Glob(pattern(), caseInsensitive: false)
            let b = Glob(pattern(), caseInsensitive: false)
            let matchA = strings.map { s in s.withUnsafeBufferPointer { a.matches(bytes: $0) } }
            let matchB = strings.map { s in s.withUnsafeBufferPointer { b.matches(bytes: $0) } }
            let witness = zip(matchA, matchB).contains { $0 && $1 }
            #expect(a.overlaps(b) == witness, "\(a.elements) ∩ \(b.elements)")
            if a.covers(b) {
                #expect(!zip(matchA, matchB).contains { !$0 && $1 }, "\(a.elements) ⊇ \(b.elements)")
            }
        }
    }

    /// Hostile patterns stay bounded by the product of their lengths, never exponential.
    @Test(.timeLimit(.minutes(1))) func hostilePatternsFinish() {
        let a = String(repeating: "*a", count: 400) + "b"
        let b = String(repeating: "a*", count: 400) + "c"
        #expect(!Glob(a, caseInsensitive: false).overlaps(Glob(b, caseInsensitive: false)))
        #expect(!Glob(a, caseInsensitive: false).covers(Glob(b, caseInsensitive: false)))
        // No shared literal ends to set aside: the product is explored.
        let c = Glob(String(repeating: "*a", count: 400) + "*b?", caseInsensitive: false)
        let d = Glob("?" + String(repeating: "a*", count: 400) + "c*", caseInsensitive: false)
        #expect(c.overlaps(d))
        #expect(!c.overlaps(Glob("?" + String(repeating: "a*", count: 400) + "cc", caseInsensitive: false)))
        #expect(!ActionPattern("s3:" + a).overlaps(ActionPattern("s3:" + b)))
        #expect(!ResourcePattern("arn:aws:s3:::" + a).overlaps(ResourcePattern("arn:aws:s3:::" + b)))
        let stars = String(repeating: "*?", count: 400)
        #expect(ResourcePattern("arn:aws:s3:::" + stars).covers(ResourcePattern("arn:aws:s3:::" + stars)))
        // Past the budget: "may overlap", and "not shown to cover".
        let huge = String(repeating: "*a", count: 5_000) + "*"
        #expect(Glob(huge, caseInsensitive: false).overlaps(Glob(huge + "?", caseInsensitive: false)))
        #expect(!Glob(huge, caseInsensitive: false).covers(Glob(huge, caseInsensitive: false)))
    }
}
