import BulwarkIAM
public import Foundation

/// A suppressions file (a mutelist): entries that mark accepted findings as suppressed.
///
/// ```json
/// {"suppressions": [{"control": "S3.*", "resource": "arn:aws:s3:::public-site*", "region": "*",
///   "account": "*", "tags": {"env": "dev"}, "reason": "static website", "expires": "2027-06-30"}]}
/// ```
///
/// Entries mute failing and unknown findings (the ones that ask for attention). Suppressed findings
/// stay in every report, marked with the entry's reason. An entry past its expiry date suppresses
/// nothing and is reported; so is an entry that matched no finding.
public struct SuppressionList: Sendable, Hashable {
    /// The entries, in file order.
    public var entries: [Suppression]

    /// Creates a list.
    public init(_ entries: [Suppression]) { self.entries = entries }

    /// Reads a suppressions file.
    ///
    /// - Throws: ``ScanInputError`` naming the file and JSON path of what is wrong.
    public static func load(from url: URL) throws(ScanInputError) -> SuppressionList {
        let bytes: Data
        do {
            bytes = try Data(contentsOf: url)
        } catch {
            throw ScanInputError(
                file: url.path,
                message: "cannot read the file: \(error.localizedDescription)",
                fix: "Check the path and its permissions"
            )
        }
        return try parse(Array(bytes), file: url.path)
    }

    /// Parses suppressions JSON; `file` names it in errors.
    public static func parse(_ bytes: [UInt8], file: String) throws(ScanInputError) -> SuppressionList {
        let reader = JSONFieldReader(file: file)
        let root = try reader.object(try reader.parse(bytes), .root)
        guard let list = root["suppressions"] else {
            throw ScanInputError(
                file: file,
                location: root.location,
                message: "missing member \"suppressions\"",
                fix: "Write {\"suppressions\": [ … ]}"
            )
        }
        var entries: [Suppression] = []
        let listPath = JSONPath(["suppressions"])
        for (index, node) in try reader.array(list, listPath).enumerated() {
            entries.append(try entry(node, listPath.appending(index: index), reader))
        }
        return SuppressionList(entries)
    }

    private static let knownKeys: Set<String> = [
        "control", "resource", "region", "account", "tags", "reason", "expires",
    ]

    private static func entry(_ node: LocatedJSON, _ path: JSONPath, _ reader: JSONFieldReader) throws(ScanInputError)
        -> Suppression
    {
        let object = try reader.object(node, path)
        for member in object.members ?? [] where !knownKeys.contains(member.key) {
            throw ScanInputError(
                file: reader.file,
                path: path.appending(key: member.key),
                location: member.keyLocation,
                message: "unknown member \"\(member.key)\"",
                fix: "Use only control, resource, region, account, tags, reason and expires"
            )
        }
        guard let reasonNode = object["reason"], case .string(let reason) = reasonNode.value,
            !reason.trimmingCharacters(in: .whitespaces).isEmpty
        else {
            throw ScanInputError(
                file: reader.file,
                path: path.appending(key: "reason"),
                location: object["reason"]?.location ?? object.location,
                message: "every suppression needs a non-empty \"reason\" string",
                fix: "Say why these findings are acceptable"
            )
        }
        var tags: [String: String] = [:]
        if let tagsNode = object["tags"] {
            let tagsPath = path.appending(key: "tags")
            for member in try reader.object(tagsNode, tagsPath).members ?? [] {
                tags[member.key] = try reader.string(member.value, tagsPath.appending(key: member.key))
            }
        }
        let expires = try reader.optionalString(object, "expires", path)
        if let expires, SuppressionList.endOfDay(expires) == nil {
            throw ScanInputError(
                file: reader.file,
                path: path.appending(key: "expires"),
                location: object["expires"]?.location,
                message: "\"\(expires)\" is not a date",
                fix: "Write the last day the suppression applies as YYYY-MM-DD"
            )
        }
        return Suppression(
            control: try reader.optionalString(object, "control", path),
            resource: try reader.optionalString(object, "resource", path),
            region: try reader.optionalString(object, "region", path),
            account: try reader.optionalString(object, "account", path),
            tags: tags,
            reason: reason,
            expires: expires
        )
    }

    /// The first instant after the day `text` (`YYYY-MM-DD`, UTC), or `nil` when it is not a real date.
    static func endOfDay(_ text: String) -> Date? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        let components = DateComponents(year: year, month: month, day: day)
        guard components.isValidDate(in: calendar), let start = calendar.date(from: components) else { return nil }
        return calendar.date(byAdding: .day, value: 1, to: start)
    }
}
