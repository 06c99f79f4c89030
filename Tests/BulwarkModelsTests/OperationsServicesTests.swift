import BulwarkIAM
import BulwarkModels
import Foundation
import Testing

/// ECR, CloudFormation, Systems Manager and EventBridge read from real AWS CLI output shapes
/// (Fixtures/aws-shapes), with the "not configured" facts and the unknowns each call can produce.
@Suite struct OperationsServicesTests {
    let region: RegionSnapshot
    let snapshot: AccountSnapshot

    init() async throws {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/aws-shapes", withExtension: nil))
        snapshot = try await AccountSnapshot.load(from: url)
        region = try snapshot.usEast1
    }

    @Test func decodesWithoutIssues() {
        #expect(snapshot.issues == [])
    }

    @Test func ecrRepositoriesAndTheirPolicies() throws {
        let repositories = try #require(region.ecr.repositories.valueIfPresent)
        #expect(repositories.map(\.repositoryName) == ["team/web", "base-images", "locked"])
        let web = repositories[0]
        #expect(web.repositoryARN.resourceID == "team/web")
        #expect(web.imageTagMutability == .mutable)
        #expect(web.scanOnPush == false)
        // A policy with Principal "*" decodes as a resource policy.
        #expect(web.policy.valueIfPresent?.parsedDocument?.statements.count == 1)
        // RepositoryPolicyNotFoundException: a fact, the repository has no policy.
        #expect(repositories[1].policy.isNotConfigured)
        #expect(repositories[1].encryptionConfiguration?.encryptionType == "KMS")
        // AccessDenied: unknown, never "no policy".
        #expect(repositories[2].policy.unreadable?.code == "AccessDeniedException")
        // A value AWS adds later still decodes.
        #expect(repositories[2].imageTagMutability?.rawValue == "IMMUTABLE_WITH_EXCLUSION")
    }

    @Test func ecrRegistryScanningRulesMatchRepositoryNames() throws {
        let scanning = try #require(region.ecr.registryScanningConfiguration.valueIfPresent)
        #expect(scanning.scanType == "ENHANCED")
        #expect(scanning.scans(repositoryName: "team/web"))
        #expect(!scanning.scans(repositoryName: "base-images"))
    }

    @Test func cloudFormationStacks() throws {
        let stacks = try #require(region.cloudFormation.stacks.valueIfPresent)
        let network = stacks[0]
        #expect(network.roleARN?.resourceID == "cfn-deployer")
        #expect(network.enableTerminationProtection)
        #expect(network.driftInformation?.stackDriftStatus == .inSync)
        #expect(network.driftInformation?.lastCheckTimestamp != nil)
        #expect(network.notificationARNs.map(\.service) == ["sns"])
        let scratch = stacks[1]
        #expect(scratch.roleARN == nil)
        #expect(!scratch.enableTerminationProtection)
        #expect(scratch.driftInformation?.stackDriftStatus == .notChecked)
        #expect(scratch.driftInformation?.lastCheckTimestamp == nil)
    }

    @Test func ssmManagedInstancesPatchStatesAndCompliance() throws {
        let instances = try #require(region.ssm.managedInstances.valueIfPresent)
        #expect(instances.map(\.isOnline) == [true, false])
        let state = try #require(region.ssm.patchStates["i-0a1b2c3d4e5f60001"]?.valueIfPresent)
        #expect(state.missingCount == 3 && state.failedCount == 1 && state.criticalNonCompliantCount == 2)
        // Never scanned: an empty InstancePatchStates list.
        #expect(region.ssm.patchStates["i-0a1b2c3d4e5f60002"]?.isNotConfigured == true)
        let patch = region.ssm.compliance(of: "i-0a1b2c3d4e5f60001", type: "Patch").valueIfPresent
        #expect(patch?.isCompliant == false)
        #expect(patch?.nonCompliantCount == 3)
        #expect(
            region.ssm.compliance(of: "i-0a1b2c3d4e5f60001", type: "Association").valueIfPresent?.isCompliant == true
        )
        #expect(region.ssm.compliance(of: "i-0a1b2c3d4e5f60002", type: "Patch").isNotConfigured)
    }

    @Test func ssmDocumentsAndSharing() throws {
        let documents = try #require(region.ssm.documents.valueIfPresent)
        #expect(documents.filter(\.isAutomation).map(\.name) == ["IR-IsolateInstance"])
        #expect(documents[0].isPublic == .value(false))
        #expect(documents[1].isPublic == .value(true))
        #expect(region.ssm.automationLogDestination == .value("CloudWatch"))
    }

    @Test func eventBridgeBusesRulesAndTargets() throws {
        let buses = try #require(region.eventBridge.eventBuses.valueIfPresent)
        #expect(buses.first?.isDefault == true)
        #expect(buses.first?.policy?.parsedDocument?.statements.count == 1)
        #expect(buses.last?.policy == nil)
        let rules = try #require(region.eventBridge.rules.valueIfPresent)
        let guardDuty = rules[0]
        #expect(guardDuty.isEnabled)
        #expect(guardDuty.eventPattern?.matches(source: "aws.guardduty") == true)
        #expect(guardDuty.eventPattern?.matches(source: "aws.securityhub") == false)
        #expect(guardDuty.eventPattern?.detailTypes == ["GuardDuty Finding"])
        #expect(guardDuty.targets.valueIfPresent?.first?.arn.service == "sns")
        #expect(!rules[1].isEnabled)
        #expect(rules[1].eventPattern?.matches(source: "aws.health") == true)  // {"prefix": "aws."}
        #expect(rules[1].targets == .value([]))
        #expect(rules[2].eventPattern == nil)
        #expect(rules[2].targets.unreadable?.code == "AccessDeniedException")
    }

    /// AccessDenied on a service's list call reaches the model as unknown, never as an empty list.
    static let listCalls = [
        "us-east-1/ecr/describe-repositories", "us-east-1/cloudformation/describe-stacks",
        "us-east-1/ssm/describe-instance-information", "us-east-1/ssm/list-documents",
        "us-east-1/ssm/list-resource-compliance-summaries", "us-east-1/events/list-rules",
        "us-east-1/events/list-event-buses", "us-east-1/ecr/get-registry-scanning-configuration",
    ]

    @Test(arguments: listCalls.indices)
    func accessDeniedListsAreUnknown(index: Int) async throws {
        let path = Self.listCalls[index]
        let error = #"{"Code": "AccessDeniedException", "Message": "not authorized"}"#
        let loaded = try await TemporarySnapshot([path + ".error.json": error]).load()
        let region = try loaded.usEast1
        let unknowns: [Unreadable?] = [
            region.ecr.repositories.unreadable, region.cloudFormation.stacks.unreadable,
            region.ssm.managedInstances.unreadable, region.ssm.documents.unreadable,
            region.ssm.complianceSummaries.unreadable, region.eventBridge.rules.unreadable,
            region.eventBridge.eventBuses.unreadable, region.ecr.registryScanningConfiguration.unreadable,
        ]
        // The failed call is AccessDenied; every other call is unknown as "not collected".
        #expect(unknowns[index]?.code == "AccessDeniedException")
        #expect(unknowns.allSatisfy { $0 != nil })
        #expect(loaded.failedCalls.count == 1)
    }
}
