import BulwarkIAM
extension LambdaResources {
    /// Reads `lambda list-functions`, then each function's resource policy and URL configuration.
    static func load(from reader: SnapshotReader, scope: SnapshotScope) async -> LambdaResources {
        let functions =
            await reader.list(LambdaFunction.self, .call(scope, "lambda", "list-functions"), key: "Functions")
            .asyncMap { functions in
                await Concurrently.map(functions) { function in
                    var function = function
                    function.policy = reader.member(
                        EmbeddedPolicy.self,
                        .call(scope, "lambda", "get-policy", function.functionName),
                        key: "Policy",
                        policyKind: .resource
                    )
                    function.urlConfig = reader.read(
                        FunctionURLConfig.self,
                        .call(scope, "lambda", "get-function-url-config", function.functionName)
                    )
                    return function
                }
            }
        return LambdaResources(functions: functions)
    }
}
