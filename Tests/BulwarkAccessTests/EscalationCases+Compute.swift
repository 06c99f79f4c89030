import BulwarkAccess

extension EscalationCase {
    /// The attacker may pass the admin role (trusting `service`) and perform `actions`.
    static func passRole(_ service: String, _ actions: [String], expectedMethod: String? = nil) -> EscalationCase {
        let method = expectedMethod ?? (["iam:PassRole"] + actions).joined(separator: "+")
        return scenario(
            "\(method) to \(service)",
            .path([method]),
            attacker: [allow(["iam:PassRole"], on: admin), allow(actions)],
            adminTrust: serviceTrust(service)
        )
    }

    /// Passing roles to services that run the caller's code, using existing compute, and near misses.
    static let compute: [EscalationCase] = [
        passRole("ec2.amazonaws.com", ["ec2:RunInstances"]),
        passRole("ec2.amazonaws.com", ["autoscaling:CreateLaunchConfiguration", "autoscaling:CreateAutoScalingGroup"]),
        passRole("lambda.amazonaws.com", ["lambda:CreateFunction", "lambda:InvokeFunction"]),
        passRole("lambda.amazonaws.com", ["lambda:CreateFunction", "lambda:CreateEventSourceMapping"]),
        passRole("glue.amazonaws.com", ["glue:CreateDevEndpoint"]),
        passRole("glue.amazonaws.com", ["glue:CreateJob", "glue:StartJobRun"]),
        passRole("cloudformation.amazonaws.com", ["cloudformation:CreateStack"]),
        passRole("datapipeline.amazonaws.com", ["datapipeline:CreatePipeline", "datapipeline:PutPipelineDefinition"]),
        passRole("codebuild.amazonaws.com", ["codebuild:CreateProject", "codebuild:StartBuild"]),
        passRole(
            "sagemaker.amazonaws.com",
            ["sagemaker:CreateNotebookInstance", "sagemaker:CreatePresignedNotebookInstanceUrl"]
        ),
        passRole("sagemaker.amazonaws.com", ["sagemaker:CreateTrainingJob"]),
        passRole("ecs-tasks.amazonaws.com", ["ecs:RegisterTaskDefinition", "ecs:RunTask"]),
        passRole("states.amazonaws.com", ["states:CreateStateMachine", "states:StartExecution"]),
        scenario(
            "iam:PassRole with iam:PassedToService naming another service",
            .nothing,
            attacker: [
                allow(["iam:PassRole"], on: admin, condition: passedTo("ec2.amazonaws.com")),
                allow(["lambda:CreateFunction", "lambda:InvokeFunction"]),
            ],
            adminTrust: serviceTrust("lambda.amazonaws.com")
        ),
        scenario(
            "iam:PassRole with iam:PassedToService naming the right service",
            .path(["iam:PassRole+lambda:CreateFunction+lambda:InvokeFunction"]),
            attacker: [
                allow(["iam:PassRole"], on: admin, condition: passedTo("lambda.amazonaws.com")),
                allow(["lambda:CreateFunction", "lambda:InvokeFunction"]),
            ],
            adminTrust: serviceTrust("lambda.amazonaws.com")
        ),
        scenario(
            "Lambda create and invoke, but the role trusts only EC2",
            .nothing,
            attacker: [allow(["iam:PassRole"], on: admin), allow(["lambda:CreateFunction", "lambda:InvokeFunction"])],
            adminTrust: serviceTrust("ec2.amazonaws.com")
        ),
        scenario(
            "iam:PassRole without the run action",
            .nothing,
            attacker: [allow(["iam:PassRole"], on: admin), allow(["lambda:CreateFunction"])],
            adminTrust: serviceTrust("lambda.amazonaws.com")
        ),
        scenario(
            "lambda:UpdateFunctionCode of a function running as admin",
            .path(["lambda:UpdateFunctionCode"]),
            attacker: [allow(["lambda:UpdateFunctionCode"], on: "arn:aws:lambda:us-east-1:111111111111:function:ops")],
            adminTrust: serviceTrust("lambda.amazonaws.com")
        ) {
            $0.bindings = [
                ComputeBinding(
                    resourceType: "AWS::Lambda::Function",
                    resource: "arn:aws:lambda:us-east-1:111111111111:function:ops",
                    roleARN: admin
                )
            ]
        },
        scenario(
            "lambda:UpdateFunctionCode of another function",
            .nothing,
            attacker: [
                allow(["lambda:UpdateFunctionCode"], on: "arn:aws:lambda:us-east-1:111111111111:function:other")
            ],
            adminTrust: serviceTrust("lambda.amazonaws.com")
        ) {
            $0.bindings = [
                ComputeBinding(
                    resourceType: "AWS::Lambda::Function",
                    resource: "arn:aws:lambda:us-east-1:111111111111:function:ops",
                    roleARN: admin
                )
            ]
        },
        scenario(
            "codebuild:StartBuild of a project running as admin",
            .path(["codebuild:StartBuild"]),
            attacker: [allow(["codebuild:StartBuild"])],
            adminTrust: serviceTrust("codebuild.amazonaws.com")
        ) {
            $0.bindings = [
                ComputeBinding(
                    resourceType: "AWS::CodeBuild::Project",
                    resource: "arn:aws:codebuild:us-east-1:111111111111:project/build",
                    roleARN: admin
                )
            ]
        },
        scenario(
            "sagemaker:CreatePresignedNotebookInstanceUrl of a notebook running as admin",
            .path(["sagemaker:CreatePresignedNotebookInstanceUrl"]),
            attacker: [allow(["sagemaker:CreatePresignedNotebookInstanceUrl"])],
            adminTrust: serviceTrust("sagemaker.amazonaws.com")
        ) {
            $0.bindings = [
                ComputeBinding(
                    resourceType: "AWS::SageMaker::NotebookInstance",
                    resource: "arn:aws:sagemaker:us-east-1:111111111111:notebook-instance/nb",
                    roleARN: admin
                )
            ]
        },
        scenario(
            "ssm:SendCommand to an instance running as admin",
            .path(["ssm:SendCommand"]),
            attacker: [allow(["ssm:SendCommand"])],
            adminTrust: serviceTrust("ec2.amazonaws.com")
        ) {
            $0.bindings = [
                ComputeBinding(
                    resourceType: "AWS::SSM::ManagedInstance",
                    resource: "arn:aws:ec2:us-east-1:111111111111:instance/i-0abc",
                    roleARN: admin
                )
            ]
        },
    ]
}
