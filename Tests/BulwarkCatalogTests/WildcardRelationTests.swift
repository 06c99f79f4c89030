import BulwarkIAM
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
        let x = Glob(a, caseInsensitive: false)
        let y = Glob(b, caseInsensitive: false)
        #expect(x.intersects(y) == expected)
        #expect(y.intersects(x) == expected)
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
        #expect(Glob(broader, caseInsensitive: false).covers(Glob(narrower, caseInsensitive: false)) == expected)
    }

    // A policy variable in the broader pattern depends on the request, so it covers only itself.
    @Test func variablesInResources() {
        #expect(CatalogLinter.covers("arn:aws:s3:::b/*", "arn:aws:s3:::b/${aws:username}/*", variablesEnabled: true))
        #expect(!CatalogLinter.covers("arn:aws:s3:::b/${aws:username}/*", "arn:aws:s3:::b/x/y", variablesEnabled: true))
        #expect(
            CatalogLinter.covers(
                "arn:aws:s3:::b/${aws:username}",
                "arn:aws:s3:::b/${aws:username}",
                variablesEnabled: true
            )
        )
    }

    // Placeholders become wildcards; everything else in a template is literal, even `*`.
    @Test func templatesCompileToLiteralText() {
        let key = ConditionKeyIndex.templatePattern("s3:ExistingObjectTag/<key>")
        #expect(key.matches("s3:existingobjecttag/Project"))
        #expect(!key.matches("s3:ExistingObjectTag/"))
        let compiled = Placeholders.compile("a*${X}b", replacement: [Glob.star], angleBrackets: false)
        #expect(
            compiled.elements == [
                Int16(UInt8(ascii: "a")), Int16(UInt8(ascii: "*")), Glob.star, Int16(UInt8(ascii: "b")),
            ]
        )
        #expect(compiled.literalLength == 3)
    }

    // A placeholder that must not cross a slash (S3's ${BucketName}) misses object patterns.
    @Test func starsWithExclusions() {
        let slash = Int16(UInt8(ascii: "/"))
        let bucket: [Int16] = [Int16(UInt8(ascii: "b")), Glob.starWithoutSlash]
        #expect(
            !Glob.intersect(
                bucket,
                [Int16(UInt8(ascii: "b")), Int16(UInt8(ascii: "x")), slash, Glob.star],
                fold: false
            )
        )
        #expect(Glob.intersect(bucket, [Int16(UInt8(ascii: "b")), Glob.star], fold: false))
        let field: [Int16] = [Glob.starWithoutColon, Int16(UInt8(ascii: ":"))]
        #expect(!Glob.intersect(field, [Int16(UInt8(ascii: ":")), Int16(UInt8(ascii: ":"))], fold: false))
        #expect(Glob.intersect(field, [Int16(UInt8(ascii: "a")), Int16(UInt8(ascii: ":"))], fold: false))
        #expect(
            !Glob.intersect(
                field,
                [Int16(UInt8(ascii: "a")), Int16(UInt8(ascii: ":")), Int16(UInt8(ascii: "b"))],
                fold: false
            )
        )
    }

    // Hostile inputs stay bounded (pairs of positions at most, never exponential).
    @Test func hostileIntersectionTerminates() {
        let a = Glob(String(repeating: "*a", count: 300) + "b", caseInsensitive: false)
        let b = Glob(String(repeating: "a*", count: 300) + "c", caseInsensitive: false)
        #expect(!a.intersects(b))
    }
}
