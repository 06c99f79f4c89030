import BulwarkCatalog
import BulwarkIAM
import Testing

@Suite struct BuilderCatalogTests {
    /// A misspelt action and an unknown service throw, with `policy validate`'s suggestions.
    @Test func unknownActionsAndServicesThrowWithSuggestions() throws {
        let catalog = try AWSCatalog.shared
        let built = try PolicyDocument(kind: .identity) {
            Statement(.allow, sid: "Typos") {
                Actions("s3:GetObjekt", "s4:GetObject", "s3:Get*")
                Resources("*")
            }
        }
        #expect {
            try built.checked(against: catalog)
        } throws: { error in
            guard let error = error as? IAMError else { return false }
            let found = error.diagnostics.map { "\($0.path) \($0.severity) \($0.code)" }
            return found == [
                "Statement[0].Action[0] error unknown-action", "Statement[0].Action[1] error unknown-service",
            ] && error.description.contains("s3:GetObject") && error.description.contains("'s4'")
        }
    }

    /// A document with known names comes back unchanged; typed global keys are known to the catalog.
    @Test func knownNamesPass() throws {
        let built = try PolicyDocument(kind: .identity) {
            Statement(.allow) {
                Actions("s3:GetObject", "s3:List*")
                Resources("*")
                Condition.bool(.aws.secureTransport, true)
                Condition.stringLike(.aws.principalTag("team"), "blue")
                Condition.stringEquals(ConditionKey<String>("s3:prefix"), "home/")
            }
        }
        #expect(try built.checked(against: .shared) == built)
    }

    /// An unknown condition key is an error; other findings are not unless asked for.
    @Test func chosenCodesOnly() throws {
        let built = try PolicyDocument(kind: .identity) {
            Statement(.allow) {
                Actions("s3:GetObject")
                Resources("*")
                Condition.stringEquals(ConditionKey<String>("aws:PrincipalTeam"), "blue")
            }
        }
        #expect(throws: IAMError.self) { try built.checked(against: .shared) }
        #expect(try built.checked(against: .shared, failingOn: [.unknownAction]) == built)
    }
}
