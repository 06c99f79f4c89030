public import BulwarkIAM

/// Where a call's output lives in a snapshot: account-wide or one region.
///
/// Calls made once per account (IAM, Organizations, S3 buckets, CloudFront, …) are `global`;
/// the rest are stored under the region they were made in.
public enum SnapshotScope: Hashable, Sendable, CustomStringConvertible {
    /// Account-wide: the `global/` folder.
    case global
    /// One region, such as `us-east-1`: the folder named after it.
    case region(Region)

    /// The folder name: `global` or the region name.
    public var folderName: String {
        switch self {
        case .global: "global"
        case .region(let region): region.rawValue
        }
    }

    /// The folder name.
    public var description: String { folderName }
}

/// The ⚑ snapshot directory layout of DESIGN.md, in one place for the collector and the loader.
///
/// A call's output is `<scope>/<service>/<operation>.json`, or for a call about one resource
/// `<scope>/<service>/<operation>/<resource-id>.json`; a failed call is the same path ending in
/// `.error.json`. `<service>` and `<operation>` are the AWS CLI's names (`s3api`, `get-bucket-policy`).
/// Resource ids are escaped with ``escape(resourceID:)`` so that ARNs and URLs make safe file names.
public enum SnapshotLayout {
    /// The manifest file at the top of a snapshot.
    public static let manifestFileName = "manifest.json"
    /// The file extension of a successful call's output.
    public static let outputSuffix = ".json"
    /// The file extension of a failed call's error record.
    public static let errorSuffix = ".error.json"

    /// The path of a call's output relative to the snapshot directory, such as
    /// `global/s3api/get-bucket-policy/my-bucket.json`.
    public static func outputPath(
        scope: SnapshotScope,
        service: String,
        operation: String,
        resourceID: String? = nil
    ) -> String {
        basePath(scope: scope, service: service, operation: operation, resourceID: resourceID) + outputSuffix
    }

    /// The path of a failed call's error record relative to the snapshot directory, such as
    /// `global/s3api/get-bucket-policy/my-bucket.error.json`.
    public static func errorPath(
        scope: SnapshotScope,
        service: String,
        operation: String,
        resourceID: String? = nil
    ) -> String {
        basePath(scope: scope, service: service, operation: operation, resourceID: resourceID) + errorSuffix
    }

    /// The path without its `.json` / `.error.json` ending.
    static func basePath(scope: SnapshotScope, service: String, operation: String, resourceID: String?) -> String {
        var path = "\(scope.folderName)/\(service)/\(operation)"
        if let resourceID {
            path += "/" + escape(resourceID: resourceID)
        }
        return path
    }

    /// Escapes a resource id (bucket name, ARN, queue URL, …) into one safe file-name component.
    ///
    /// Every UTF-8 byte outside `A-Z a-z 0-9 - _ .` becomes `%XX` (uppercase hex), and so does a
    /// leading `.`, so the result never contains `/`, is never hidden and is never `.` or `..`.
    /// The empty id becomes `%`, a name no other id escapes to. An escaped id longer than
    /// ``maximumComponentLength`` bytes (file names are limited to 255) is cut and ends in `~` and a
    /// 16-digit hash of the whole id, so it stays unique and the same for the collector and the loader;
    /// such a name cannot be unescaped.
    public static func escape(resourceID: String) -> String {
        if resourceID.isEmpty { return "%" }
        var result = ""
        result.reserveCapacity(resourceID.utf8.count)
        for (index, byte) in resourceID.utf8.enumerated() {
            let isSafe =
                (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
                || byte == 0x2D || byte == 0x5F || (byte == 0x2E && index > 0)
            if isSafe {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += "%" + hexDigits[Int(byte >> 4)] + hexDigits[Int(byte & 0x0F)]
            }
        }
        guard result.utf8.count > maximumComponentLength else { return result }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a, 64 bits: stable across runs and platforms
        for byte in resourceID.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0100_0000_01b3
        }
        let digits = String(hash, radix: 16, uppercase: true)
        let hex = String(repeating: "0", count: 16 - digits.count) + digits
        return String(result.prefix(maximumComponentLength - 17)) + "~" + hex
    }

    /// The longest escaped resource id kept whole; with `.error.json` a file name stays under 255 bytes.
    public static let maximumComponentLength = 200

    /// Reverses ``escape(resourceID:)``; `nil` when `component` is not a valid escaped id or was
    /// shortened because it was too long.
    public static func unescape(_ component: String) -> String? {
        if component == "%" { return "" }
        if component.contains("~") { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(component.utf8.count)
        var iterator = component.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == 0x25 else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(ASCII.hexValue), let low = iterator.next().flatMap(ASCII.hexValue)
            else {
                return nil
            }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static let hexDigits = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "A", "B", "C", "D", "E", "F"]
}
