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
            for profile in role.instanceProfileList { roleOfProfile[profile.arn] = role.arn }
        }
        for region in snapshot.sortedRegions {
            func note<T>(_ what: String, _ observed: Observed<T>) {
                if let reason = observed.unreadable { unknown.append("\(what) in \(region.name): \(reason.code)") }
            }
            note("Lambda functions", region.lambda.functions)
            for function in region.lambda.functions.valueIfPresent ?? [] {
                guard let role = function.role else { continue }
                bindings.append(
                    ComputeBinding(resourceType: "AWS::Lambda::Function", resource: function.functionArn, roleARN: role)
                )
            }
            note("CodeBuild projects", region.codeBuild.projects)
            for project in region.codeBuild.projects.valueIfPresent ?? [] {
                guard let role = project.serviceRole else { continue }
                bindings.append(
                    ComputeBinding(
                        resourceType: "AWS::CodeBuild::Project",
                        resource: project.arn ?? project.name,
                        roleARN: role
                    )
                )
            }
            note("SageMaker notebook instances", region.sageMaker.notebookInstances)
            for notebook in region.sageMaker.notebookInstances.valueIfPresent ?? [] {
                guard let role = notebook.roleArn else { continue }
                bindings.append(
                    ComputeBinding(
                        resourceType: "AWS::SageMaker::NotebookInstance",
                        resource: notebook.notebookInstanceArn ?? notebook.notebookInstanceName,
                        roleARN: role
                    )
                )
            }
            note("EC2 instances", region.ec2.instances)
            for instance in region.ec2.instances.valueIfPresent ?? [] {
                guard let profile = instance.iamInstanceProfile?.arn, let role = roleOfProfile[profile] else {
                    continue
                }
                let arn =
                    "arn:\(snapshot.partition):ec2:\(region.name):\(snapshot.accountID):instance/\(instance.instanceID)"
                bindings.append(ComputeBinding(resourceType: "AWS::EC2::Instance", resource: arn, roleARN: role))
            }
        }
        return (bindings, unknown)
    }
}
