public import BulwarkModels

extension LambdaFunction: AuditedResource {
    /// `AWS::Lambda::Function`.
    public static var resourceType: String { "AWS::Lambda::Function" }
    /// The function's ARN.
    public func resourceARN(in scope: ResourceScope) -> String { "\(functionArn)" }
}

extension ECSCluster: AuditedResource {
    /// `AWS::ECS::Cluster`.
    public static var resourceType: String { "AWS::ECS::Cluster" }
    /// The cluster's ARN.
    public func resourceARN(in scope: ResourceScope) -> String { "\(clusterArn)" }
}

extension ECSTaskDefinition: AuditedResource {
    /// `AWS::ECS::TaskDefinition`.
    public static var resourceType: String { "AWS::ECS::TaskDefinition" }
    /// The task definition's ARN.
    public func resourceARN(in scope: ResourceScope) -> String { "\(taskDefinitionArn)" }
}

extension CodeBuildProject: AuditedResource {
    /// `AWS::CodeBuild::Project`.
    public static var resourceType: String { "AWS::CodeBuild::Project" }
    /// The project's ARN, or `arn:aws:codebuild:<region>:<account>:project/<name>`.
    public func resourceARN(in scope: ResourceScope) -> String {
        arn.map { "\($0)" } ?? scope.arn("codebuild", "project/\(name)")
    }
}

extension NotebookInstance: AuditedResource {
    /// `AWS::SageMaker::NotebookInstance`.
    public static var resourceType: String { "AWS::SageMaker::NotebookInstance" }
    /// The notebook's ARN, or `arn:aws:sagemaker:<region>:<account>:notebook-instance/<name>`.
    public func resourceARN(in scope: ResourceScope) -> String {
        notebookInstanceArn.map { "\($0)" }
            ?? scope.arn("sagemaker", "notebook-instance/\(notebookInstanceName.lowercased())")
    }
}

extension Pipeline: AuditedResource {
    /// `AWS::CodePipeline::Pipeline`.
    public static var resourceType: String { "AWS::CodePipeline::Pipeline" }
    /// `arn:aws:codepipeline:<region>:<account>:<name>`.
    public func resourceARN(in scope: ResourceScope) -> String { scope.arn("codepipeline", name) }
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
