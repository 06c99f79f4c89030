import Testing

@testable import BulwarkCatalog

@Suite struct WildcardRelationTests {
    @Test(arguments: [
        ("arn:*:s3:::*/*", "arn:aws:s3:::b/*", true),
        ("arn:*:s3:::*/*", "arn:aws:s3:::bucket", false),
        ("arn:*:s3:::*", "arn:aws:s3:::b?", true),
        ("a*b", "*c", false),
        ("a*c", "ab*", true),
        ("abc", "a?c", true),
        ("abc", "abd", false),
    ])
    func intersection(_ a: String, _ b: String, _ expected: Bool) {
        #expect(WildcardPattern(a).intersects(WildcardPattern(b)) == expected)
        #expect(WildcardPattern(b).intersects(WildcardPattern(a)) == expected)
    }

    @Test(arguments: [
        ("*", "arn:aws:s3:::b/*", true),
        ("arn:aws:s3:::b/*", "arn:aws:s3:::b/x*", true),
        ("arn:aws:s3:::b/?", "arn:aws:s3:::b/*", false),
        ("arn:aws:s3:::b/?", "arn:aws:s3:::b/?", true),
        ("arn:aws:s3:::b/x*", "arn:aws:s3:::b/*", false),
        ("arn:aws:s3:::B/*", "arn:aws:s3:::b/x", false),
    ])
    func coverage(_ broader: String, _ narrower: String, _ expected: Bool) {
        #expect(WildcardPattern.covers(broader, narrower) == expected)
    }

    // Hostile inputs stay bounded (pairs of positions at most, never exponential).
    @Test func hostileIntersectionTerminates() {
        let a = WildcardPattern(String(repeating: "*a", count: 300) + "b")
        let b = WildcardPattern(String(repeating: "a*", count: 300) + "c")
        #expect(!a.intersects(b))
    }
}
