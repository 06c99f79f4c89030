import BulwarkModels
import Foundation

/// `bulwark collect`: Runs the AWS CLI and writes a snapshot directory.
///
/// Uses the user's own AWS CLI (v1 or v2) with their credentials and config; `--profile` and
/// `--endpoint-url` are passed to every call. Exit status 0 when the snapshot was written (even if
/// some calls failed: they are error records), 2 when it could not be (no CLI, no credentials,
/// unusable folder, bad arguments).
enum CollectCommand: CLICommand {
    static let name = "collect"
    static let summary = "Runs the AWS CLI and writes a snapshot directory."
    static let discussion = """
        Uses your own AWS CLI (v1 or v2) with your credentials and config.
        Exit status: 0 when the snapshot was written (calls that failed are recorded as error files), \
        2 when it could not be (no CLI, no credentials, unusable folder, bad arguments).
        """
    static let output = Option(
        "output",
        placeholder: "DIR",
        help: "A new or empty folder for the snapshot.",
        required: true
    )
    static let profile = Option("profile", placeholder: "P", help: "The AWS CLI profile to use.")
    static let regions = Option(
        "regions",
        placeholder: "REGION",
        help: "The regions to read, comma-separated or repeated (default: every region enabled in the account).",
        repeated: true
    )
    static let endpointURL = Option(
        "endpoint-url",
        placeholder: "URL",
        help: "Send every call to this endpoint (a local emulator such as moto)."
    )
    static let concurrency = Option(
        "concurrency",
        placeholder: "N",
        range: 1...64,
        defaultValue: 8,
        help: "How many AWS CLI calls run at once."
    )
    static var options: [any CommandOption] { [output, profile, regions, endpointURL, concurrency] }

    static func run(_ arguments: ParsedArguments, console: inout Console) async throws -> Int32 {
        guard let output = arguments[output] else {
            throw UsageError("--output DIR is required (a new or empty folder for the snapshot)")
        }
        let regions = arguments.list(regions).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        for region in regions where !isRegionName(region) {
            throw UsageError("--regions: '\(region)' is not a region name such as us-east-1")
        }
        return await collect(
            output: URL(fileURLWithPath: output),
            regions: regions.isEmpty ? nil : regions,
            profile: arguments[profile],
            endpointURL: arguments[endpointURL],
            concurrency: arguments[concurrency] ?? 8,
            environment: ProcessInfo.processInfo.environment,
            console: console
        )
    }

    /// Runs a collection and prints its summary; returns the exit status.
    static func collect(
        output: URL,
        regions: [String]?,
        profile: String?,
        endpointURL: String?,
        concurrency: Int,
        environment: [String: String],
        console: Console
    ) async -> Int32 {
        do throws(CollectError) {
            let cli = try AWSCLI(environment: environment, profile: profile, endpointURL: endpointURL)
            let existed = FileManager.default.fileExists(atPath: output.path)
            let writer = try SnapshotWriter(root: output)
            var collector = Collector(cli: cli, writer: writer)
            collector.concurrency = concurrency
            collector.bootstrapRegion = environment["AWS_REGION"] ?? environment["AWS_DEFAULT_REGION"] ?? "us-east-1"
            if console.isTerminal {
                let display = ProgressLine()
                collector.progress = { display.show($0.line) }
            }
            let summary: CollectSummary
            do {
                summary = try await collector.collect(regions: regions)
            } catch {
                ProgressLine().clear(if: console.isTerminal)
                writer.discard(removingRoot: !existed)
                throw error
            }
            ProgressLine().clear(if: console.isTerminal)
            console.out(summary.text)
            return ExitCode.success
        } catch {
            console.err("bulwark collect: \(error.description)")
            return ExitCode.badInput
        }
    }

    /// Whether `text` looks like a region name (`us-east-1`, `us-gov-west-1`, `cn-north-1`).
    static func isRegionName(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 3, let last = parts.last, Int(last) != nil else { return false }
        return parts.allSatisfy { part in
            !part.isEmpty && part.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) }
        }
    }
}

/// A one-line status display on standard error, redrawn in place (used only on a terminal).
struct ProgressLine: Sendable {
    /// Redraws the line with `text`.
    func show(_ text: String) {
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + text.prefix(150)).utf8))
    }

    /// Erases the line when `isTerminal`.
    func clear(if isTerminal: Bool) {
        if isTerminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
