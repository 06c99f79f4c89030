import Foundation

/// The AWS CLI executable and the options every call gets (profile, endpoint).
///
/// Each call runs as its own process with the user's environment (credentials and config come from
/// the CLI's usual chain). Standard output and standard error go to files, not pipes, so an 8 MB
/// output (IAM authorization details) can never fill a pipe and deadlock the run.
struct AWSCLI: Sendable {
    /// The `aws` executable.
    var executable: URL
    /// `--profile`, passed through.
    var profile: String?
    /// `--endpoint-url`, passed to every call (for an emulator such as moto).
    var endpointURL: String?
    /// The environment of each call: the user's, plus settings that keep the CLI non-interactive.
    var environment: [String: String]

    /// Finds `aws` on `PATH` (from `environment`) and prepares calls with `profile` and `endpointURL`.
    ///
    /// - Throws: ``CollectError/missingCLI`` when no executable `aws` is on `PATH`.
    init(environment: [String: String], profile: String?, endpointURL: String?) throws(CollectError) {
        guard let executable = Self.locate("aws", path: environment["PATH"] ?? "") else {
            throw .missingCLI
        }
        self.executable = executable
        self.profile = profile
        self.endpointURL = endpointURL
        var environment = environment
        environment["AWS_PAGER"] = ""  // v2 would otherwise page output through `less`
        environment["AWS_CLI_AUTO_PROMPT"] = "off"
        self.environment = environment
    }

    /// The first executable file named `name` in the colon-separated `path`.
    static func locate(_ name: String, path: String) -> URL? {
        for directory in path.split(separator: ":", omittingEmptySubsequences: true) {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory),
                !isDirectory.boolValue,
                FileManager.default.isExecutableFile(atPath: candidate.path)
            {
                return candidate
            }
        }
        return nil
    }

    /// The full argument list for `aws <service> <operation> …` in `region`.
    func arguments(service: String, operation: String, arguments: [String], region: String?) -> [String] {
        var result = [service, operation] + arguments + ["--output", "json"]
        if let region { result += ["--region", region] }
        if let profile { result += ["--profile", profile] }
        if let endpointURL { result += ["--endpoint-url", endpointURL] }
        return result
    }

    /// Runs the CLI with `arguments`, writing its standard output to `stdout` and standard error to
    /// `stderr` (both existing files, truncated first), and returns its exit status.
    func run(_ arguments: [String], stdout: URL, stderr: URL) async -> Int32 {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        let output: FileHandle
        let errors: FileHandle
        do {
            output = try FileHandle(forWritingTo: stdout)
            errors = try FileHandle(forWritingTo: stderr)
        } catch {
            return Self.writeLaunchFailure("cannot open a temporary file: \(error)", to: stderr)
        }
        defer {
            try? output.close()
            try? errors.close()
        }
        try? output.truncate(atOffset: 0)
        try? errors.truncate(atOffset: 0)
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        return await withCheckedContinuation { (continuation: CheckedContinuation<Int32, Never>) in
            process.terminationHandler = { finished in
                continuation.resume(returning: finished.terminationStatus)
            }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(
                    returning: Self.writeLaunchFailure("cannot start \(executable.path): \(error)", to: stderr)
                )
            }
        }
    }

    /// Records a failure to start the CLI as if the CLI had printed it, and returns a failing status.
    private static func writeLaunchFailure(_ message: String, to stderr: URL) -> Int32 {
        try? Data(message.utf8).write(to: stderr)
        return 255
    }

    /// What `aws --version` prints (v1 prints it on standard error, v2 on standard output).
    func version(scratch: URL) async -> String? {
        let out = scratch.appendingPathComponent("version.out")
        let err = scratch.appendingPathComponent("version.err")
        for file in [out, err] { _ = FileManager.default.createFile(atPath: file.path, contents: nil) }
        defer { for file in [out, err] { try? FileManager.default.removeItem(at: file) } }
        guard await run(["--version"], stdout: out, stderr: err) == 0 else { return nil }
        let text = [out, err].compactMap { try? String(contentsOf: $0, encoding: .utf8) }.joined()
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}
