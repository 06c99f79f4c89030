import BulwarkIAM

extension AccountSnapshot {
    /// What the snapshot holds, per resource type and region, and what could not be read.
    public var inventory: SnapshotInventory {
        var tally = InventoryTally()
        let global = SnapshotScope.global.folderName
        iam.tally(into: &tally, region: global)
        organizations.tally(into: &tally, region: global)
        s3.tally(into: &tally)
        tally.add("AWS::CloudFront::Distribution", global, cloudFront.distributions)
        tally.add("AWS::WAFv2::WebACL", global, globalWAF.webACLs)
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
        tally.add("AWS::IAM::User", region, users)
        tally.add("AWS::IAM::Group", region, groups)
        tally.add("AWS::IAM::Role", region, roles)
        tally.add("AWS::IAM::Policy", region, policies.map { $0.filter { !$0.isAWSManaged } })
        tally.add("AWS::IAM::InstanceProfile", region, instanceProfiles)
        tally.add("AWS::IAM::AccessKey", region, users.map { $0.flatMap { $0.accessKeys.valueIfPresent ?? [] } })
        tally.add("AWS::IAM::VirtualMFADevice", region, virtualMFADevices)
        tally.add("AWS::IAM::ServerCertificate", region, serverCertificates)
        tally.add("AWS::IAM::SAMLProvider", region, samlProviders)
        tally.add("AWS::IAM::OIDCProvider", region, openIDConnectProviders)
    }
}

extension OrganizationsResources {
    func tally(into tally: inout InventoryTally, region: String) {
        tally.addOne("AWS::Organizations::Organization", region, organization)
        tally.add("AWS::Organizations::Account", region, accounts)
        tally.add("AWS::Organizations::OrganizationalUnit", region, organizationalUnits)
        tally.add("AWS::Organizations::Policy", region, serviceControlPolicies)
        tally.add("AWS::Organizations::Policy", region, resourceControlPolicies)
    }
}

extension S3Resources {
    /// Buckets count in their own region when `get-bucket-location` was read, else under `global`.
    func tally(into tally: inout InventoryTally) {
        for bucket in buckets.valueIfPresent ?? [] {
            tally.add("AWS::S3::Bucket", bucket.region.valueIfPresent ?? SnapshotScope.global.folderName, 1)
        }
        tally.addOne("AWS::S3::AccountPublicAccessBlock", SnapshotScope.global.folderName, accountPublicAccessBlock)
    }
}

extension RegionSnapshot {
    func tally(into tally: inout InventoryTally) {
        let region = name.rawValue
        tally.add("AWS::EC2::VPC", region, ec2.vpcs)
        tally.add("AWS::EC2::Subnet", region, ec2.subnets)
        tally.add("AWS::EC2::SecurityGroup", region, ec2.securityGroups)
        tally.add("AWS::EC2::NetworkAcl", region, ec2.networkACLs)
        tally.add("AWS::EC2::RouteTable", region, ec2.routeTables)
        tally.add("AWS::EC2::FlowLog", region, ec2.flowLogs)
        tally.add("AWS::EC2::Instance", region, ec2.instances)
        tally.add("AWS::EC2::Volume", region, ec2.volumes)
        tally.add("AWS::EC2::Snapshot", region, ec2.snapshots)
        tally.add("AWS::EC2::VPCEndpoint", region, ec2.vpcEndpoints)
        tally.add("AWS::EC2::VPCPeeringConnection", region, ec2.vpcPeeringConnections)
        tally.add("AWS::CloudTrail::Trail", region, cloudTrail.trails(homedIn: name))
        tally.add("AWS::Config::ConfigurationRecorder", region, config.recorders)
        tally.add("AWS::Config::DeliveryChannel", region, config.deliveryChannels)
        tally.add("AWS::Config::ConfigRule", region, config.rules)
        tally.add("AWS::GuardDuty::Detector", region, guardDuty.detectors)
        tally.addOne("AWS::SecurityHub::Hub", region, securityHub.hub)
        tally.add("AWS::SecurityHub::Standard", region, securityHub.enabledStandards)
        tally.add("AWS::AccessAnalyzer::Analyzer", region, accessAnalyzer.analyzers)
        tally.addOne("AWS::Macie::Session", region, macie.session)
        tally.add("AWS::KMS::Key", region, kms.keys)
        tally.add("AWS::KMS::Alias", region, kms.aliases)
        tally.add("AWS::RDS::DBInstance", region, rds.dbInstances)
        tally.add("AWS::RDS::DBCluster", region, rds.dbClusters)
        tally.add("AWS::RDS::DBSnapshot", region, rds.dbSnapshots.map { $0.filter { !$0.isClusterSnapshot } })
        tally.add("AWS::RDS::DBClusterSnapshot", region, rds.dbSnapshots.map { $0.filter(\.isClusterSnapshot) })
        tally.add("AWS::Lambda::Function", region, lambda.functions)
        tally.add("AWS::Lambda::Url", region, lambda.functions.map { $0.filter { $0.urlConfig.valueIfPresent != nil } })
        tally.add("AWS::ECS::Cluster", region, ecs.clusters)
        tally.add(
            "AWS::ECS::Service",
            region,
            ecs.clusters.map { $0.values.flatMap { $0.services.valueIfPresent?.values ?? [] } }
        )
        tally.add("AWS::ECS::TaskDefinition", region, ecs.taskDefinitions)
        tally.add("AWS::CodeBuild::Project", region, codeBuild.projects)
        tally.add("AWS::CodePipeline::Pipeline", region, codePipeline.pipelines)
        tally.add("AWS::SageMaker::NotebookInstance", region, sageMaker.notebookInstances)
        tally.add("AWS::SecretsManager::Secret", region, secretsManager.secrets)
        tally.add("AWS::SNS::Topic", region, sns.topics)
        tally.add("AWS::SQS::Queue", region, sqs.queues)
        tally.add("AWS::ElasticLoadBalancingV2::LoadBalancer", region, elbv2.loadBalancers)
        tally.add(
            "AWS::ElasticLoadBalancingV2::Listener",
            region,
            elbv2.loadBalancers.map { $0.flatMap { $0.listeners.valueIfPresent ?? [] } }
        )
        tally.add("AWS::EFS::FileSystem", region, efs.fileSystems)
        tally.add("AWS::DynamoDB::Table", region, dynamoDB.tables)
        tally.add("AWS::Backup::BackupPlan", region, backup.plans)
        tally.add("AWS::Backup::BackupVault", region, backup.vaults)
        tally.add("AWS::Logs::LogGroup", region, logs.logGroups)
        tally.add("AWS::Logs::MetricFilter", region, logs.metricFilters)
        tally.add("AWS::CloudWatch::Alarm", region, cloudWatch.metricAlarms)
        tally.add("AWS::WAFv2::WebACL", region, wafv2.webACLs)
        tallyOperations(into: &tally)
    }

    /// Container registries, infrastructure as code, Systems Manager and EventBridge.
    private func tallyOperations(into tally: inout InventoryTally) {
        let region = name.rawValue
        tally.add("AWS::ECR::Repository", region, ecr.repositories)
        tally.add("AWS::CloudFormation::Stack", region, cloudFormation.stacks)
        tally.add("AWS::SSM::ManagedInstanceInventory", region, ssm.managedInstances)
        tally.add("AWS::SSM::Document", region, ssm.documents)
        tally.add("AWS::Events::EventBus", region, eventBridge.eventBuses)
        tally.add("AWS::Events::Rule", region, eventBridge.rules)
    }
}
