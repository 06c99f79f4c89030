public import BulwarkModels

extension LambdaFunction: AuditedResource {
    /// `AWS::Lambda::Function`.
    public static var resourceType: String { "AWS::Lambda::Function" }
    /// The function's ARN.
    public func resourceARN(in scope: ResourceScope) -> String { "\(functionARN)" }
}

extension ECSCluster: AuditedResource {
    /// `AWS::ECS::Cluster`.
    public static var resourceType: String { "AWS::ECS::Cluster" }
    /// The cluster's ARN.
    public func resourceARN(in scope: ResourceScope) -> String { "\(clusterARN)" }
}

extension ECSTaskDefinition: AuditedResource {
    /// `AWS::ECS::TaskDefinition`.
    public static var resourceType: String { "AWS::ECS::TaskDefinition" }
    /// The task definition's ARN.
    public func resourceARN(in scope: ResourceScope) -> String { "\(taskDefinitionARN)" }
}

extension CodeBuildProject: AuditedResource {
    /// `AWS::CodeBuild::Project`.
    public static var resourceType: String { "AWS::CodeBuild::Project" }
    /// The project's ARN, or `arn:aws:codebuild:<region>:<account>:project/<name>`.
    public func resourceARN(in scope: ResourceScope) -> String {
        arn.map { "\($0)" } ?? scope.arn("codebuild", "project/\(name)")
    }

    /// The project's ARN from the name a `batch-get-projects` call was for.
    public static func resourceARN(of item: Unreadable, in scope: ResourceScope) -> String? {
        item.call.resourceID.map { $0.hasPrefix("arn:") ? $0 : scope.arn("codebuild", "project/\($0)") }
    }
}

extension NotebookInstance: AuditedResource {
    /// `AWS::SageMaker::NotebookInstance`.
    public static var resourceType: String { "AWS::SageMaker::NotebookInstance" }
    /// The notebook's ARN, or `arn:aws:sagemaker:<region>:<account>:notebook-instance/<name>`.
    public func resourceARN(in scope: ResourceScope) -> String {
        notebookInstanceARN.map { "\($0)" }
            ?? scope.arn("sagemaker", "notebook-instance/\(notebookInstanceName.lowercased())")
    }

    /// The notebook's ARN from the name a `describe-notebook-instance` call was for.
    public static func resourceARN(of item: Unreadable, in scope: ResourceScope) -> String? {
        item.call.resourceID.map { scope.arn("sagemaker", "notebook-instance/\($0.lowercased())") }
    }
}

extension Pipeline: AuditedResource {
    /// `AWS::CodePipeline::Pipeline`.
    public static var resourceType: String { "AWS::CodePipeline::Pipeline" }
    /// `arn:aws:codepipeline:<region>:<account>:<name>`.
    public func resourceARN(in scope: ResourceScope) -> String { scope.arn("codepipeline", name) }

    /// The pipeline's ARN from the name a `get-pipeline` call was for.
    public static func resourceARN(of item: Unreadable, in scope: ResourceScope) -> String? {
        item.call.resourceID.map { scope.arn("codepipeline", $0) }
    }
}

extension Distribution: AuditedResource {
    /// `AWS::CloudFront::Distribution`.
    public static var resourceType: String { "AWS::CloudFront::Distribution" }
    /// The distribution's ARN.
    public func resourceARN(in scope: ResourceScope) -> String { "\(arn)" }
}

extension WebACLSummary: AuditedResource {
    /// `AWS::WAFv2::WebACL`.
    public static var resourceType: String { "AWS::WAFv2::WebACL" }
    /// The web ACL's ARN.
    public func resourceARN(in scope: ResourceScope) -> String { "\(arn)" }
}

extension ECRRepository: AuditedResource {
    /// `AWS::ECR::Repository`.
    public static var resourceType: String { "AWS::ECR::Repository" }
    /// The repository's ARN.
    public func resourceARN(in scope: ResourceScope) -> String { "\(repositoryARN)" }
}
