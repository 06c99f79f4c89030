import BulwarkControls
import BulwarkModels
import Foundation

// Practice: no root use, no root access keys, root MFA (identity and access).

extension BuiltInControls {
    /// The credential report, or `unknown` when it could not be read or was not collected.
    static func withCredentialReport(
        _ iam: IAMResources,
        fileID: String = #fileID,
        line: Int = #line,
        _ body: (CredentialReport) -> [Check]
    ) -> [Check] {
        switch iam.credentialReport {
        case .unknown(let reason):
            return [unknown(reason, fileID: fileID, line: line)]
        case .notConfigured:
            let message = "the credential report is not in the snapshot"
            return [unknown(code: Unreadable.notCollected.rawValue, message, fileID: fileID, line: line)]
        case .value(let report):
            return body(report)
        }
    }

    /// The root user's row of the credential report, or `unknown` when the report could not be read
    /// or has no root row (some emulators and partitions omit it): root controls are never silently missing.
    static func withRootRow(
        _ iam: IAMResources,
        fileID: String = #fileID,
        line: Int = #line,
        @CheckBuilder _ body: (CredentialReportRow) -> [Check]
    ) -> [Check] {
        withCredentialReport(iam, fileID: fileID, line: line) { report in
            guard let row = report.rootRow else {
                let message = "the credential report has no <root_account> row"
                return [unknown(code: "NoRootRow", message, fileID: fileID, line: line)]
            }
            return body(row)
        }
    }

    /// IAM-001: the root user has no access keys.
    static let rootAccessKeys: Control = Control(
        id: "IAM-001",
        title: "The root user has no access keys",
        domain: .identityAndAccess,
        severity: .critical,
        references: [.cis5("1.3"), .cis7("2.4"), .fsbp("IAM.4")],
        rationale: "Practice: no root access keys. Root access keys give unrestricted, unconditionable access to the "
            + "whole account; a leaked key cannot be limited by any policy.",
        remediation: Remediation(
            "Sign in as the root user and delete its access keys.",
            console: "Account menu › Security credentials › Access keys › Delete"
        )
    ) { context in
        let present = context.snapshot.iam.accountSummary.valueIfPresent?.accountAccessKeysPresent
        if let present {
            expect(!present, "the root user has access keys (AccountAccessKeysPresent = 1)")
        } else {
            withRootRow(context.snapshot.iam) { row in
                expect(!row.hasActiveAccessKey, "the root user has an active access key")
            }
        }
    }

    /// IAM-002: the root user has MFA.
    static let rootMFA: Control = Control(
        id: "IAM-002",
        title: "The root user has MFA enabled",
        domain: .identityAndAccess,
        severity: .critical,
        references: [.cis5("1.4"), .cis7("2.5"), .fsbp("IAM.9")],
        rationale: "Practice: root MFA. A root password alone is one phishing away from full control of the account.",
        remediation: Remediation(
            "Sign in as the root user and assign an MFA device.",
            console: "Account menu › Security credentials › Multi-factor authentication › Assign MFA device"
        )
    ) { context in
        let enabled = context.snapshot.iam.accountSummary.valueIfPresent?.accountMFAEnabled
        if let enabled {
            expect(enabled, "the root user has no MFA device (AccountMFAEnabled = 0)")
        } else {
            withRootRow(context.snapshot.iam) { row in
                expect(row.mfaActive, "the root user has no MFA device")
            }
        }
    }

    /// IAM-003: the root user's MFA is a hardware device.
    static let rootHardwareMFA: Control = Control(
        id: "IAM-003",
        title: "The root user's MFA is a hardware device",
        domain: .identityAndAccess,
        severity: .critical,
        references: [.cis5("1.5"), .cis7("2.6"), .fsbp("IAM.6")],
        rationale: "Practice: root MFA. A virtual MFA device lives on a phone or laptop that can itself be "
            + "compromised; a hardware key keeps the root factor offline.",
        remediation: Remediation(
            "Replace the root user's virtual MFA device with a hardware TOTP token or FIDO security key.",
            console: "Account menu › Security credentials › Multi-factor authentication"
        )
    ) { context in
        let iam = context.snapshot.iam
        require(
            iam.accountSummary.flatMap { summary -> Observed<Bool> in
                guard let enabled = summary.accountMFAEnabled else { return .notConfigured }
                return .value(enabled)
            },
            "the account summary does not say whether the root user has MFA"
        ) { enabled in
            if enabled {
                expect(iam.virtualMFADevices, "the root user's MFA device is virtual") { devices in
                    !devices.contains { $0.isAssignedToRoot }
                }
            } else {
                fail("the root user has no MFA device at all")
            }
        }
    }

    /// How recently the root user may have been used, in days.
    static let rootUsageWindow = Parameter(
        "rootUsageWindowDays",
        default: 90,
        "Days within which any root sign-in or root access-key use fails the control"
    )

    /// IAM-004: the root user has not been used recently.
    static let rootUsage: Control = Control(
        id: "IAM-004",
        title: "The root user has not been used recently",
        domain: .identityAndAccess,
        severity: .high,
        references: [.cis5("1.6"), .cis7("2.7")],
        rationale: "Practice: no root use. Daily work as root bypasses every permission boundary and leaves no "
            + "per-person audit trail; use IAM Identity Center users or roles instead.",
        remediation: Remediation(
            "Stop using the root user for everyday tasks; create administrators in IAM Identity Center and keep "
                + "the root credentials locked away.",
            cli: "aws iam generate-credential-report && aws iam get-credential-report",
            console: "IAM › Credential report"
        ),
        parameters: [rootUsageWindow]
    ) { context in
        let window = Double(context[rootUsageWindow]) * 86_400
        withRootRow(context.snapshot.iam) { row in
            let uses = [row.passwordLastUsed, row.accessKey1LastUsedDate, row.accessKey2LastUsedDate].compactMap { $0 }
            let recent = uses.filter { context.now.timeIntervalSince($0) < window }
            expect(
                recent.isEmpty,
                "the root user was used \(recent.count) time(s) in the last \(context[rootUsageWindow]) days",
                evidence: ["lastUsed": .string(recent.map { "\($0)" }.joined(separator: ", "))]
            )
        }
    }
}
