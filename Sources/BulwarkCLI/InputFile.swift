import BulwarkModels
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads an input file named on the command line, refusing what would hang or exhaust memory.
///
/// Files go through the package's defensive reader (``RegularFile``: regular files only, no
/// blocking, at most `maximumSize` bytes); `-` reads standard input with the same cap. Every
/// hostile path gets a sentence instead of a hang.
enum InputFile {
    /// Why a file could not be read, as a sentence fragment after the file name.
    struct Failure: Error {
        var message: String
    }

    /// The default size limit: no policy or vector file comes close to it.
    static let defaultMaximumSize = 64 << 20

    /// The contents of `path` (or standard input for `-`).
    static func read(_ path: String, maximumSize: Int = defaultMaximumSize) -> Result<Data, Failure> {
        if path == "-" {
            return readStandardInput(maximumSize: maximumSize)
        }
        return RegularFile.read(atPath: path, maximumSize: maximumSize)
            .mapError { failure in
                switch failure {
                case .system(let code):
                    Failure(message: reason(code))
                case .directory:
                    Failure(message: "is a directory; name the files inside it")
                case .notRegular:
                    Failure(message: "is not a regular file (a FIFO, device or socket); name a JSON file")
                case .tooLarge(let size):
                    Failure(message: "is \(size) bytes; files over \(maximumSize >> 20) MiB are not read")
                }
            }
    }

    /// Standard input in chunks, stopping at `maximumSize` (`- < /dev/zero` must not exhaust memory).
    private static func readStandardInput(maximumSize: Int) -> Result<Data, Failure> {
        var data = Data()
        while true {
            let chunk: Data?
            do {
                chunk = try FileHandle.standardInput.read(upToCount: 1 << 20)
            } catch {
                return .failure(Failure(message: "cannot be read: \(error.localizedDescription)"))
            }
            guard let chunk, !chunk.isEmpty else { return .success(data) }
            data.append(chunk)
            if data.count > maximumSize {
                return .failure(Failure(message: "is over \(maximumSize >> 20) MiB; larger inputs are not read"))
            }
        }
    }

    /// A sentence fragment for an `errno` value from opening or reading a file.
    private static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: "no such file"
        case EACCES, EPERM: "cannot be read: permission denied"
        case ELOOP: "is a symbolic link loop (too many levels of symbolic links)"
        case ENOTDIR: "no such file (a part of the path is not a directory)"
        case ENAMETOOLONG: "the path is too long"
        case EISDIR: "is a directory; name the files inside it"
        default: "cannot be read: \(RegularFile.describe(code))"
        }
    }
}
