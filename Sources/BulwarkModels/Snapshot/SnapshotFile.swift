import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

#if canImport(Glibc)
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    Glibc.read(descriptor, buffer, count)
}
#elseif canImport(Musl)
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    Musl.read(descriptor, buffer, count)
}
#elseif canImport(Darwin)
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    Darwin.read(descriptor, buffer, count)
}
#endif

/// Reads one snapshot file defensively: only regular files (a FIFO or device never blocks or
/// streams forever), at most ``maximumSize`` bytes, with one `open`, `fstat` and `read` loop.
enum SnapshotFile {
    /// The largest file the loader reads (a whole account's `get-account-authorization-details` is tens of MB).
    static let maximumSize = 512 << 20

    /// A file's bytes, or whether it is missing or unreadable.
    enum Contents {
        case data(Data)
        case missing
        case failed(String)
    }

    /// The contents of the file at `path`.
    static func contents(atPath path: String) -> Contents {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            return code == ENOENT || code == ENOTDIR ? .missing : .failed(describe(code))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failed(describe(errno)) }
        guard info.st_mode & S_IFMT == S_IFREG else { return .failed("not a regular file") }
        let size = Int(info.st_size)
        guard size <= maximumSize else {
            return .failed("the file has \(size) bytes; the loader reads at most \(maximumSize)")
        }
        var data = Data(count: size)
        var total = 0
        var failure: Int32 = 0
        data.withUnsafeMutableBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            while total < size {
                let count = systemRead(descriptor, base + total, size - total)
                if count > 0 {
                    total += count
                } else if count == 0 {
                    break
                } else if errno != EINTR {
                    failure = errno
                    break
                }
            }
        }
        if failure != 0 { return .failed(describe(failure)) }
        if total < size { data.removeSubrange(total..<size) }
        return .data(data)
    }

    private static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
