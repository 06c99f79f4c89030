@testable import BulwarkCLI
import Bulwark
import Foundation
import Testing

/// A temporary directory with policy files for one test; removed when the test ends.
final class PolicyFiles {
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("bulwark-policy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// Writes `bytes` to `name` and returns its path.
    func write(_ name: String, _ bytes: some Sequence<UInt8>) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }
}

let cleanPolicy =
    #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}"#

@Suite struct PolicyValidateTests {
    @Test func cleanPolicyExitsZero() async throws {
        let files = try PolicyFiles()
        let path = try files.write("clean.json", cleanPolicy)
        let result = await runCLI(["policy", "validate", path])
        #expect(result.status == 0)
        #expect(result.output == "1 file checked: 0 errors, 0 warnings\n")
    }

    /// Warnings only: exit 1, one line per problem as FILE:LINE:COL: PATH: severity: message.
    @Test func warningsExitOne() async throws {
        let files = try PolicyFiles()
        let path = try files.write(
            "warn.json",
            "\n  {\"Statement\": {\"Effect\": \"Allow\", \"NotAction\": \"iam:*\", \"Resource\": \"*\"}}"
        )
        let result = await runCLI(["policy", "validate", path])
        #expect(result.status == 1)
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("\(path):2:3: Version: warning: no Version"))
        #expect(lines[0].hasSuffix("[missing-version]"))
        #expect(lines[1].hasPrefix("\(path):2:37: Statement.NotAction: warning: Allow with NotAction"))
        #expect(lines[2] == "1 file checked: 0 errors, 2 warnings")
    }

    @Test func errorsExitTwo() async throws {
        let files = try PolicyFiles()
        let path = try files.write(
            "bad.json",
            #"{"Version": "2012-10-17", "Statement": [{"Effect": "allow", "Action": "s3:*"}]}"#
        )
        let result = await runCLI(["policy", "validate", path])
        #expect(result.status == 2)
        #expect(
            result.output.contains("\(path):1:52: Statement[0].Effect: error: Effect must be \"Allow\" or \"Deny\"")
        )
        #expect(result.output.contains("Statement[0].Resource: error:"))
    }

    /// Unreadable files are reported and the other files are still checked.
    @Test func unreadableFilesDoNotStopTheOthers() async throws {
        let files = try PolicyFiles()
        let good = try files.write("good.json", cleanPolicy)
        let missing = files.directory.appendingPathComponent("missing.json").path
        let empty = files.directory.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let result = await runCLI(["policy", "validate", missing, empty.path, good])
        #expect(result.status == 2)
        #expect(result.output.contains("\(missing): error: no such file"))
        #expect(result.output.contains("\(empty.path): error: the directory holds no .json files"))
        #expect(result.output.hasSuffix("3 files checked: 2 errors, 0 warnings\n"))
    }

    /// A directory stands for the `.json` files directly inside it, as for `simulate`.
    @Test func aDirectoryValidatesItsJSONFiles() async throws {
        let files = try PolicyFiles()
        let first = try files.write("a.json", cleanPolicy)
        let second = try files.write(
            "b.json",
            #"{"Statement": {"Effect": "Allow", "Action": "s3:*", "Resource": "*"}}"#
        )
        _ = try files.write("notes.txt", "not a policy")
        let result = await runCLI(["policy", "validate", files.directory.path])
        #expect(result.status == 1, "\(result.output)")
        #expect(result.output.contains("\(second):"))
        #expect(!result.output.contains("\(first):"))
        #expect(!result.output.contains("notes.txt"))
        #expect(result.output.hasSuffix("2 files checked: 0 errors, 1 warning\n"))
    }

    /// A symbolic link to a policy is followed.
    @Test func followsSymbolicLinks() async throws {
        let files = try PolicyFiles()
        let target = try files.write("clean.json", cleanPolicy)
        let link = files.directory.appendingPathComponent("link.json").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let result = await runCLI(["policy", "validate", link])
        #expect(result.status == 0, "\(result.output)")
    }

    /// Devices are refused before reading, so /dev/zero cannot hang the command.
    @Test func devicesAreNotRead() async {
        let result = await runCLI(["policy", "validate", "/dev/zero"])
        #expect(result.status == 2)
        #expect(result.output.contains("/dev/zero: error: is not a regular file"))
    }

    /// Hostile input: exit 2 with a message naming the file, never a crash or a hang.
    @Test(
        arguments: [
            ("invalid-utf8.json", Array(#"{"Version": ""#.utf8) + [0xFF, 0xFE] + Array(#""}"#.utf8), "invalid UTF-8"),
            ("nul.json", Array(cleanPolicy.utf8.prefix(20)) + [0] + Array(cleanPolicy.utf8.dropFirst(20)), "NUL"),
            ("deep.json", Array(repeating: UInt8(ascii: "["), count: 100_000), "nested more than 512 levels"),
            (
                "huge-number.json",
                Array(
                    cleanPolicy.replacingOccurrences(
                        of: "\"*\"}",
                        with: "\"*\", \"Condition\": {\"NumericLessThan\": {\"s3:max-keys\": 1e999}}}"
                    )
                    .utf8
                ), "out of range"
            ),
            ("empty.json", [], "the input is empty"),
            (
                "types.json",
                Array(
                    #"{"Version": 1, "Statement": [{"Effect": [], "Action": 2, "Resource": {}, "Condition": "x"}]}"#
                        .utf8
                ), "must be"
            ),
            ("not-json.json", Array("Version: 2012-10-17".utf8), "not valid JSON"),
        ] as [(String, [UInt8], String)]
    )
    func hostileInputExitsTwo(name: String, bytes: [UInt8], message: String) async throws {
        let files = try PolicyFiles()
        let path = try files.write(name, bytes)
        let result = await runCLI(["policy", "validate", path])
        #expect(result.status == 2)
        #expect(result.output.contains("\(path):"))
        #expect(result.output.contains(message), "\(result.output)")
    }

    /// A 10 MB policy is parsed and rejected as too large.
    @Test func tenMegabyteFileExitsTwo() async throws {
        let files = try PolicyFiles()
        let statement = #"{"Effect":"Deny","Action":"s3:*","Resource":"arn:aws:s3:::bucket/*"},"#
        let text =
            #"{"Version":"2012-10-17","Statement":["#
            + String(repeating: statement, count: 10_000_000 / statement.utf8.count) + cleanPolicy + "]}"
        let path = try files.write("big.json", text)
        let result = await runCLI(["policy", "validate", path])
        #expect(result.status == 2)
        #expect(result.output.contains("[policy-too-large]"))
    }

    /// `--kind` changes the rules: a trust policy is valid as trust and invalid as identity.
    @Test(arguments: [("trust", Int32(0)), ("identity", Int32(2)), ("resource", Int32(2))])
    func kindChangesRules(kind: String, status: Int32) async throws {
        let files = try PolicyFiles()
        let path = try files.write(
            "trust.json",
            #"{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}}"#
        )
        let result = await runCLI(["policy", "validate", "--kind", kind, path])
        #expect(result.status == status, "\(result.output)")
    }

    /// `--format json` prints one documented document.
    @Test func jsonFormat() async throws {
        let files = try PolicyFiles()
        let warn = try files.write(
            "warn.json",
            #"{"Statement": {"Effect": "Allow", "Action": "s3:*", "Resource": "*"}}"#
        )
        let missing = files.directory.appendingPathComponent("nope.json").path
        let result = await runCLI(["policy", "validate", "--format", "json", warn, missing])
        #expect(result.status == 2)
        let json = try JSONParser.parse(result.output)
        #expect(json["errors"]?.value == .number("1"))
        #expect(json["warnings"]?.value == .number("1"))
        let reports = try #require(json["files"]?.elements)
        #expect(reports.count == 2)
        #expect(reports[0]["status"]?.value == .string("warnings"))
        #expect(reports[0]["kind"]?.value == .string("identity"))
        let diagnostic = try #require(reports[0]["diagnostics"]?.elements?.first)
        #expect(diagnostic.members?.map(\.key) == ["severity", "code", "path", "line", "column", "offset", "message"])
        #expect(diagnostic["code"]?.value == .string("missing-version"))
        #expect(diagnostic["line"]?.value == .number("1"))
        #expect(reports[1]["status"]?.value == .string("unreadable"))
        #expect(reports[1]["error"]?.value == .string("no such file"))
    }

    /// Bad command lines are usage errors (exit 2).
    @Test(arguments: [
        ["policy"],
        ["policy", "check", "x.json"],
        ["policy", "validate"],
        ["policy", "validate", "--format", "xml", "x.json"],
        ["policy", "validate", "--kind", "user", "x.json"],
        ["policy", "validate", "--strict", "x.json"],
    ])
    func badArgumentsExitTwo(arguments: [String]) async {
        let result = await runCLI(arguments)
        #expect(result.status == 2)
        #expect(result.errors.contains("Usage: bulwark policy validate"))
    }

    /// Lint findings make a file "warnings" (exit 1), even at error severity; grammar errors stay "invalid".
    @Test func lintFindingsNeverMakeAPolicyInvalid() throws {
        struct EveryActionIsUnknown: PolicyLinter {
            func lint(_ policy: ParsedPolicy, document: PolicyDocument) -> [Diagnostic] {
                [
                    Diagnostic(
                        .error,
                        "unknown-action",
                        path: ["Statement", 0, "Action", 0],
                        message: "unknown action"
                    )
                ]
            }
        }
        let files = try PolicyFiles()
        let path = try files.write("lint.json", cleanPolicy)
        let report = PolicyValidateCommand.validate(file: path, kind: .identity, linters: [EveryActionIsUnknown()])
        #expect(report.status == .warnings)
        #expect(
            PolicyReport.textLines([report]).first
                == "\(path):1:71: Statement[0].Action: error: unknown action [unknown-action]"
        )
        let invalid = try files.write("invalid.json", "{}")
        #expect(
            PolicyValidateCommand.validate(file: invalid, kind: .identity, linters: [EveryActionIsUnknown()]).status
                == .invalid
        )
    }

    /// The demo's example policies say what they are meant to: one clean, one risky (warnings), one broken.
    @Test(arguments: [("read-reports.json", Int32(0)), ("too-broad.json", Int32(1)), ("broken.json", Int32(2))])
    func bundledExamplePolicies(file: String, status: Int32) async throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/BulwarkCLI/Examples/policies/\(file)")
        let result = await runCLI(["policy", "validate", url.path])
        #expect(result.status == status, "\(result.output)")
    }
}
