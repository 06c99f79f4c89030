import BulwarkControls
import BulwarkIAM
import BulwarkModels
import Foundation
import Testing

@testable import BulwarkStandards

/// The account every test snapshot belongs to.
let account = "111122223333"
/// The region of every regional test resource.
let home = "us-east-1"
/// A fixed scan time.
let now = Date(timeIntervalSince1970: 1_790_000_000)

/// `days` days before ``now``.
func daysAgo(_ days: Double) -> Date { now.addingTimeInterval(-days * 86_400) }

/// A call the snapshot could not make (AccessDenied).
func denied(_ call: String) -> Unreadable { .failed(call) }

/// One row of a control's table: a snapshot built by hand and the status the control must give it.
struct ControlCase: Sendable, CustomTestStringConvertible {
    var control: Control
    var name: String
    var snapshot: AccountSnapshot
    var expected: FindingStatus

    init(_ control: Control, _ name: String, _ expected: FindingStatus, _ snapshot: AccountSnapshot) {
        self.control = control
        self.name = name
        self.snapshot = snapshot
        self.expected = expected
    }

    var testDescription: String { "\(control.id) \(expected): \(name)" }

    /// The statuses the control gives the snapshot, one per finding.
    var statuses: [FindingStatus] { control.evaluate(snapshot, now: now).map(\.status) }
}

/// A snapshot with the given global parts and one region.
func snapshot(
    iam: IAMResources = IAMResources(),
    s3: S3Resources = S3Resources(),
    cloudFront: CloudFrontResources = CloudFrontResources(),
    region: RegionSnapshot? = nil
) -> AccountSnapshot {
    AccountSnapshot(
        accountID: account,
        iam: iam,
        s3: s3,
        cloudFront: cloudFront,
        regions: region.map { [$0.name: $0] } ?? [:]
    )
}

/// A snapshot with one region configured by `configure`.
func regional(_ configure: (inout RegionSnapshot) -> Void) -> AccountSnapshot {
    var region = RegionSnapshot(name: Region(rawValue: home))
    configure(&region)
    return snapshot(region: region)
}

/// A policy as the snapshot holds it: parsed, or with its parse error.
func policy(_ json: String, kind: PolicyKind = .identity) -> EmbeddedPolicy {
    if let document = try? PolicyDocument(json: json, kind: kind) {
        return EmbeddedPolicy(text: json, document: document)
    }
    return EmbeddedPolicy(
        text: json,
        parsed: .failure(IAMError(diagnostics: PolicyDocument.parse(json).diagnostics))
    )
}

/// A one-statement `Allow` policy.
func allow(_ actions: String, on resources: String = "\"*\"", principal: String? = nil, condition: String? = nil)
    -> String
{
    let principalPart = principal.map { ", \"Principal\": \($0)" } ?? ""
    let conditionPart = condition.map { ", \"Condition\": \($0)" } ?? ""
    return """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow"\(principalPart), "Action": \(actions), \
        "Resource": \(resources)\(conditionPart)}]}
        """
}

/// Every case of every table, so coverage can be checked in one place.
enum AllCases {
    static var all: [ControlCase] {
        IdentityCases.all + DetectiveCases.all + InfrastructureCases.all + DataCases.all
    }
}

@Suite struct ControlCoverageTests {
    // Each built-in control of domains 1-4 has a pass, a fail and an unknown case.
    @Test func everyControlHasPassFailAndUnknownCases() {
        let controls =
            BuiltInControls.identityAndAccess + BuiltInControls.detectiveControls
            + BuiltInControls.infrastructureProtection + BuiltInControls.dataProtection
        let cases = AllCases.all
        for control in controls {
            let statuses = Set(cases.filter { $0.control.id == control.id }.map(\.expected))
            #expect(statuses.isSuperset(of: [.pass, .fail, .unknown]), "\(control.id) lacks cases: has \(statuses)")
        }
    }

    // Ids are unique and each control names exactly one domain of the four.
    @Test func idsAreUniqueAndDomainsMatch() {
        let lists: [(Domain, [Control])] = [
            (.identityAndAccess, BuiltInControls.identityAndAccess),
            (.detectiveControls, BuiltInControls.detectiveControls),
            (.infrastructureProtection, BuiltInControls.infrastructureProtection),
            (.dataProtection, BuiltInControls.dataProtection),
        ]
        var seen: Set<String> = []
        for (domain, controls) in lists {
            for control in controls {
                #expect(control.domain == domain, "\(control.id) is in the \(domain) list but says \(control.domain)")
                #expect(seen.insert(control.id).inserted, "\(control.id) appears twice")
                #expect(!control.rationale.isEmpty && !control.remediation.text.isEmpty)
                #expect(
                    control.remediation.cli != nil || control.remediation.console != nil,
                    "\(control.id) has no CLI/console fix"
                )
            }
        }
    }
}

/// An ARN from its text; text that is not an ARN becomes an ARN of an `invalid` service, so a typo
/// fails the test that uses it instead of crashing.
func arn(_ text: String) -> ARN { ARN(text) ?? ARN(service: "invalid", resource: text) }
