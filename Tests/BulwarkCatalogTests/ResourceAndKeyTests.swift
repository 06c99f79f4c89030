import BulwarkCatalog
import BulwarkIAM
import Testing

@Suite struct ResourceTemplateTests {
    static let templateCases = TestData.objects("arn-templates.json")
        .map {
            TemplateCase(
                arn: $0["arn"] as? String ?? "",
                type: $0["type"] as? String,
                not: $0["not"] as? [String] ?? [],
                because: $0["because"] as? String ?? ""
            )
        }

    @Test func templateCasesAreLoaded() { #expect(Self.templateCases.count >= 10) }

    // Data/arn-templates.json: each ARN, a resource type among those whose template fits it best
    // (other services may define the same template), and types that must not be chosen.
    @Test(arguments: templateCases)
    func arnFitsTemplate(_ test: TemplateCase) {
        let types = catalog.resourceTypes(matchingARN: test.arn).map(\.description)
        if let expected = test.type {
            #expect(types.contains(expected), "\(test.because) \(types)")
            for wrong in test.not { #expect(!types.contains(wrong), "\(test.because)") }
        } else {
            #expect(types.isEmpty, "\(test.because)")
        }
    }

    @Test func actionsApplyingToAnObject() {
        let names = Set(catalog.actions(applyingTo: "arn:aws:s3:::bucket/key").map(\.fullName))
        #expect(names.contains("s3:GetObject"))
        #expect(names.contains("s3:PutObject"))
        #expect(!names.contains("s3:ListBucket"))
        #expect(!names.contains("s3:ListAllMyBuckets"))
        let bucket = Set(catalog.actions(applyingTo: "arn:aws:s3:::bucket").map(\.fullName))
        #expect(bucket.contains("s3:ListBucket"))
        #expect(!bucket.contains("s3:GetObject"))
    }

    @Test func unknownArnAppliesToNothing() {
        #expect(catalog.actions(applyingTo: "not an arn").isEmpty)
    }
}

@Suite struct ConditionKeyTests {
    static let keyCases = TestData.objects("condition-keys.json")
        .map {
            KeyCase(
                key: $0["key"] as? String ?? "",
                type: $0["type"] as? String,
                multivalued: $0["multivalued"] as? Bool ?? false,
                global: $0["global"] as? Bool ?? false,
                because: $0["because"] as? String ?? ""
            )
        }

    @Test func keyCasesAreLoaded() { #expect(Self.keyCases.count >= 20) }

    // Data/condition-keys.json: types from the IAM User Guide (global keys) and the Service
    // Authorization Reference (service keys), templated keys included.
    @Test(arguments: keyCases)
    func keyTypes(_ test: KeyCase) throws {
        guard let type = test.type else {
            #expect(catalog.conditionKey(test.key) == nil, "\(test.because)")
            return
        }
        let definition = try #require(catalog.conditionKey(test.key), "\(test.because)")
        #expect(definition.types.contains(ConditionKeyType(rawValue: type)), "\(test.because)")
        #expect(definition.isMultivalued == test.multivalued, "\(test.because)")
        #expect(definition.isGlobal == test.global, "\(test.because)")
    }

    @Test func epochTimeTakesDatesAndNumbers() throws {
        let epoch = try #require(catalog.conditionKey("aws:EpochTime"))
        #expect(epoch.accepts(.date))
        #expect(epoch.accepts(.numeric))
        #expect(!epoch.accepts(.string))
    }

    @Test func globalKeysAreMarked() throws {
        #expect(try #require(catalog.conditionKey("aws:SourceVpce")).isGlobal)
        #expect(try #require(catalog.conditionKey("s3:prefix")).isGlobal == false)
    }

    @Test(arguments: [
        (ConditionKeyType.string, OperatorFamily.string, true),
        (.arn, .string, true),
        (.arn, .arn, true),
        (.string, .arn, false),
        (.string, .numeric, false),
        (.numeric, .numeric, true),
        (.date, .date, true),
        (.bool, .boolean, true),
        (.string, .boolean, false),
        (.ipAddress, .ipAddress, true),
        (.string, .ipAddress, false),
        (.string, .null, true),
    ])
    func operatorFamilies(_ type: ConditionKeyType, _ family: OperatorFamily, _ accepted: Bool) {
        #expect(type.accepts(family) == accepted)
    }
}

/// One case of `Data/arn-templates.json`.
struct TemplateCase: Sendable, CustomTestStringConvertible {
    var arn: String
    var type: String?
    var not: [String]
    var because: String
    var testDescription: String { arn }
}

/// One case of `Data/condition-keys.json`.
struct KeyCase: Sendable, CustomTestStringConvertible {
    var key: String
    var type: String?
    var multivalued: Bool
    var global: Bool
    var because: String
    var testDescription: String { key }
}
