import Foundation
import Testing

/// Each module imports only the modules below it in the layer diagram (README, "Architecture"):
/// BulwarkIAM depends on the standard library alone, the catalog and the models only on BulwarkIAM,
/// and so on up to the umbrella, the testing helpers and the command-line tool.
@Suite struct ModuleLayerTests {
    /// The package's modules each module may import.
    static let layers: [String: Set<String>] = [
        "BulwarkIAM": [],
        "BulwarkCatalog": ["BulwarkIAM"],
        "BulwarkModels": ["BulwarkIAM"],
        "BulwarkAccess": ["BulwarkIAM", "BulwarkCatalog", "BulwarkModels"],
        "BulwarkControls": ["BulwarkIAM", "BulwarkModels", "BulwarkAccess"],
        "BulwarkStandards": ["BulwarkControls", "BulwarkAccess", "BulwarkModels", "BulwarkIAM"],
        "Bulwark": [
            "BulwarkIAM", "BulwarkCatalog", "BulwarkModels", "BulwarkAccess", "BulwarkControls", "BulwarkStandards",
        ],
        "BulwarkTesting": ["BulwarkIAM", "BulwarkCatalog"],
        "BulwarkCLI": [
            "Bulwark", "BulwarkIAM", "BulwarkCatalog", "BulwarkModels", "BulwarkAccess", "BulwarkControls",
            "BulwarkStandards",
        ],
    ]

    /// Platform modules a module other than BulwarkIAM may use (`Testing` only in the testing helpers).
    static let platform: Set<String> = ["Foundation", "FoundationEssentials", "Glibc", "Musl", "Darwin", "Dispatch"]

    /// Known exceptions, each to be removed: the policy builder's date conditions take Foundation's `Date`.
    static let exceptions: [String: Set<String>] = [
        "BulwarkIAM/Builder": ["Foundation", "FoundationEssentials"]
    ]

    static let sources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources")

    /// The module names in `import` lines of `text` (attributes, access levels and `#if` blocks included).
    static func imports(in text: String) -> Set<String> {
        var modules: Set<String> = []
        for line in text.split(separator: "\n") {
            let words = line.split(separator: " ").filter { !$0.hasPrefix("@") }
            guard let index = words.firstIndex(of: "import"), index + 1 < words.count,
                words[..<index]
                    .allSatisfy({ ["public", "package", "internal", "private", "fileprivate"].contains($0) })
            else { continue }
            let kinds: Set<Substring> = ["struct", "enum", "class", "protocol", "func", "var", "let", "typealias"]
            let name = kinds.contains(words[index + 1]) && index + 2 < words.count ? words[index + 2] : words[index + 1]
            modules.insert(String(name.split(separator: ".")[0]))
        }
        return modules
    }

    @Test func everyModuleIsListed() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.sources.path)
            .filter { !$0.hasPrefix(".") }
        #expect(Set(folders) == Set(Self.layers.keys), "add a new module to the layer table")
    }

    @Test(arguments: layers.keys.sorted())
    func importsFollowTheLayers(module: String) throws {
        let root = Self.sources.appendingPathComponent(module)
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        var offenders: [String] = []
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            var allowed = Self.layers[module] ?? []
            if module != "BulwarkIAM" { allowed.formUnion(Self.platform) }
            if module == "BulwarkTesting" { allowed.insert("Testing") }
            for (folder, modules) in Self.exceptions
            where url.path.contains("/Sources/\(folder)/") {
                allowed.formUnion(modules)
            }
            let text = try String(contentsOf: url, encoding: .utf8)
            for name in Self.imports(in: text).subtracting(allowed) {
                offenders.append("\(url.lastPathComponent) imports \(name)")
            }
        }
        #expect(offenders.isEmpty, "\(module) may import only \(Self.layers[module]?.sorted() ?? [])")
    }

    @Test func importLinesAreRecognised() {
        let text = """
            @_exported public import BulwarkIAM
            package import Foundation
            #if canImport(Glibc)
            import Glibc
            #endif
            import struct BulwarkModels.Tag
            // import Nothing
            """
        #expect(Self.imports(in: text) == ["BulwarkIAM", "Foundation", "Glibc", "BulwarkModels"])
    }
}
