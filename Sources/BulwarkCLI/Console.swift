import Foundation

/// Where a command writes: standard output and standard error, or buffers in tests.
struct Console {
    /// Writes one line (a newline is appended) to the output.
    var out: (String) -> Void
    /// Writes one line (a newline is appended) to the error stream.
    var err: (String) -> Void
    /// Whether standard error is an interactive terminal (progress displays go there only then).
    var isTerminal: Bool

    /// The process's standard output and standard error.
    static var standard: Console {
        Console(
            out: { FileHandle.standardOutput.write(Data(($0 + "\n").utf8)) },
            err: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) },
            isTerminal: isatty(STDERR_FILENO) == 1
        )
    }
}

/// A capturing console for tests and for callers that want the text.
final class CapturedConsole {
    /// Everything written to the output.
    private(set) var output = ""
    /// Everything written to the error stream.
    private(set) var errors = ""

    /// A console that appends to ``output`` and ``errors``.
    var console: Console {
        Console(
            out: { [unowned self] in self.output += $0 + "\n" },
            err: { [unowned self] in self.errors += $0 + "\n" },
            isTerminal: false
        )
    }
}
