import BulwarkIAM
public import Foundation

/// The IAM credential report (from `iam get-credential-report`): one row per user plus the root user.
public struct CredentialReport: Sendable, Hashable {
    /// When AWS generated the report.
    public var generatedTime: Date?
    /// The rows, in report order; the root user's row has ``CredentialReportRow/isRoot`` set.
    public var rows: [CredentialReportRow]

    /// Creates a credential report.
    public init(generatedTime: Date? = nil, rows: [CredentialReportRow]) {
        self.generatedTime = generatedTime
        self.rows = rows
    }

    /// The root user's row, if the report has one (moto's reports do not).
    public var rootRow: CredentialReportRow? { rows.first { $0.isRoot } }

    /// The rows of IAM users (every row but the root user's).
    public var userRows: [CredentialReportRow] { rows.filter { !$0.isRoot } }

    /// The row of the user named `name`.
    public func row(forUser name: String) -> CredentialReportRow? { rows.first { $0.user == name } }
}

extension CredentialReport: Decodable {
    private enum CodingKeys: String, CodingKey {
        case content = "Content"
        case generatedTime = "GeneratedTime"
    }

    /// Decodes the CLI's `{"Content": "<base64 CSV>", "GeneratedTime": …}` and parses the CSV.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        generatedTime = try container.decodeIfPresent(Date.self, forKey: .generatedTime)
        let content = try container.decode(String.self, forKey: .content)
        guard let data = Data(base64Encoded: content, options: .ignoreUnknownCharacters),
            let csv = String(data: data, encoding: .utf8)
        else {
            throw DecodingError.dataCorruptedError(
                forKey: .content,
                in: container,
                debugDescription: "Content is not base64-encoded UTF-8 text"
            )
        }
        do {
            rows = try CredentialReportCSV.parse(csv)
        } catch {
            throw DecodingError.dataCorruptedError(forKey: .content, in: container, debugDescription: error.message)
        }
    }
}

/// Parses the credential report's CSV by column name, so column order and added columns do not matter.
enum CredentialReportCSV {
    /// A problem in the CSV, with its line.
    struct Problem: Error {
        var message: String
    }

    static func parse(_ text: String) throws(Problem) -> [CredentialReportRow] {
        let lines = text.split(omittingEmptySubsequences: true) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        guard let headerLine = lines.first else { throw Problem(message: "the credential report CSV is empty") }
        let header = splitFields(headerLine)
        var column: [String: Int] = [:]
        for (index, name) in header.enumerated() { column[name] = index }
        guard let userColumn = column["user"], let arnColumn = column["arn"] else {
            throw Problem(message: "the credential report CSV has no 'user' and 'arn' columns")
        }
        var rows: [CredentialReportRow] = []
        for (number, line) in lines.dropFirst().enumerated() {
            let fields = splitFields(line)
            guard fields.count == header.count else {
                throw Problem(
                    message:
                        "credential report line \(number + 2) has \(fields.count) fields, the header has \(header.count)"
                )
            }
            func text(_ name: String) -> String? {
                guard let index = column[name] else { return nil }
                let value = fields[index]
                switch value {
                case "", "N/A", "no_information", "not_supported", "not-supported": return nil
                default: return value
                }
            }
            func date(_ name: String) -> Date? { text(name).flatMap(AWSTimestamp.parse) }
            func flag(_ name: String) -> Bool? { text(name).map { $0.lowercased() == "true" } }
            let arn: ARN
            do {
                arn = try ARN(parsing: fields[arnColumn])
            } catch {
                throw Problem(message: "credential report line \(number + 2): the arn column is not an ARN (\(error))")
            }
            rows.append(
                CredentialReportRow(
                    user: fields[userColumn],
                    arn: arn,
                    userCreationTime: date("user_creation_time"),
                    passwordEnabled: flag("password_enabled"),
                    passwordLastUsed: date("password_last_used"),
                    passwordLastChanged: date("password_last_changed"),
                    passwordNextRotation: date("password_next_rotation"),
                    mfaActive: flag("mfa_active") ?? false,
                    accessKey1Active: flag("access_key_1_active") ?? false,
                    accessKey1LastRotated: date("access_key_1_last_rotated"),
                    accessKey1LastUsedDate: date("access_key_1_last_used_date"),
                    accessKey1LastUsedRegion: text("access_key_1_last_used_region"),
                    accessKey1LastUsedService: text("access_key_1_last_used_service"),
                    accessKey2Active: flag("access_key_2_active") ?? false,
                    accessKey2LastRotated: date("access_key_2_last_rotated"),
                    accessKey2LastUsedDate: date("access_key_2_last_used_date"),
                    accessKey2LastUsedRegion: text("access_key_2_last_used_region"),
                    accessKey2LastUsedService: text("access_key_2_last_used_service"),
                    cert1Active: flag("cert_1_active") ?? false,
                    cert1LastRotated: date("cert_1_last_rotated"),
                    cert2Active: flag("cert_2_active") ?? false,
                    cert2LastRotated: date("cert_2_last_rotated")
                )
            )
        }
        return rows
    }

    /// Splits one CSV line in linear time.
    ///
    /// Fields may be quoted with `"`, and a doubled `""` inside quotes is a quote.
    private static func splitFields(_ line: Substring) -> [String] {
        var fields: [String] = []
        var current = ""
        var inQuotes = false
        var justClosedQuote = false
        for character in line {
            if inQuotes {
                if character == "\"" {
                    inQuotes = false
                    justClosedQuote = true
                } else {
                    current.append(character)
                }
                continue
            }
            if character == "\"" {
                if justClosedQuote { current.append("\"") }
                inQuotes = true
            } else if character == "," {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
            justClosedQuote = false
        }
        fields.append(current)
        return fields
    }
}
