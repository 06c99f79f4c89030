import Foundation

extension InputFile {
    /// A path on the command line that could not be expanded, with the reason.
    struct ExpansionProblem {
        /// The path as given.
        var path: String
        /// What is wrong, as a sentence fragment after the path.
        var message: String
    }

    /// Expands each directory in `paths` to the `.json` files directly inside it (sorted); other
    /// paths pass through unchanged, so a missing file is reported when it is read.
    static func expandingDirectories(_ paths: [String]) -> (files: [String], problems: [ExpansionProblem]) {
        var files: [String] = []
        var problems: [ExpansionProblem] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
                isDirectory.boolValue
            else {
                files.append(path)
                continue
            }
            do {
                let names = try FileManager.default.contentsOfDirectory(atPath: path)
                let jsonFiles = names.filter { $0.hasSuffix(".json") }.sorted()
                if jsonFiles.isEmpty {
                    problems.append(.init(path: path, message: "the directory holds no .json files"))
                }
                files += jsonFiles.map { (path as NSString).appendingPathComponent($0) }
            } catch {
                problems.append(.init(path: path, message: "cannot list the directory: \(error.localizedDescription)"))
            }
        }
        return (files, problems)
    }
}
