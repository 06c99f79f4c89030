@testable import BulwarkCLI
import Bulwark
import Foundation
import Testing

@Suite struct PolicyFormatTests {
    static let messy =
        #"{"Statement": {"Resource": ["*"], "Action": ["s3:GetObject"], "Effect": "Allow"}, "Version": "2012-10-17"}"#

    /// `policy format` prints the canonical form: fixed element order, one-element lists as values.
    @Test func printsCanonicalForm() async throws {
        let files = try PolicyFiles()
        let path = try files.write("messy.json", Self.messy)
        let result = await runCLI(["policy", "format", path])
        #expect(result.status == 0)
        #expect(
            result.output
                == "{\n    \"Version\": \"2012-10-17\",\n    \"Statement\": [\n        {\n            \"Effect\": \"Allow\",\n"
                + "            \"Action\": \"s3:GetObject\",\n            \"Resource\": \"*\"\n        }\n    ]\n}\n"
        )
    }

    /// `--check` exits 1 and names the file when it is not canonical, 0 when it is.
    @Test func checkExitsOneWhenNotCanonical() async throws {
        let files = try PolicyFiles()
        let messy = try files.write("messy.json", Self.messy)
        let canonical = try files.write(
            "canonical.json",
            try PolicyDocument(json: Self.messy).jsonString(pretty: true) + "\n"
        )
        let result = await runCLI(["policy", "format", "--check", messy, canonical])
        #expect(result.status == 1)
        #expect(result.output == "\(messy): not in canonical form (run 'bulwark policy format \(messy)')\n")
        #expect(await runCLI(["policy", "format", "--check", canonical]).status == 0)
    }

    /// Not a policy: exit 2 with the error's path on standard error.
    @Test func invalidPolicyExitsTwo() async throws {
        let files = try PolicyFiles()
        let path = try files.write(
            "bad.json",
            #"{"Version": "2012-10-17", "Statement": [{"Effect": "Permit", "Action": "s3:*"}]}"#
        )
        let result = await runCLI(["policy", "format", path])
        #expect(result.status == 2)
        #expect(result.output.isEmpty)
        #expect(result.errors.contains("Statement[0].Effect: error:"))
    }

    /// `policy format FILE --kind KIND` prints exactly `jsonString(pretty: true)` for every policy of the
    /// corpus that parses, which is what the compiled `policy to-swift` declarations encode to.
    @Test func formatsTheCorpusAsTheLibraryDoes() async throws {
        let directory = CLIPaths.packageRoot.appendingPathComponent("Tests/BulwarkIAMTests/Policies")
        let manifest = try JSONSerialization.jsonObject(
            with: Data(contentsOf: directory.appendingPathComponent("manifest.json"))
        )
        let cases = try #require((manifest as? [String: Any])?["cases"] as? [[String: Any]])
        var formatted = 0
        for entry in cases {
            let file = try #require(entry["file"] as? String)
            let kindName = try #require(entry["kind"] as? String)
            let kind = try #require(PolicyKind(rawValue: kindName))
            let path = directory.appendingPathComponent(file).path
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            let document = PolicyDocument.parse(data, kind: kind, checkingQuotas: false, strictness: .evaluation)
                .document
            let result = await runCLI(["policy", "format", path, "--kind", kindName])
            guard let document else {
                #expect(result.status == 2, "\(file)")
                continue
            }
            #expect(result.status == 0, "\(file): \(result.errors)")
            #expect(result.output == document.jsonString(pretty: true) + "\n", "\(file)")
            formatted += 1
        }
        #expect(formatted > 50)
    }
}

@Suite struct PolicyToSwiftTests {
    /// One declaration, named by --name, that the library writes for the document.
    @Test func printsTheDeclaration() async throws {
        let files = try PolicyFiles()
        let path = try files.write("p.json", cleanPolicy)
        let result = await runCLI(["policy", "to-swift", path, "--name", "readObjects"])
        #expect(result.status == 0)
        #expect(
            result.output == """
                let readObjects = try PolicyDocument(kind: .identity) {
                    Statement(.allow) {
                        Actions("s3:GetObject")
                        Resources("*")
                    }
                }

                """
        )
    }

    /// The kind decides the rules: a bucket policy read as an identity policy is refused with exit 2.
    @Test func checksTheKind() async throws {
        let files = try PolicyFiles()
        let path = try files.write(
            "bucket.json",
            #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}"#
        )
        let wrongKind = await runCLI(["policy", "to-swift", path])
        #expect(wrongKind.status == 2)
        #expect(wrongKind.errors.contains("Statement[0].Principal: error:"))
        let right = await runCLI(["policy", "to-swift", path, "--kind", "resource"])
        #expect(right.status == 0)
        #expect(right.output.contains("Principals.anyone"))
    }

    /// A name that is not a Swift identifier is a usage error.
    @Test(arguments: ["2fast", "my-policy", "let", ""])
    func rejectsBadNames(name: String) async throws {
        let files = try PolicyFiles()
        let path = try files.write("p.json", cleanPolicy)
        #expect(await runCLI(["policy", "to-swift", path, "--name", name]).status == 2)
    }
}

/// Where the package's files are.
enum CLIPaths {
    /// The package root (this file is `Tests/BulwarkCLITests/PolicyFormatTests.swift`).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}
