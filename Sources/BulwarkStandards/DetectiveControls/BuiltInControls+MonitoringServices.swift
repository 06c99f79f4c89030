import BulwarkControls
import BulwarkModels

// Practices: Config recorders in every region, GuardDuty (+ protection plans), Security Hub
// (+ standards), Inspector, VPC flow logs.

extension BuiltInControls {
    /// DET-008: Config records every resource in every region.
    static let configRecorder: Control = Control(
        id: "DET-008",
        title: "AWS Config records all resource types and is running in every region",
        domain: .detectiveControls,
        severity: .medium,
        references: [.cis5("3.3"), .cis7("4.3"), .fsbp("Config.1")],
        rationale: "Practice: Config recorders in every region. Config is the history of every resource's "
            + "configuration; a region without a recorder has none.",
        remediation: Remediation(
            "Create a recorder for all supported resource types and start it.",
            cli: "aws configservice put-configuration-recorder --configuration-recorder name=default,roleARN=<role> "
                + "--recording-group allSupported=true,includeGlobalResourceTypes=true && "
                + "aws configservice start-configuration-recorder --configuration-recorder-name default"
        ),
        in: .everyRegion
    ) { region, _ in
        require(region.config.recorders.nonEmpty, "no Config recorder in \(region.name)") { recorders in
            for recorder in recorders {
                expect(
                    recorder.recordingGroup?.allSupported == true,
                    "\(recorder.name) does not record all resource types"
                )
                expect(recorder.status, "\(recorder.name) is not recording") { $0.recording }
            }
        }
    }

    /// DET-009: GuardDuty is enabled in every region.
    static let guardDutyEnabled: Control = Control(
        id: "DET-009",
        title: "GuardDuty is enabled in every region",
        domain: .detectiveControls,
        severity: .high,
        references: [.fsbp("GuardDuty.1")],
        rationale: "Practice: GuardDuty. Threat detection on CloudTrail, VPC flow and DNS logs is regional.",
        remediation: Remediation(
            "Create a GuardDuty detector in the region.",
            cli: "aws guardduty create-detector --enable --region <region>"
        ),
        in: .everyRegion
    ) { region, _ in
        withDetectors(region) { detectors in
            expect(detectors.contains { $0.isEnabled }, "GuardDuty is not enabled in \(region.name)")
        }
    }

    /// The GuardDuty protection plans that must be on.
    static let guardDutyFeatures = Parameter(
        "requiredFeatures",
        default: [
            "S3_DATA_EVENTS", "EKS_AUDIT_LOGS", "EBS_MALWARE_PROTECTION", "RDS_LOGIN_EVENTS", "LAMBDA_NETWORK_LOGS",
            "RUNTIME_MONITORING",
        ],
        "GuardDuty detector features (protection plans) that must be ENABLED"
    )

    /// DET-010: GuardDuty protection plans are on.
    static let guardDutyProtectionPlans: Control = Control(
        id: "DET-010",
        title: "GuardDuty protection plans (S3, EKS, malware, RDS, Lambda, runtime) are enabled",
        domain: .detectiveControls,
        severity: .high,
        references: [
            "GuardDuty.5", "GuardDuty.6", "GuardDuty.7", "GuardDuty.8", "GuardDuty.9", "GuardDuty.10",
            "GuardDuty.11", "GuardDuty.12", "GuardDuty.13",
        ]
        .map(Reference.fsbp),
        rationale: "Practice: GuardDuty protection plans. The base detector does not look at S3 data events, "
            + "EKS audit logs, malware on volumes, RDS logins, Lambda network activity or runtime behaviour.",
        remediation: Remediation(
            "Enable the missing features on the detector.",
            cli: "aws guardduty update-detector --detector-id <id> --features Name=S3_DATA_EVENTS,Status=ENABLED"
        ),
        parameters: [guardDutyFeatures],
        in: .everyRegion
    ) { region, context in
        withDetectors(region) { detectors in
            if let detector = detectors.first(where: { $0.isEnabled }) {
                let missing = context[guardDutyFeatures].filter { detector.feature(named: $0)?.status != .enabled }
                expect(missing.isEmpty, "GuardDuty in \(region.name) lacks \(missing.joined(separator: ", "))")
            } else {
                fail("GuardDuty is not enabled in \(region.name)")
            }
        }
    }

    /// The region's GuardDuty detectors, or unknown when some could not be described and none is enabled.
    static func withDetectors(
        _ region: RegionSnapshot,
        fileID: String = #fileID,
        line: Int = #line,
        @CheckBuilder _ body: ([GuardDutyDetector]) -> [Check]
    ) -> [Check] {
        switch region.guardDuty.detectors {
        case .unknown(let reason): return [unknown(reason, fileID: fileID, line: line)]
        case .notConfigured: return body([])
        case .value(let list):
            if !list.values.contains(where: { $0.isEnabled }), let reason = list.unreadable.first {
                return [unknown(reason, fileID: fileID, line: line)]
            }
            return body(list.values)
        }
    }

    /// DET-011: Security Hub is enabled in every region.
    static let securityHubEnabled: Control = Control(
        id: "DET-011",
        title: "Security Hub is enabled in every region",
        domain: .detectiveControls,
        severity: .medium,
        references: [.cis5("4.16"), .cis7("5.16")],
        rationale: "Practice: Security Hub. It aggregates findings and runs the standards' checks continuously, "
            + "per region.",
        remediation: Remediation(
            "Enable Security Hub in the region.",
            cli: "aws securityhub enable-security-hub --region <region>"
        ),
        in: .everyRegion
    ) { region, _ in
        expect(region.securityHub.hub, "Security Hub is not enabled in \(region.name)") { _ in true }
    }

    /// The Security Hub standards that must be enabled, by a fragment of their ARN.
    static let requiredStandards = Parameter(
        "requiredStandards",
        default: ["aws-foundational-security-best-practices", "cis-aws-foundations-benchmark"],
        "Fragments of the ARNs of the Security Hub standards that must be enabled"
    )

    /// DET-016: Security Hub runs the FSBP and CIS standards.
    static let securityHubStandards: Control = Control(
        id: "DET-016",
        title: "Security Hub runs the FSBP and CIS AWS Foundations standards in every region",
        domain: .detectiveControls,
        severity: .medium,
        references: [
            .documentation("https://docs.aws.amazon.com/securityhub/latest/userguide/standards-reference.html")
        ],
        rationale: "Practice: Security Hub standards. A hub without standards only collects other services' "
            + "findings; the standards add continuous configuration checks.",
        remediation: Remediation(
            "Enable the missing standards.",
            cli: "aws securityhub batch-enable-standards --standards-subscription-requests "
                + "StandardsArn=arn:aws:securityhub:<region>::standards/aws-foundational-security-best-practices/v/1.0.0"
        ),
        parameters: [requiredStandards],
        in: .everyRegion
    ) { region, context in
        require(region.securityHub.hub, "Security Hub is not enabled in \(region.name)") { _ in
            expect(region.securityHub.enabledStandards.nonEmpty, "Security Hub in \(region.name) runs no standards") {
                subscriptions in
                context[requiredStandards]
                    .allSatisfy { fragment in
                        subscriptions.contains {
                            "\($0.standardsARN)".contains(fragment) && $0.standardsStatus != "FAILED"
                        }
                    }
            }
        }
    }

    /// The resource types Inspector must scan.
    static let inspectorResources = Parameter(
        "requiredResourceTypes",
        default: ["EC2", "ECR", "LAMBDA"],
        "Inspector resource types (EC2, ECR, LAMBDA, LAMBDA_CODE) that must be ENABLED"
    )

    /// DET-012: Inspector scans EC2, ECR and Lambda.
    static let inspectorEnabled: Control = Control(
        id: "DET-012",
        title: "Amazon Inspector scans EC2, ECR and Lambda in every region",
        domain: .detectiveControls,
        severity: .high,
        references: ["Inspector.1", "Inspector.2", "Inspector.3", "Inspector.4"].map(Reference.fsbp),
        rationale: "Practice: Inspector. Continuous vulnerability scanning finds exploitable packages on "
            + "instances, images and functions.",
        remediation: Remediation(
            "Activate Inspector for the resource types.",
            cli: "aws inspector2 enable --resource-types EC2 ECR LAMBDA --account-ids <account>"
        ),
        parameters: [inspectorResources],
        in: .everyRegion
    ) { region, context in
        expect(region.inspector2.accounts, "Inspector is not scanning every required resource type in \(region.name)") {
            accounts in
            guard let state = accounts.first(where: { $0.accountID == context.accountID })?.resourceState else {
                return false
            }
            let states = ["EC2": state.ec2, "ECR": state.ecr, "LAMBDA": state.lambda, "LAMBDA_CODE": state.lambdaCode]
            return context[inspectorResources].allSatisfy { states[$0]??.status == "ENABLED" }
        }
    }

    /// DET-013: every VPC has flow logs.
    static let vpcFlowLogs: Control = Control(
        id: "DET-013",
        title: "Every VPC has an active flow log",
        domain: .detectiveControls,
        severity: .medium,
        references: [.cis5("3.7"), .cis7("4.7"), .fsbp("EC2.6")],
        rationale: "Practice: VPC flow logs. Flow logs are the network record of an incident: which host "
            + "talked to which address.",
        remediation: Remediation(
            "Create a flow log for the VPC.",
            cli: "aws ec2 create-flow-logs --resource-type VPC --resource-ids <vpc> --traffic-type REJECT "
                + "--log-destination-type cloud-watch-logs --log-group-name vpc-flow-logs --deliver-logs-permission-arn <role>"
        ),
        over: \.ec2.vpcs
    ) { vpc, context in
        expect(
            context.regionSnapshot?.ec2.flowLogs ?? .notConfigured,
            "\(vpc.vpcID) has no active flow log"
        ) { logs in
            logs.contains { $0.resourceID == vpc.vpcID && ($0.flowLogStatus ?? "ACTIVE") == "ACTIVE" }
        }
    }
}

extension Observed where Value: Collection {
    /// The collection, with an empty one read as "not configured".
    var nonEmpty: Observed<Value> {
        if case .value(let items) = self, items.isEmpty { return .notConfigured }
        return self
    }
}
