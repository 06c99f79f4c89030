import BulwarkControls
import BulwarkModels
import Foundation

// Practices: password policy, MFA for console users, credential rotation and unused credentials.

extension BuiltInControls {
    /// The shortest password the policy must require.
    static let minimumPasswordLength = Parameter("minimumPasswordLength", default: 14, "Shortest password IAM accepts")
    /// How many previous passwords the policy must remember.
    static let passwordReuse = Parameter(
        "passwordReusePrevention",
        default: 24,
        "Previous passwords users cannot reuse"
    )

    /// IAM-005: the password policy requires long, unreused passwords.
    static let passwordLengthAndReuse: Control = Control(
        id: "IAM-005",
        title: "The IAM password policy requires passwords of 14+ characters and prevents reuse of the last 24",
        domain: .identityAndAccess,
        severity: .medium,
        references: [.cis5("1.7"), .cis5("1.8"), .cis7("2.8"), .cis7("2.9"), .fsbp("IAM.15"), .fsbp("IAM.16")],
        rationale: "Practice: password policy. Long passwords resist guessing and a reuse history stops users "
            + "cycling back to a leaked password.",
        remediation: Remediation(
            "Set the account password policy's minimum length and reuse prevention.",
            cli: "aws iam update-account-password-policy --minimum-password-length 14 --password-reuse-prevention 24",
            console: "IAM › Account settings › Password policy › Edit"
        ),
        parameters: [minimumPasswordLength, passwordReuse]
    ) { context in
        expect(
            context.snapshot.iam.passwordPolicy,
            "the account has no password policy, or it allows passwords "
                + "shorter than \(context[minimumPasswordLength]) characters"
        ) {
            ($0.minimumPasswordLength ?? 0) >= context[minimumPasswordLength]
        }
        expect(
            context.snapshot.iam.passwordPolicy,
            "the password policy remembers fewer than "
                + "\(context[passwordReuse]) previous passwords"
        ) {
            ($0.passwordReusePrevention ?? 0) >= context[passwordReuse]
        }
    }

    /// IAM-024: the password policy requires every character class and expiry.
    static let passwordComplexity: Control = Control(
        id: "IAM-024",
        title: "The IAM password policy requires upper case, lower case, numbers and symbols",
        domain: .identityAndAccess,
        severity: .medium,
        references: [.fsbp("IAM.7")],
        rationale: "Practice: password policy. Requiring every character class enlarges the space an attacker "
            + "has to guess.",
        remediation: Remediation(
            "Require every character class in the password policy.",
            cli: "aws iam update-account-password-policy --require-uppercase-characters --require-lowercase-characters "
                + "--require-numbers --require-symbols --minimum-password-length 14",
            console: "IAM › Account settings › Password policy › Edit"
        )
    ) { context in
        expect(context.snapshot.iam.passwordPolicy, "the password policy does not require every character class") {
            $0.requireUppercaseCharacters && $0.requireLowercaseCharacters && $0.requireNumbers && $0.requireSymbols
        }
    }

    /// The credential report row of `user`, or `unknown` when the report cannot say.
    static func withReportRow(
        _ user: IAMUser,
        in iam: IAMResources,
        fileID: String = #fileID,
        line: Int = #line,
        @CheckBuilder _ body: (CredentialReportRow) -> [Check]
    ) -> [Check] {
        withCredentialReport(iam, fileID: fileID, line: line) { report in
            guard let row = report.row(forUser: user.userName) else {
                let message = "the credential report has no row for \(user.userName)"
                return [unknown(code: Unreadable.notCollected.rawValue, message, fileID: fileID, line: line)]
            }
            return body(row)
        }
    }

    /// IAM-007: every console user has MFA.
    static let consoleUserMFA: Control = Control(
        id: "IAM-007",
        title: "Every IAM user with a console password has MFA",
        domain: .identityAndAccess,
        severity: .medium,
        references: [.cis5("1.9"), .cis7("2.10"), .fsbp("IAM.5")],
        rationale: "Practice: MFA for console users. A console password without a second factor falls to phishing "
            + "and credential stuffing.",
        remediation: Remediation(
            "Assign an MFA device to the user, or remove its console password.",
            cli: "aws iam delete-login-profile --user-name <user>",
            console: "IAM › Users › <user> › Security credentials › Assign MFA device"
        ),
        over: \.iam.users
    ) { user, context in
        withReportRow(user, in: context.snapshot.iam) { row in
            if let enabled = row.passwordEnabled {
                expect(!enabled || row.mfaActive, "\(user.userName) can sign in to the console without MFA")
            } else {
                unknown(
                    code: Unreadable.notCollected.rawValue,
                    "the credential report does not say whether \(user.userName) has a password"
                )
            }
        }
    }

    /// Days after which an unused credential must be disabled.
    static let unusedCredentialDays = Parameter(
        "unusedCredentialDays",
        default: 45,
        "Days without use before a credential must be disabled"
    )

    /// IAM-008: credentials unused for 45 days are disabled.
    static let unusedCredentials: Control = Control(
        id: "IAM-008",
        title: "IAM user credentials unused for 45 days or more are disabled",
        domain: .identityAndAccess,
        severity: .medium,
        references: [.cis5("1.11"), .cis7("2.11"), .fsbp("IAM.22")],
        rationale: "Practice: unused credentials. A password or key nobody uses is one nobody would notice being "
            + "used by someone else.",
        remediation: Remediation(
            "Deactivate the unused access key, or remove the unused console password.",
            cli: "aws iam update-access-key --user-name <user> --access-key-id <key> --status Inactive",
            console: "IAM › Users › <user> › Security credentials"
        ),
        parameters: [unusedCredentialDays],
        over: \.iam.users
    ) { user, context in
        let limit = Double(context[unusedCredentialDays]) * 86_400
        withReportRow(user, in: context.snapshot.iam) { row in
            if row.passwordEnabled == true {
                let since = row.passwordLastUsed ?? row.passwordLastChanged ?? row.userCreationTime
                expect(
                    since.map { context.now.timeIntervalSince($0) < limit } ?? false,
                    "\(user.userName)'s console password has not been used for \(context[unusedCredentialDays]) days"
                )
            }
            if row.accessKey1Active {
                let since = row.accessKey1LastUsedDate ?? row.accessKey1LastRotated
                expect(
                    since.map { context.now.timeIntervalSince($0) < limit } ?? false,
                    "\(user.userName)'s access key 1 has not been used for \(context[unusedCredentialDays]) days"
                )
            }
            if row.accessKey2Active {
                let since = row.accessKey2LastUsedDate ?? row.accessKey2LastRotated
                expect(
                    since.map { context.now.timeIntervalSince($0) < limit } ?? false,
                    "\(user.userName)'s access key 2 has not been used for \(context[unusedCredentialDays]) days"
                )
            }
            pass()
        }
    }

    /// Days within which an active access key must have been rotated.
    static let maximumKeyAge = Parameter(
        "maximumAccessKeyAgeDays",
        default: 90,
        "Days before an access key must be rotated"
    )

    /// IAM-009: active access keys are rotated within 90 days.
    static let accessKeyRotation: Control = Control(
        id: "IAM-009",
        title: "Active access keys are rotated within 90 days",
        domain: .identityAndAccess,
        severity: .medium,
        references: [.cis5("1.13"), .cis7("2.12"), .fsbp("IAM.3")],
        rationale: "Practice: credential rotation. A key that lives for years has had years to leak.",
        remediation: Remediation(
            "Create a new access key, move its users to it, then deactivate and delete the old one.",
            cli: "aws iam create-access-key --user-name <user> && aws iam update-access-key --user-name <user> "
                + "--access-key-id <old-key> --status Inactive",
            console: "IAM › Users › <user> › Security credentials › Access keys"
        ),
        parameters: [maximumKeyAge],
        over: \.iam.users
    ) { user, context in
        ifConfigured(user.accessKeys) { keys in
            for key in keys where key.status == .active {
                if let created = key.createDate {
                    expect(
                        context.now.timeIntervalSince(created) <= Double(context[maximumKeyAge]) * 86_400,
                        "\(user.userName)'s access key \(key.accessKeyID) is older than \(context[maximumKeyAge]) days",
                        evidence: ["createDate": .string("\(created)")]
                    )
                } else {
                    unknown(
                        code: Unreadable.notCollected.rawValue,
                        "the creation date of \(key.accessKeyID) is missing"
                    )
                }
            }
        }
        pass()
    }

    /// IAM-010: at most one active access key per user.
    static let singleActiveKey: Control = Control(
        id: "IAM-010",
        title: "Each IAM user has at most one active access key",
        domain: .identityAndAccess,
        severity: .medium,
        references: [.cis5("1.12")],
        rationale: "Practice: credential rotation. Two long-lived keys double the exposure; a second key should "
            + "exist only during a rotation.",
        remediation: Remediation(
            "Deactivate the key that is no longer needed.",
            cli: "aws iam update-access-key --user-name <user> --access-key-id <key> --status Inactive"
        ),
        over: \.iam.users
    ) { user, _ in
        ifConfigured(user.accessKeys) { keys in
            expect(
                keys.filter { $0.status == .active }.count <= 1,
                "\(user.userName) has more than one active access key"
            )
        }
        pass()
    }
}
