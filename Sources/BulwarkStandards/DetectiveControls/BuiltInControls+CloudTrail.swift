import BulwarkControls
import BulwarkIAM
import BulwarkModels
import Foundation

// Practice: CloudTrail — multi-region, management and data events, validation, KMS, CloudWatch Logs.

extension BuiltInControls {
    /// Checks that at least one trail satisfies `qualifies`: pass when one does, unknown when none does
    /// but some trail or region could not be read, fail otherwise.
    static func someTrail(
        _ snapshot: AccountSnapshot,
        _ message: String,
        fileID: String = #fileID,
        line: Int = #line,
        qualifies: (Trail) -> Observed<Bool>
    ) -> Check {
        let (trails, unreadable) = snapshot.distinctTrails
        var firstUnknown = unreadable.first
        for trail in trails where trail.isMultiRegionTrail {
            let logging = trail.status.map(\.isLogging)
            switch (logging, qualifies(trail)) {
            case (.value(true), .value(true)): return pass(fileID: fileID, line: line)
            case (.unknown(let reason), _), (_, .unknown(let reason)): firstUnknown = firstUnknown ?? reason
            default: continue
            }
        }
        if let firstUnknown { return unknown(firstUnknown, fileID: fileID, line: line) }
        return fail(message, fileID: fileID, line: line)
    }

    /// Trail checks apply to a trail once, in its home region.
    static func inHomeRegion(_ trail: Trail, _ context: ControlContext, @CheckBuilder _ body: () -> [Check]) -> [Check]
    {
        if let home = trail.homeRegion, home.rawValue != context.region {
            return [notApplicable("a copy of a trail whose home region is \(home)")]
        }
        return body()
    }

    /// DET-001: a multi-region trail logs every management event.
    static let multiRegionTrail: Control = Control(
        id: "DET-001",
        title: "A multi-region CloudTrail trail is logging all read and write management events",
        domain: .detectiveControls,
        severity: .high,
        references: [.cis5("3.1"), .cis7("4.1"), .fsbp("CloudTrail.1")],
        rationale: "Practice: CloudTrail multi-region with management events. Without it, API activity in "
            + "unused regions (a favourite of attackers) is not recorded.",
        remediation: Remediation(
            "Create a multi-region trail that logs all management events and start logging.",
            cli: "aws cloudtrail create-trail --name org-trail --s3-bucket-name <bucket> --is-multi-region-trail && "
                + "aws cloudtrail start-logging --name org-trail"
        )
    ) { context in
        someTrail(context.snapshot, "no multi-region trail is logging all read and write management events") {
            $0.logsAllManagementEvents
        }
    }

    /// DET-007: a multi-region trail logs S3 object-level reads and writes.
    static let s3DataEvents = Control(
        id: "DET-007",
        title: "A multi-region trail logs S3 object-level read and write data events",
        domain: .detectiveControls,
        severity: .medium,
        references: [.cis5("3.8"), .cis5("3.9"), .cis7("4.8"), .cis7("4.9")],
        rationale: "Practice: CloudTrail data events. Management events do not show who read or wrote which "
            + "object; data events do.",
        remediation: Remediation(
            "Add an S3 data-event selector for all buckets to a multi-region trail.",
            cli: "aws cloudtrail put-event-selectors --trail-name <trail> --event-selectors "
                + "'[{\"ReadWriteType\":\"All\",\"IncludeManagementEvents\":true,"
                + "\"DataResources\":[{\"Type\":\"AWS::S3::Object\",\"Values\":[\"arn:aws:s3\"]}]}]'"
        )
    ) { context in
        someTrail(context.snapshot, "no multi-region trail logs S3 object-level read and write events") {
            $0.logsAllS3DataEvents
        }
    }

    /// DET-002: trails validate their log files.
    static let trailValidation: Control = Control(
        id: "DET-002",
        title: "CloudTrail log file validation is enabled",
        domain: .detectiveControls,
        severity: .low,
        references: [.cis5("3.2"), .cis7("4.2"), .fsbp("CloudTrail.4")],
        rationale: "Practice: CloudTrail validation. Digest files prove that delivered logs were not altered "
            + "or deleted.",
        remediation: Remediation(
            "Enable log file validation.",
            cli: "aws cloudtrail update-trail --name <trail> --enable-log-file-validation"
        ),
        over: \.cloudTrail.trails
    ) { trail, context in
        inHomeRegion(trail, context) {
            expect(trail.logFileValidationEnabled, "\(trail.name) does not validate its log files")
        }
    }

    /// DET-003: trails encrypt with KMS.
    static let trailEncryption: Control = Control(
        id: "DET-003",
        title: "CloudTrail logs are encrypted with a KMS key",
        domain: .detectiveControls,
        severity: .medium,
        references: [.cis5("3.5"), .cis7("4.5"), .fsbp("CloudTrail.2")],
        rationale: "Practice: CloudTrail KMS and encryption at rest. SSE-KMS adds a key policy between "
            + "readers of the log bucket and the log content.",
        remediation: Remediation(
            "Set a KMS key on the trail.",
            cli: "aws cloudtrail update-trail --name <trail> --kms-key-id <key-arn>"
        ),
        over: \.cloudTrail.trails
    ) { trail, context in
        inHomeRegion(trail, context) {
            expect(trail.kmsKeyID != nil, "\(trail.name) does not encrypt its logs with a KMS key")
        }
    }

    /// Hours within which a trail must have delivered to CloudWatch Logs.
    static let deliveryWindow = Parameter(
        "deliveryWindowHours",
        default: 24,
        "Hours since the last CloudWatch Logs delivery"
    )

    /// DET-019: trails deliver to CloudWatch Logs.
    static let trailCloudWatchLogs: Control = Control(
        id: "DET-019",
        title: "CloudTrail trails deliver to CloudWatch Logs, with a delivery in the last 24 hours",
        domain: .detectiveControls,
        severity: .low,
        references: [.fsbp("CloudTrail.5")],
        rationale: "Practice: CloudTrail CloudWatch Logs integration. Metric filters and alarms can only watch "
            + "events that reach CloudWatch Logs.",
        remediation: Remediation(
            "Send the trail to a CloudWatch Logs group.",
            cli: "aws cloudtrail update-trail --name <trail> --cloud-watch-logs-log-group-arn <group-arn> "
                + "--cloud-watch-logs-role-arn <role-arn>"
        ),
        parameters: [deliveryWindow],
        over: \.cloudTrail.trails
    ) { trail, context in
        inHomeRegion(trail, context) {
            if trail.cloudWatchLogsLogGroupARN == nil {
                fail("\(trail.name) does not deliver to CloudWatch Logs")
            } else {
                expect(
                    trail.status,
                    "\(trail.name) has not delivered to CloudWatch Logs in \(context[deliveryWindow]) hours"
                ) {
                    guard let last = $0.latestCloudWatchLogsDeliveryTime else { return false }
                    return context.now.timeIntervalSince(last) <= Double(context[deliveryWindow]) * 3_600
                }
            }
        }
    }
}
