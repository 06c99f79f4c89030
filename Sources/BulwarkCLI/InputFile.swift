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
/// `Data(contentsOf:)` blocks forever on a FIFO with no writer and reads `/dev/zero` until memory
/// runs out. This opens the path without blocking, accepts only regular files (and `-` for standard
/// input), and reads at most `maximumSize` bytes, so every hostile path gets a sentence instead.
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
            return .success(FileHandle.standardInput.readDataToEndOfFile())
        }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(Failure(message: reason(errno))) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(Failure(message: reason(errno))) }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            break
        case S_IFDIR:
            return .failure(Failure(message: "is a directory; name the files inside it"))
        default:
            return .failure(Failure(message: "is not a regular file (a FIFO, device or socket); name a JSON file"))
        }
        let size = Int(info.st_size)
        if size > maximumSize {
            return .failure(
                Failure(message: "is \(size) bytes; files over \(maximumSize >> 20) MiB are not read")
            )
        }
        var data = Data(count: size)
        var total = 0
        while total < size {
            let count = data.withUnsafeMutableBytes { buffer in
                systemRead(descriptor, buffer.baseAddress.map { $0 + total }, size - total)
            }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { return .failure(Failure(message: reason(errno))) }
            if count == 0 { break }
            total += count
        }
        data.count = total
        return .success(data)
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
        default: "cannot be read: \(String(cString: strerror(code)))"
        }
    }
}

/// The C library's `read`, named apart from ``InputFile/read(_:maximumSize:)``.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
