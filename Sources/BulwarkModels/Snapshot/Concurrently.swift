/// Bounded parallel work for snapshot loading.
enum Concurrently {
    /// How many files one loader reads at once.
    static let defaultLimit = 8

    /// `transform` applied to every element, at most `limit` at a time, results in input order.
    static func map<Element: Sendable, Result: Sendable>(
        _ elements: [Element],
        limit: Int = defaultLimit,
        _ transform: @escaping @Sendable (Element) async -> Result
    ) async -> [Result] {
        if elements.count <= 1 {
            var results: [Result] = []
            for element in elements { results.append(await transform(element)) }
            return results
        }
        return await withTaskGroup(of: (Int, Result).self) { group in
            var results: [Result?] = Array(repeating: nil, count: elements.count)
            var next = 0
            while next < min(max(limit, 1), elements.count) {
                let index = next
                group.addTask { (index, await transform(elements[index])) }
                next += 1
            }
            while let (index, result) = await group.next() {
                results[index] = result
                if next < elements.count {
                    let index = next
                    group.addTask { (index, await transform(elements[index])) }
                    next += 1
                }
            }
            return results.compactMap { $0 }
        }
    }
}
