import Foundation

/// Loads language-neutral test cases from `Data/` (a JSON array of objects per file).
enum TestData {
    /// The objects of `Data/<path>`, or an empty list when the file is missing or not an array of objects.
    static func objects(_ path: String) -> [[String: Any]] {
        guard let folder = Bundle.module.url(forResource: "Data", withExtension: nil),
            let data = try? Data(contentsOf: folder.appendingPathComponent(path)),
            let objects = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]]
        else { return [] }
        return objects
    }

    /// The names of the `.json` files in `Data/<folder>`, sorted.
    static func files(in folder: String) -> [String] {
        guard let url = Bundle.module.url(forResource: "Data", withExtension: nil)?.appendingPathComponent(folder),
            let names = try? FileManager.default.contentsOfDirectory(atPath: url.path)
        else { return [] }
        return names.filter { $0.hasSuffix(".json") }.sorted().map { folder + "/" + $0 }
    }
}
