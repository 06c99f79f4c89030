import BulwarkIAM
import BulwarkModels

/// Compute of the snapshot that runs as a role: whoever can change what it runs gains the role.
public struct ComputeBinding: Sendable, Hashable {
    /// The kind of compute, such as `AWS::Lambda::Function`.
    public var resourceType: String
    /// The compute resource's ARN (or id when AWS gives no ARN).
    public var resource: String
    /// The role it runs as.
    public var roleARN: String

    /// Creates a binding.
    public init(resourceType: String, resource: String, roleARN: String) {
        self.resourceType = resourceType
        self.resource = resource
        self.roleARN = roleARN
    }
}

extension ComputeBinding {
    /// Every compute binding the snapshot records, and what could not be read.
    static func gather(from snapshot: AccountSnapshot) -> (bindings: [ComputeBinding], unknown: [String]) {
        var bindings: [ComputeBinding] = []
        var unknown: [String] = []
        var roleOfProfile: [String: String] = [:]
        for role in snapshot.iam.roles.valueIfPresent ?? [] {
            for profile in role.instanceProfileList { roleOfProfile[profile.arn.description] = role.arn.description }
        }
        for region in snapshot.sortedRegions {
            let name = region.name
            for function in region.lambda.functions.readable("Lambda functions in \(name)", &unknown) {
                guard let role = function.role else { continue }
                bindings.append(
                    ComputeBinding(
                        resourceType: "AWS::Lambda::Function",
                        resource: function.functionARN.description,
                        roleARN: role.description
                    )
                )
            }
            for project in region.codeBuild.projects.readable("CodeBuild projects in \(name)", &unknown) {
                guard let role = project.serviceRole else { continue }
                bindings.append(
                    ComputeBinding(
                        resourceType: "AWS::CodeBuild::Project",
                        resource: project.arn?.description ?? project.name,
                        roleARN: role.description
                    )
                )
            }
            for notebook in region.sageMaker.notebookInstances.readable(
                "SageMaker notebook instances in \(name)",
                &unknown
            ) {
                guard let role = notebook.roleARN else { continue }
                bindings.append(
                    ComputeBinding(
                        resourceType: "AWS::SageMaker::NotebookInstance",
                        resource: notebook.notebookInstanceARN?.description ?? notebook.notebookInstanceName,
                        roleARN: role.description
                    )
                )
            }
            for stack in region.cloudFormation.stacks.readable("CloudFormation stacks in \(name)", &unknown) {
                guard let role = stack.roleARN else { continue }
                bindings.append(
                    ComputeBinding(
                        resourceType: "AWS::CloudFormation::Stack",
                        resource: stack.stackID.description,
                        roleARN: role.description
                    )
                )
            }
            for endpoint in region.glue.devEndpoints.readable("Glue development endpoints in \(name)", &unknown) {
                guard let role = endpoint.roleARN else { continue }
                let arn =
                    "arn:\(snapshot.partition):glue:\(name):\(snapshot.accountID):devEndpoint/\(endpoint.endpointName)"
                bindings.append(
                    ComputeBinding(resourceType: "AWS::Glue::DevEndpoint", resource: arn, roleARN: role.description)
                )
            }
            // Instances run as their instance profile's role; Systems Manager reaches only managed nodes.
            let managed = Set(region.ssm.managedInstances.valueIfPresent?.map(\.instanceID) ?? [])
            for instance in region.ec2.instances.readable("EC2 instances in \(name)", &unknown) {
                guard let profile = instance.iamInstanceProfile?.arn.description, let role = roleOfProfile[profile]
                else {
                    continue
                }
                let arn = "arn:\(snapshot.partition):ec2:\(name):\(snapshot.accountID):instance/\(instance.instanceID)"
                let type = managed.contains(instance.instanceID) ? "AWS::SSM::ManagedInstance" : "AWS::EC2::Instance"
                bindings.append(ComputeBinding(resourceType: type, resource: arn, roleARN: role))
            }
        }
        return (bindings, unknown)
    }
}
