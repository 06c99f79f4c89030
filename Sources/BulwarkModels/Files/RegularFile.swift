package import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file defensively, the one place the package does so: only regular files (a FIFO or
/// device never blocks or streams forever), at most a given size, with one non-blocking `open`,
/// `fstat` and a `read` loop.
///
/// `Data(contentsOf:)` blocks forever on a FIFO with no writer and reads `/dev/zero` until memory
/// runs out; callers turn each ``Failure`` into their own sentence.
package enum RegularFile {
    /// Why a file was not read.
    package enum Failure: Error, Equatable {
        /// `open`, `fstat` or `read` failed with this `errno` value.
        case system(Int32)
        /// The path names a directory.
        case directory
        /// The path names a FIFO, device or socket.
        case notRegular
        /// The file has `size` bytes, more than the caller's limit.
        case tooLarge(size: Int)
    }

    /// The bytes of the regular file at `path`, reading at most `maximumSize` bytes.
    package static func read(atPath path: String, maximumSize: Int) -> Result<Data, Failure> {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.system(errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(.system(errno)) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .failure(.directory)
        default: return .failure(.notRegular)
        }
        let size = Int(info.st_size)
        guard size <= maximumSize else { return .failure(.tooLarge(size: size)) }
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
        if failure != 0 { return .failure(.system(failure)) }
        if total < size { data.removeSubrange(total..<size) }
        return .success(data)
    }

    /// The C library's message for an `errno` value.
    package static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}

/// The C library's `read`, named apart from ``RegularFile/read(atPath:maximumSize:)``.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
