import BulwarkModels
import Foundation
import Testing

/// Timestamps as the AWS CLI prints them, and the credential report's CSV.
@Suite struct ParsingTests {
    @Test(arguments: [
        ("2024-01-15T10:00:00Z", 1_705_312_800.0),
        ("2024-01-15T10:00:00+00:00", 1_705_312_800.0),
        ("2024-01-15T10:00:00.500Z", 1_705_312_800.5),
        ("2024-01-15T12:00:00+02:00", 1_705_312_800.0),
        ("2024-01-15T10:00:00.000+0000", 1_705_312_800.0),  // Lambda's LastModified
        ("2024-01-15 10:00:00+00:00", 1_705_312_800.0),
        ("2024-01-15", 1_705_276_800.0),
        ("2024-01-15T10:00:00Z  ", 1_705_312_800.0),  // padded CSV field
        ("2024-01-15T10:00:00-0500", 1_705_330_800.0),
    ])
    func timestamp(_ text: String, _ seconds: Double) {
        #expect(AWSTimestamp.parse(text) == Date(timeIntervalSince1970: seconds))
    }

    @Test(arguments: [
        "", "N/A", "no_information", "2024-13-01T00:00:00Z", "2024-01-15T25:00:00Z", "2024-01-15T10:00:00Zjunk",
        "2024-02-30",
    ])
    func notATimestamp(_ text: String) {
        #expect(AWSTimestamp.parse(text) == nil)
    }

    @Test func credentialReportColumnsAreReadByName() async throws {
        // Column order is not guaranteed; quoted fields with commas and doubled quotes are CSV.
        let csv = #"""
            arn,user,mfa_active,password_enabled,access_key_1_active
            arn:aws:iam::123456789012:root,<root_account>,true,not_supported,false
            arn:aws:iam::123456789012:user/x,"x,""y""",false,true,true
            """#
        let content = Data(csv.utf8).base64EncodedString()
        let snapshot = try await TemporarySnapshot([
            "global/iam/get-credential-report.json": #"{"Content": "\#(content)"}"#
        ])
        .load()
        let report = try #require(snapshot.iam.credentialReport.valueIfPresent)
        #expect(report.rootRow?.mfaActive == true)
        #expect(report.rootRow?.passwordEnabled == nil)
        #expect(report.userRows.map(\.user) == ["x,\"y\""])
        #expect(report.userRows.first?.hasActiveAccessKey == true)
    }
}
