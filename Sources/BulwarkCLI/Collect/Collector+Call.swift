import BulwarkIAM
import BulwarkModels
import Foundation

/// The result of one call.
enum CallResult: Sendable {
    /// The output was written; it is kept in memory (as `Data`) only when the call has follow-ups.
    case succeeded(Data?)
    /// The error record was written (or could not be).
    case failed(CallFailure)

    /// The failure, if the call failed.
    var failure: CallFailure? {
        if case .failed(let failure) = self { return failure }
        return nil
    }
}

extension Collector {
    /// Makes one call, with retries, and writes its output or its error record.
    ///
    /// The output is handed back when the call has follow-ups or `keepOutput` is set.
    func perform(_ call: PlannedCall, keepOutput: Bool = false) async -> CallResult {
        var attempt = 1
        while true {
            let stdout: URL
            let stderr: URL
            do {
                stdout = try writer.temporaryFile()
                stderr = try writer.temporaryFile()
            } catch {
                return .failed(CallFailure(code: "WriteError", message: error.localizedDescription))
            }
            defer {
                try? FileManager.default.removeItem(at: stdout)
                try? FileManager.default.removeItem(at: stderr)
            }
            let arguments = cli.arguments(
                service: call.service,
                operation: call.operation,
                arguments: call.arguments,
                region: call.region.rawValue
            )
            let status = await cli.run(arguments, stdout: stdout, stderr: stderr)
            if status == 0 {
                return succeed(call, output: stdout, keep: keepOutput || !call.template.fanOut.isEmpty)
            }
            let errorText = (try? String(contentsOf: stderr, encoding: .utf8)) ?? ""
            var failure = CallFailure(stderr: errorText, exitStatus: status)
            if attempt < retry.maxAttempts, failure.isThrottling || call.template.retryCodes.contains(failure.code) {
                await retry.sleep(retry.delay(afterAttempt: attempt))
                attempt += 1
                continue
            }
            failure.service = call.service
            failure.operation = call.operation
            failure.region = call.region.rawValue
            do {
                try writer.writeJSON(failure, to: call.errorPath)
            } catch {
                return .failed(
                    CallFailure(code: "WriteError", message: "\(call.errorPath): \(error.localizedDescription)")
                )
            }
            return .failed(failure)
        }
    }

    /// Moves a successful call's output into place (`{}` when the CLI printed nothing).
    private func succeed(_ call: PlannedCall, output: URL, keep: Bool) -> CallResult {
        do {
            let size =
                (try FileManager.default.attributesOfItem(atPath: output.path)[.size] as? NSNumber)?.intValue ?? 0
            var data: Data?
            if size < 64 {
                let small = try Data(contentsOf: output)
                if small.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
                    try Data("{}\n".utf8).write(to: output)
                    data = Data("{}".utf8)
                } else {
                    data = small
                }
            }
            if keep, data == nil {
                data = try Data(contentsOf: output)
            }
            try writer.install(output, at: call.outputPath)
            return .succeeded(keep ? data : nil)
        } catch {
            return .failed(
                CallFailure(code: "WriteError", message: "\(call.outputPath): \(error.localizedDescription)")
            )
        }
    }
}
