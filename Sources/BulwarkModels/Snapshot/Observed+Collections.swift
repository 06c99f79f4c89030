extension Observed {
    /// The values of per-resource observations whose answer is known.
    ///
    /// Used where a list call is followed by one describe call per item (ECS task definitions,
    /// CodePipeline pipelines, SageMaker notebooks): an item whose describe call failed is left
    /// out here and appears in ``AccountSnapshot/failedCalls``; an item AWS says does not exist
    /// (deleted between the two calls) is left out too.
    static func knownValues<Element>(_ observations: [Observed<Element>]) -> [Element] where Value == [Element] {
        observations.compactMap(\.valueIfPresent)
    }
}
