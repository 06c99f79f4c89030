import BulwarkIAM
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads one snapshot file with the package's defensive reader (``RegularFile``), telling a
/// missing file apart from an unreadable one.
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
        switch RegularFile.read(atPath: path, maximumSize: maximumSize) {
        case .success(let data):
            .data(data)
        case .failure(.system(let code)) where code == ENOENT || code == ENOTDIR:
            .missing
        case .failure(.system(let code)):
            .failed(RegularFile.describe(code))
        case .failure(.directory), .failure(.notRegular):
            .failed("not a regular file")
        case .failure(.tooLarge(let size)):
            .failed("the file has \(size) bytes; the loader reads at most \(maximumSize)")
        }
    }
}
