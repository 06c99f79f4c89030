import BulwarkControls
import BulwarkIAM
import BulwarkModels
import Foundation
import Testing

@testable import BulwarkStandards

private typealias C = BuiltInControls

private let logGroupARN = "arn:aws:logs:us-east-1:\(account):log-group:trail-logs:*"

private func trail(
    multiRegion: Bool = true,
    logging: Bool = true,
    selectors: Observed<TrailEventSelectors> = .value(TrailEventSelectors(eventSelectors: [EventSelector()])),
    validation: Bool = true,
    kms: String? = "arn:aws:kms:us-east-1:\(account):key/k",
    bucket: String? = "trail-logs",
    logs: String? = logGroupARN,
    delivered: Date? = daysAgo(0.1)
) -> Trail {
    Trail(
        name: "main",
        trailARN: arn("arn:aws:cloudtrail:us-east-1:\(account):trail/main"),
        homeRegion: Region(rawValue: home),
        isMultiRegionTrail: multiRegion,
        s3BucketName: bucket,
        logFileValidationEnabled: validation,
        cloudWatchLogsLogGroupARN: logs.map(arn),
        kmsKeyID: kms,
        status: .value(TrailStatus(isLogging: logging, latestCloudWatchLogsDeliveryTime: delivered)),
        eventSelectors: selectors
    )
}

private func trails(_ list: Trail..., buckets: [S3Bucket] = [], configure: (inout RegionSnapshot) -> Void = { _ in })
    -> AccountSnapshot
{
    var region = RegionSnapshot(name: Region(rawValue: home))
    region.cloudTrail.trails = .value(list)
    configure(&region)
    return snapshot(s3: S3Resources(buckets: .value(buckets)), region: region)
}

private let unreadableTrails = regional { $0.cloudTrail.trails = .unknown(denied("cloudtrail describe-trails")) }

private func bucket(
    _ name: String = "trail-logs",
    policy json: String? = nil,
    logging: Bool = false,
    lock: ObjectLockConfiguration? = nil,
    versioning: Observed<BucketVersioning> = .notConfigured
) -> S3Bucket {
    S3Bucket(
        name: name,
        policy: json.map { .value(policy($0, kind: .resource)) } ?? .notConfigured,
        acl: .value(BucketACL()),
        versioning: versioning,
        logging: logging ? .value(BucketLogging(targetBucket: "access-logs")) : .notConfigured,
        objectLock: lock.map { .value($0) } ?? .notConfigured
    )
}

private func alarmed(_ pattern: String, alarm: Bool = true) -> (inout RegionSnapshot) -> Void {
    { region in
        region.logs.metricFilters = .value([
            MetricFilter(
                filterName: "f",
                filterPattern: pattern,
                logGroupName: "trail-logs",
                metricTransformations: [MetricTransformation(metricName: "M", metricNamespace: "CISBenchmark")]
            )
        ])
        region.cloudWatch.metricAlarms = .value(
            alarm
                ? [
                    MetricAlarm(
                        alarmName: "a",
                        metricName: "M",
                        namespace: "CISBenchmark",
                        alarmActions: ["arn:aws:sns:us-east-1:\(account):sec"]
                    )
                ] : []
        )
    }
}

private func detectors(_ list: [GuardDutyDetector], unreadable: [Unreadable] = []) -> AccountSnapshot {
    regional { $0.guardDuty.detectors = .value(DescribedList(values: list, unreadable: unreadable)) }
}

private let allFeatures = [
    "S3_DATA_EVENTS", "EKS_AUDIT_LOGS", "EBS_MALWARE_PROTECTION", "RDS_LOGIN_EVENTS", "LAMBDA_NETWORK_LOGS",
    "RUNTIME_MONITORING",
]

enum DetectiveCases {
    static var all: [ControlCase] { cloudTrail + services + logging + metricFilters }

    // AWS CloudTrail User Guide, "Security best practices in AWS CloudTrail".
    static let cloudTrail: [ControlCase] = [
        ControlCase(C.multiRegionTrail, "multi-region trail logging management events", .pass, trails(trail())),
        ControlCase(C.multiRegionTrail, "single-region trail only", .fail, trails(trail(multiRegion: false))),
        ControlCase(C.multiRegionTrail, "trail stopped", .fail, trails(trail(logging: false))),
        ControlCase(C.multiRegionTrail, "trails unreadable", .unknown, unreadableTrails),
        ControlCase(
            C.s3DataEvents,
            "all S3 objects, read and write",
            .pass,
            trails(
                trail(
                    selectors: .value(
                        TrailEventSelectors(eventSelectors: [
                            EventSelector(dataResources: [DataResource(type: "AWS::S3::Object", values: ["arn:aws:s3"])]
                            )
                        ])
                    )
                )
            )
        ),
        ControlCase(C.s3DataEvents, "management events only", .fail, trails(trail())),
        ControlCase(
            C.s3DataEvents,
            "selectors unreadable",
            .unknown,
            trails(trail(selectors: .unknown(denied("cloudtrail get-event-selectors"))))
        ),
        ControlCase(C.trailValidation, "validation on", .pass, trails(trail())),
        ControlCase(C.trailValidation, "validation off", .fail, trails(trail(validation: false))),
        ControlCase(C.trailValidation, "trails unreadable", .unknown, unreadableTrails),
        ControlCase(C.trailEncryption, "KMS key set", .pass, trails(trail())),
        ControlCase(C.trailEncryption, "no KMS key", .fail, trails(trail(kms: nil))),
        ControlCase(C.trailEncryption, "trails unreadable", .unknown, unreadableTrails),
        ControlCase(C.trailCloudWatchLogs, "delivered two hours ago", .pass, trails(trail())),
        ControlCase(C.trailCloudWatchLogs, "no log group", .fail, trails(trail(logs: nil))),
        ControlCase(C.trailCloudWatchLogs, "trails unreadable", .unknown, unreadableTrails),
        ControlCase(C.trailBucketNotPublic, "private bucket", .pass, trails(trail(), buckets: [bucket()])),
        ControlCase(
            C.trailBucketNotPublic,
            "bucket readable by anyone",
            .fail,
            trails(
                trail(),
                buckets: [
                    bucket(policy: allow("\"s3:GetObject\"", on: "\"arn:aws:s3:::trail-logs/*\"", principal: "\"*\""))
                ]
            )
        ),
        ControlCase(C.trailBucketNotPublic, "bucket in another account", .unknown, trails(trail())),
        ControlCase(
            C.trailBucketAccessLogging,
            "access logging on",
            .pass,
            trails(trail(), buckets: [bucket(logging: true)])
        ),
        ControlCase(C.trailBucketAccessLogging, "access logging off", .fail, trails(trail(), buckets: [bucket()])),
        ControlCase(C.trailBucketAccessLogging, "bucket in another account", .unknown, trails(trail())),
        ControlCase(
            C.immutableLogArchive,
            "Object Lock compliance 365 days",
            .pass,
            trails(
                trail(),
                buckets: [
                    bucket(
                        lock: ObjectLockConfiguration(
                            objectLockEnabled: "Enabled",
                            rule: ObjectLockRule(defaultRetention: ObjectLockRetention(mode: "COMPLIANCE", days: 365))
                        )
                    )
                ]
            )
        ),
        ControlCase(
            C.immutableLogArchive,
            "versioning with MFA delete",
            .pass,
            trails(
                trail(),
                buckets: [bucket(versioning: .value(BucketVersioning(status: .enabled, mfaDelete: .enabled)))]
            )
        ),
        ControlCase(
            C.immutableLogArchive,
            "governance mode only",
            .fail,
            trails(
                trail(),
                buckets: [
                    bucket(
                        lock: ObjectLockConfiguration(
                            objectLockEnabled: "Enabled",
                            rule: ObjectLockRule(defaultRetention: ObjectLockRetention(mode: "GOVERNANCE", days: 365))
                        )
                    )
                ]
            )
        ),
        ControlCase(C.immutableLogArchive, "bucket in another account", .unknown, trails(trail())),
    ]

    // Config, GuardDuty, Security Hub, Inspector and VPC flow logs are regional services.
    static let services: [ControlCase] = [
        ControlCase(
            C.configRecorder,
            "recording everything",
            .pass,
            regional {
                $0.config.recorders = .value([
                    ConfigurationRecorder(
                        name: "default",
                        recordingGroup: RecordingGroup(allSupported: true),
                        status: .value(ConfigurationRecorderStatus(name: "default", recording: true))
                    )
                ])
            }
        ),
        ControlCase(C.configRecorder, "no recorder", .fail, regional { $0.config.recorders = .value([]) }),
        ControlCase(
            C.configRecorder,
            "recorders unreadable",
            .unknown,
            regional { $0.config.recorders = .unknown(denied("configservice describe-configuration-recorders")) }
        ),
        ControlCase(C.guardDutyEnabled, "enabled detector", .pass, detectors([GuardDutyDetector(status: .enabled)])),
        ControlCase(C.guardDutyEnabled, "no detector", .fail, detectors([])),
        ControlCase(
            C.guardDutyEnabled,
            "detector unreadable",
            .unknown,
            detectors([], unreadable: [denied("guardduty get-detector")])
        ),
        ControlCase(
            C.guardDutyProtectionPlans,
            "every plan on",
            .pass,
            detectors([
                GuardDutyDetector(
                    status: .enabled,
                    features: allFeatures.map { DetectorFeature(name: $0, status: .enabled) }
                )
            ])
        ),
        ControlCase(C.guardDutyProtectionPlans, "no plans", .fail, detectors([GuardDutyDetector(status: .enabled)])),
        ControlCase(
            C.guardDutyProtectionPlans,
            "detectors unreadable",
            .unknown,
            regional { $0.guardDuty.detectors = .unknown(denied("guardduty list-detectors")) }
        ),
        ControlCase(
            C.securityHubEnabled,
            "hub enabled",
            .pass,
            regional {
                $0.securityHub.hub = .value(
                    SecurityHub(hubARN: arn("arn:aws:securityhub:us-east-1:\(account):hub/default"))
                )
            }
        ),
        ControlCase(C.securityHubEnabled, "not subscribed", .fail, regional { _ in }),
        ControlCase(
            C.securityHubEnabled,
            "hub unreadable",
            .unknown,
            regional { $0.securityHub.hub = .unknown(denied("securityhub describe-hub")) }
        ),
        ControlCase(
            C.securityHubStandards,
            "FSBP and CIS enabled",
            .pass,
            regional {
                $0.securityHub.hub = .value(
                    SecurityHub(hubARN: arn("arn:aws:securityhub:us-east-1:\(account):hub/default"))
                )
                $0.securityHub.enabledStandards = .value([
                    StandardsSubscription(
                        standardsARN:
                            arn(
                                "arn:aws:securityhub:us-east-1::standards/aws-foundational-security-best-practices/v/1.0.0"
                            ),
                        standardsStatus: "READY"
                    ),
                    StandardsSubscription(
                        standardsARN: arn(
                            "arn:aws:securityhub:us-east-1::standards/cis-aws-foundations-benchmark/v/5.0.0"
                        ),
                        standardsStatus: "READY"
                    ),
                ])
            }
        ),
        ControlCase(
            C.securityHubStandards,
            "hub without standards",
            .fail,
            regional {
                $0.securityHub.hub = .value(
                    SecurityHub(hubARN: arn("arn:aws:securityhub:us-east-1:\(account):hub/default"))
                )
                $0.securityHub.enabledStandards = .value([])
            }
        ),
        ControlCase(
            C.securityHubStandards,
            "standards unreadable (moto)",
            .unknown,
            regional {
                $0.securityHub.hub = .value(
                    SecurityHub(hubARN: arn("arn:aws:securityhub:us-east-1:\(account):hub/default"))
                )
                $0.securityHub.enabledStandards = .unknown(denied("securityhub get-enabled-standards"))
            }
        ),
        ControlCase(
            C.inspectorEnabled,
            "EC2, ECR and Lambda enabled",
            .pass,
            regional {
                let on = InspectorState(status: "ENABLED")
                $0.inspector2.accounts = .value([
                    InspectorAccountStatus(
                        accountID: account,
                        resourceState: InspectorResourceState(ec2: on, ecr: on, lambda: on)
                    )
                ])
            }
        ),
        ControlCase(
            C.inspectorEnabled,
            "only EC2",
            .fail,
            regional {
                $0.inspector2.accounts = .value([
                    InspectorAccountStatus(
                        accountID: account,
                        resourceState: InspectorResourceState(ec2: InspectorState(status: "ENABLED"))
                    )
                ])
            }
        ),
        ControlCase(
            C.inspectorEnabled,
            "status unreadable",
            .unknown,
            regional { $0.inspector2.accounts = .unknown(denied("inspector2 batch-get-account-status")) }
        ),
        ControlCase(
            C.vpcFlowLogs,
            "VPC with an active flow log",
            .pass,
            regional {
                $0.ec2.vpcs = .value([VPC(vpcID: "vpc-1")])
                $0.ec2.flowLogs = .value([FlowLog(flowLogID: "fl-1", resourceID: "vpc-1", flowLogStatus: "ACTIVE")])
            }
        ),
        ControlCase(
            C.vpcFlowLogs,
            "VPC without flow logs",
            .fail,
            regional {
                $0.ec2.vpcs = .value([VPC(vpcID: "vpc-1")])
                $0.ec2.flowLogs = .value([])
            }
        ),
        ControlCase(
            C.vpcFlowLogs,
            "flow logs unreadable",
            .unknown,
            regional {
                $0.ec2.vpcs = .value([VPC(vpcID: "vpc-1")])
                $0.ec2.flowLogs = .unknown(denied("ec2 describe-flow-logs"))
            }
        ),
    ]

    // Access logs on front ends and S3, and encryption of log groups.
    static let logging: [ControlCase] = [
        ControlCase(
            C.bucketAccessLogging,
            "logging on",
            .pass,
            snapshot(s3: S3Resources(buckets: .value([bucket(logging: true)])))
        ),
        ControlCase(
            C.bucketAccessLogging,
            "logging off",
            .fail,
            snapshot(s3: S3Resources(buckets: .value([bucket()])))
        ),
        ControlCase(
            C.bucketAccessLogging,
            "logging unreadable",
            .unknown,
            snapshot(
                s3: S3Resources(
                    buckets: .value([S3Bucket(name: "b", logging: .unknown(denied("s3api get-bucket-logging")))])
                )
            )
        ),
        ControlCase(
            C.loadBalancerAccessLogs,
            "access logs on",
            .pass,
            regional {
                $0.elbv2.loadBalancers = .value([
                    LoadBalancer(
                        loadBalancerARN: arn(
                            "arn:aws:elasticloadbalancing:us-east-1:\(account):loadbalancer/app/web/1"
                        ),
                        type: "application",
                        attributes: .value(["access_logs.s3.enabled": "true"])
                    )
                ])
            }
        ),
        ControlCase(
            C.loadBalancerAccessLogs,
            "access logs off",
            .fail,
            regional {
                $0.elbv2.loadBalancers = .value([
                    LoadBalancer(
                        loadBalancerARN: arn(
                            "arn:aws:elasticloadbalancing:us-east-1:\(account):loadbalancer/app/web/1"
                        ),
                        type: "application",
                        attributes: .value(["access_logs.s3.enabled": "false"])
                    )
                ])
            }
        ),
        ControlCase(
            C.loadBalancerAccessLogs,
            "attributes unreadable",
            .unknown,
            regional {
                $0.elbv2.loadBalancers = .value([
                    LoadBalancer(
                        loadBalancerARN: arn(
                            "arn:aws:elasticloadbalancing:us-east-1:\(account):loadbalancer/app/web/1"
                        ),
                        type: "application",
                        attributes: .unknown(denied("elbv2 describe-load-balancer-attributes"))
                    )
                ])
            }
        ),
        ControlCase(
            C.distributionAccessLogs,
            "logging on",
            .pass,
            snapshot(
                cloudFront: CloudFrontResources(
                    distributions: .value([
                        Distribution(
                            id: "E1",
                            arn: arn("arn:aws:cloudfront::\(account):distribution/E1"),
                            config: .value(DistributionConfig(loggingEnabled: true))
                        )
                    ])
                )
            )
        ),
        ControlCase(
            C.distributionAccessLogs,
            "logging off",
            .fail,
            snapshot(
                cloudFront: CloudFrontResources(
                    distributions: .value([
                        Distribution(
                            id: "E1",
                            arn: arn("arn:aws:cloudfront::\(account):distribution/E1"),
                            config: .value(DistributionConfig())
                        )
                    ])
                )
            )
        ),
        ControlCase(
            C.distributionAccessLogs,
            "configuration unreadable",
            .unknown,
            snapshot(
                cloudFront: CloudFrontResources(
                    distributions: .value([
                        Distribution(
                            id: "E1",
                            arn: arn("arn:aws:cloudfront::\(account):distribution/E1"),
                            config: .unknown(denied("cloudfront get-distribution-config"))
                        )
                    ])
                )
            )
        ),
        ControlCase(
            C.logGroupEncryption,
            "KMS key set",
            .pass,
            regional {
                $0.logs.logGroups = .value([
                    LogGroup(logGroupName: "app", kmsKeyID: "arn:aws:kms:us-east-1:\(account):key/k")
                ])
            }
        ),
        ControlCase(
            C.logGroupEncryption,
            "no key",
            .fail,
            regional { $0.logs.logGroups = .value([LogGroup(logGroupName: "app")]) }
        ),
        ControlCase(
            C.logGroupEncryption,
            "log groups unreadable",
            .unknown,
            regional { $0.logs.logGroups = .unknown(denied("logs describe-log-groups")) }
        ),
    ]

    // CIS AWS Foundations v5.0 §4: one case set per pattern, built from the pattern's own terms.
    static var metricFilters: [ControlCase] {
        zip(C.metricAlarms, MetricAlarmPattern.all)
            .flatMap { control, pattern -> [ControlCase] in
                let filter = "{ " + pattern.terms.map { "(\($0))" }.joined(separator: " || ") + " }"
                return [
                    ControlCase(control, "filter and alarm", .pass, trails(trail(), configure: alarmed(filter))),
                    ControlCase(
                        control,
                        "filter without an alarm",
                        .fail,
                        trails(trail(), configure: alarmed(filter, alarm: false))
                    ),
                    ControlCase(
                        control,
                        "unrelated filter",
                        .fail,
                        trails(trail(), configure: alarmed("{ $.eventName = \"Nothing\" }"))
                    ),
                    ControlCase(
                        control,
                        "metric filters unreadable",
                        .unknown,
                        trails(trail()) { $0.logs.metricFilters = .unknown(denied("logs describe-metric-filters")) }
                    ),
                ]
            }
    }
}

@Suite struct DetectiveControlsTests {
    @Test(arguments: DetectiveCases.all)
    func status(_ row: ControlCase) {
        #expect(row.statuses == [row.expected], "\(row.testDescription)")
    }

    // The CIS v5 pattern as written in the benchmark (spaces, quotes) matches the normalized terms.
    @Test func benchmarkPatternMatches() {
        let written =
            "{ ($.errorCode = \"*UnauthorizedOperation\") || ($.errorCode = \"AccessDenied*\") && "
            + "($.sourceIPAddress!=\"delivery.logs.amazonaws.com\") }"
        let control = C.metricAlarms[0]
        let findings = control.evaluate(trails(trail(), configure: alarmed(written)), now: now)
        #expect(findings.map(\.status) == [.pass])
    }
}
