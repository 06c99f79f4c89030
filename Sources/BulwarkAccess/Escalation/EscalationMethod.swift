/// A way to gain a role's permissions by making an AWS service run code as that role.
///
/// Two families, from the publicly documented methods (Rhino Security Labs' AWS privilege escalation
/// list, PMapper's edges, BishopFox's iam-vulnerable): passing a role to a service that then runs
/// the caller's code (`iam:PassRole` together with the service's create/run actions, the role's
/// trust policy admitting the service), and changing what existing compute that already runs as
/// the role executes.
public struct EscalationMethod: Sendable, Hashable {
    /// How the method reaches the role.
    public enum Kind: Sendable, Hashable {
        /// Pass the role to this service principal (`lambda.amazonaws.com`).
        case passRole(service: String)
        /// Change existing compute of this resource type that runs as the role.
        case existingCompute(resourceType: String)
    }

    /// The method's name as reports show it (`iam:PassRole+lambda:CreateFunction+lambda:InvokeFunction`).
    public var name: String
    /// How it reaches the role.
    public var kind: Kind
    /// The actions the caller needs besides `iam:PassRole`, all of them.
    public var actions: [String]

    /// Creates a method.
    public init(name: String, kind: Kind, actions: [String]) {
        self.name = name
        self.kind = kind
        self.actions = actions
    }

    /// A pass-role method named after its actions.
    static func pass(_ service: String, _ actions: [String]) -> EscalationMethod {
        EscalationMethod(
            name: (["iam:PassRole"] + actions).joined(separator: "+"),
            kind: .passRole(service: service),
            actions: actions
        )
    }

    /// An existing-compute method named after its actions.
    static func existing(_ type: String, _ actions: [String]) -> EscalationMethod {
        EscalationMethod(
            name: actions.joined(separator: "+"),
            kind: .existingCompute(resourceType: type),
            actions: actions
        )
    }

    /// Every compute method the analysis checks.
    public static let all: [EscalationMethod] = passRoleMethods + existingComputeMethods

    /// Methods that pass a role to a service which runs the caller's code.
    public static let passRoleMethods: [EscalationMethod] = [
        .pass("ec2.amazonaws.com", ["ec2:RunInstances"]),
        .pass("ec2.amazonaws.com", ["autoscaling:CreateLaunchConfiguration", "autoscaling:CreateAutoScalingGroup"]),
        .pass("ec2.amazonaws.com", ["ec2:CreateLaunchTemplate", "autoscaling:CreateAutoScalingGroup"]),
        .pass("lambda.amazonaws.com", ["lambda:CreateFunction", "lambda:InvokeFunction"]),
        .pass("lambda.amazonaws.com", ["lambda:CreateFunction", "lambda:CreateEventSourceMapping"]),
        .pass("lambda.amazonaws.com", ["lambda:CreateFunction", "lambda:AddPermission"]),
        .pass("glue.amazonaws.com", ["glue:CreateDevEndpoint"]),
        .pass("glue.amazonaws.com", ["glue:CreateJob", "glue:StartJobRun"]),
        .pass("glue.amazonaws.com", ["glue:CreateJob", "glue:CreateTrigger"]),
        .pass("cloudformation.amazonaws.com", ["cloudformation:CreateStack"]),
        .pass("cloudformation.amazonaws.com", ["cloudformation:CreateChangeSet", "cloudformation:ExecuteChangeSet"]),
        .pass("datapipeline.amazonaws.com", ["datapipeline:CreatePipeline", "datapipeline:PutPipelineDefinition"]),
        .pass("codebuild.amazonaws.com", ["codebuild:CreateProject", "codebuild:StartBuild"]),
        .pass("codebuild.amazonaws.com", ["codebuild:CreateProject", "codebuild:StartBuildBatch"]),
        .pass(
            "sagemaker.amazonaws.com",
            ["sagemaker:CreateNotebookInstance", "sagemaker:CreatePresignedNotebookInstanceUrl"]
        ),
        .pass("sagemaker.amazonaws.com", ["sagemaker:CreateTrainingJob"]),
        .pass("sagemaker.amazonaws.com", ["sagemaker:CreateProcessingJob"]),
        .pass("ecs-tasks.amazonaws.com", ["ecs:RegisterTaskDefinition", "ecs:RunTask"]),
        .pass("ecs-tasks.amazonaws.com", ["ecs:RegisterTaskDefinition", "ecs:StartTask"]),
        .pass("ecs-tasks.amazonaws.com", ["ecs:RegisterTaskDefinition", "ecs:CreateService"]),
        .pass("states.amazonaws.com", ["states:CreateStateMachine", "states:StartExecution"]),
        .pass("tasks.apprunner.amazonaws.com", ["apprunner:CreateService"]),
        .pass("elasticmapreduce.amazonaws.com", ["elasticmapreduce:RunJobFlow"]),
        .pass(
            "bedrock-agentcore.amazonaws.com",
            ["bedrock-agentcore:CreateCodeInterpreter", "bedrock-agentcore:InvokeCodeInterpreter"]
        ),
    ]

    /// Methods that change what existing compute running as the role executes.
    public static let existingComputeMethods: [EscalationMethod] = [
        .existing("AWS::Lambda::Function", ["lambda:UpdateFunctionCode"]),
        .existing("AWS::Lambda::Function", ["lambda:UpdateFunctionConfiguration"]),
        .existing("AWS::CodeBuild::Project", ["codebuild:StartBuild"]),
        .existing("AWS::CodeBuild::Project", ["codebuild:UpdateProject", "codebuild:StartBuild"]),
        .existing("AWS::SageMaker::NotebookInstance", ["sagemaker:CreatePresignedNotebookInstanceUrl"]),
        .existing("AWS::SSM::ManagedInstance", ["ssm:SendCommand"]),
        .existing("AWS::SSM::ManagedInstance", ["ssm:StartSession"]),
        .existing(
            "AWS::SSM::ManagedInstance",
            ["ec2:ModifyInstanceAttribute", "ec2:StopInstances", "ec2:StartInstances"]
        ),
        .existing("AWS::EC2::Instance", ["ec2:ModifyInstanceAttribute", "ec2:StopInstances", "ec2:StartInstances"]),
        .existing("AWS::EC2::Instance", ["ec2-instance-connect:SendSSHPublicKey"]),
        .existing("AWS::Glue::DevEndpoint", ["glue:UpdateDevEndpoint"]),
        .existing("AWS::CloudFormation::Stack", ["cloudformation:UpdateStack"]),
        .existing("AWS::CloudFormation::Stack", ["cloudformation:CreateChangeSet", "cloudformation:ExecuteChangeSet"]),
        .existing(
            "AWS::DataPipeline::Pipeline",
            ["datapipeline:PutPipelineDefinition", "datapipeline:ActivatePipeline"]
        ),
    ]
}
