import BulwarkIAM
import Testing

@testable import BulwarkCatalog

/// Catalog uses of the wildcard relations (the relations themselves are tested in BulwarkIAMTests).
@Suite struct WildcardRelationTests {
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
        let compiled = Placeholders.compile("a*${X}b", replacement: [.star], angleBrackets: false)
        #expect(
            compiled.elements == [.byte(UInt8(ascii: "a")), .byte(UInt8(ascii: "*")), .star, .byte(UInt8(ascii: "b"))]
        )
        #expect(compiled.literalLength == 3)
    }
}
