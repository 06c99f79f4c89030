import BulwarkIAM

extension AccountSnapshot {
    /// What the snapshot holds, per resource type and region, and what could not be read.
    public var inventory: SnapshotInventory {
        var tally = InventoryTally()
        let global = SnapshotScope.global.folderName
        iam.tally(into: &tally, region: global)
        organizations.tally(into: &tally, region: global)
        s3.tally(into: &tally)
        tally.add(.cloudFrontDistribution, global, cloudFront.distributions)
        tally.add(.wafv2WebACL, global, globalWAF.webACLs)
        tally.add(.shieldProtection, global, shield.protections)
        for region in sortedRegions {
            region.tally(into: &tally)
        }
        let unreadable =
            failedCalls.map { failure in
                SnapshotInventory.UnreadableCall(
                    call: failure.call.name,
                    region: failure.call.scope.folderName,
                    error: failure.code.rawValue
                )
            }
            .sorted { $0.region == $1.region ? $0.call < $1.call : regionOrder($0.region, $1.region) }
        return SnapshotInventory(account: accountID, counts: tally.sorted, unreadable: unreadable)
    }
}

extension IAMResources {
    func tally(into tally: inout InventoryTally, region: String) {
        tally.add(.iamUser, region, users)
        tally.add(.iamGroup, region, groups)
        tally.add(.iamRole, region, roles)
        tally.add(.iamPolicy, region, policies.map { $0.filter { !$0.isAWSManaged } })
        tally.add(.iamInstanceProfile, region, instanceProfiles)
        tally.add(.iamAccessKey, region, users.map { $0.flatMap { $0.accessKeys.valueIfPresent ?? [] } })
        tally.add(.iamVirtualMFADevice, region, virtualMFADevices)
        tally.add(.iamServerCertificate, region, serverCertificates)
        tally.add(.iamSAMLProvider, region, samlProviders)
        tally.add(.iamOIDCProvider, region, openIDConnectProviders)
    }
}

extension OrganizationsResources {
    func tally(into tally: inout InventoryTally, region: String) {
        tally.addOne(.organizationsOrganization, region, organization)
        tally.add(.organizationsAccount, region, accounts)
        tally.add(.organizationsOrganizationalUnit, region, organizationalUnits)
        tally.add(.organizationsPolicy, region, serviceControlPolicies)
        tally.add(.organizationsPolicy, region, resourceControlPolicies)
    }
}

extension S3Resources {
    /// Buckets count in their own region when `get-bucket-location` was read, else under `global`.
    func tally(into tally: inout InventoryTally) {
        for bucket in buckets.valueIfPresent ?? [] {
            tally.add(.s3Bucket, bucket.region.valueIfPresent ?? SnapshotScope.global.folderName, 1)
        }
        tally.addOne(.s3AccountPublicAccessBlock, SnapshotScope.global.folderName, accountPublicAccessBlock)
    }
}

extension RegionSnapshot {
    func tally(into tally: inout InventoryTally) {
        let region = name.rawValue
        tally.add(.ec2VPC, region, ec2.vpcs)
        tally.add(.ec2Subnet, region, ec2.subnets)
        tally.add(.ec2SecurityGroup, region, ec2.securityGroups)
        tally.add(.ec2NetworkACL, region, ec2.networkACLs)
        tally.add(.ec2RouteTable, region, ec2.routeTables)
        tally.add(.ec2FlowLog, region, ec2.flowLogs)
        tally.add(.ec2Instance, region, ec2.instances)
        tally.add(.ec2Volume, region, ec2.volumes)
        tally.add(.ec2Snapshot, region, ec2.snapshots)
        tally.add(.ec2VPCEndpoint, region, ec2.vpcEndpoints)
        tally.add(.ec2VPCPeeringConnection, region, ec2.vpcPeeringConnections)
        tally.add(.cloudTrailTrail, region, cloudTrail.trails(homedIn: name))
        tally.add(.configConfigurationRecorder, region, config.recorders)
        tally.add(.configDeliveryChannel, region, config.deliveryChannels)
        tally.add(.configConfigRule, region, config.rules)
        tally.add(.guardDutyDetector, region, guardDuty.detectors)
        tally.addOne(.securityHubHub, region, securityHub.hub)
        tally.add(.securityHubStandard, region, securityHub.enabledStandards)
        tally.add(.accessAnalyzerAnalyzer, region, accessAnalyzer.analyzers)
        tally.addOne(.macieSession, region, macie.session)
        tally.add(.kmsKey, region, kms.keys)
        tally.add(.kmsAlias, region, kms.aliases)
        tally.add(.rdsDBInstance, region, rds.dbInstances)
        tally.add(.rdsDBCluster, region, rds.dbClusters)
        tally.add(.rdsDBSnapshot, region, rds.dbSnapshots.map { $0.filter { !$0.isClusterSnapshot } })
        tally.add(.rdsDBClusterSnapshot, region, rds.dbSnapshots.map { $0.filter(\.isClusterSnapshot) })
        tally.add(.lambdaFunction, region, lambda.functions)
        tally.add(.lambdaURL, region, lambda.functions.map { $0.filter { $0.urlConfig.valueIfPresent != nil } })
        tally.add(.ecsCluster, region, ecs.clusters)
        tally.add(
            .ecsService,
            region,
            ecs.clusters.map { $0.values.flatMap { $0.services.valueIfPresent?.values ?? [] } }
        )
        tally.add(.ecsTaskDefinition, region, ecs.taskDefinitions)
        tally.add(.codeBuildProject, region, codeBuild.projects)
        tally.add(.codePipelinePipeline, region, codePipeline.pipelines)
        tally.add(.sageMakerNotebookInstance, region, sageMaker.notebookInstances)
        tally.add(.secretsManagerSecret, region, secretsManager.secrets)
        tally.add(.snsTopic, region, sns.topics)
        tally.add(.sqsQueue, region, sqs.queues)
        tally.add(.elbv2LoadBalancer, region, elbv2.loadBalancers)
        tally.add(
            .elbv2Listener,
            region,
            elbv2.loadBalancers.map { $0.flatMap { $0.listeners.valueIfPresent ?? [] } }
        )
        tally.add(.efsFileSystem, region, efs.fileSystems)
        tally.add(.dynamoDBTable, region, dynamoDB.tables)
        tally.add(.backupBackupPlan, region, backup.plans)
        tally.add(.backupBackupVault, region, backup.vaults)
        tally.add(.logsLogGroup, region, logs.logGroups)
        tally.add(.logsMetricFilter, region, logs.metricFilters)
        tally.add(.cloudWatchAlarm, region, cloudWatch.metricAlarms)
        tally.add(.wafv2WebACL, region, wafv2.webACLs)
        tallyOperations(into: &tally)
    }

    /// Container registries, infrastructure as code, Systems Manager and EventBridge.
    private func tallyOperations(into tally: inout InventoryTally) {
        let region = name.rawValue
        tally.add(.ecrRepository, region, ecr.repositories)
        tally.add(.cloudFormationStack, region, cloudFormation.stacks)
        tally.add(.ssmManagedInstanceInventory, region, ssm.managedInstances)
        tally.add(.ssmDocument, region, ssm.documents)
        tally.add(.eventsEventBus, region, eventBridge.eventBuses)
        tally.add(.eventsRule, region, eventBridge.rules)
        tally.add(.apiGatewayRestAPI, region, apiGateway.restAPIs)
        tally.add(.apiGatewayV2API, region, apiGateway.httpAPIs)
        tally.add(.eksCluster, region, eks.clusters)
        tally.add(.fmsPolicy, region, firewallManager.policies)
        tally.add(.ssmIncidentsResponsePlan, region, incidentManager.responsePlans)
        tally.add(.ssmContactsContact, region, incidentManager.contacts)
        tally.add(.wellArchitectedWorkload, region, wellArchitected.workloads)
        tally.add(.configConformancePack, region, configCompliance.conformancePacks)
        tally.add(.configConfigurationAggregator, region, configCompliance.aggregators)
        tally.add(.glueDevEndpoint, region, glue.devEndpoints)
        tally.add(.openSearchServiceDomain, region, openSearch.domains)
    }
}
