import Foundation
import Testing

/// Keeps documented Swift examples compiling: every ```` ```swift ```` block of a document must occur
/// verbatim in a test file, where the compiler and the tests see it.
///
/// Lines are compared with surrounding whitespace trimmed, so a block may be indented differently in the
/// test file. `import` lines of a block must each appear somewhere in the test file (imports live at
/// its top); the block's other lines must appear as one contiguous run. Blocks whose first line is
/// `// Package.swift` are manifest excerpts and are not checked.
enum CodeBlockSync {
    /// The package's root directory (this file is `Tests/BulwarkEvaluatorTests/CodeBlockSync.swift`).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The document's Swift code blocks, each as its lines with whitespace trimmed.
    static func swiftBlocks(in text: String) -> [[String]] {
        var blocks: [[String]] = []
        var current: [String]?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if current == nil, trimmed == "```swift" {
                current = []
            } else if let block = current, trimmed == "```" {
                if block.first?.hasPrefix("// Package.swift") != true { blocks.append(block) }
                current = nil
            } else if current != nil {
                current?.append(trimmed)
            }
        }
        return blocks
    }

    /// Whether `block` occurs in `sourceLines` (trimmed): its imports anywhere, the rest contiguously.
    static func block(_ block: [String], occursIn sourceLines: [String]) -> Bool {
        let imports = block.filter { $0.hasPrefix("import ") }
        guard imports.allSatisfy(sourceLines.contains) else { return false }
        let body = Array(block.filter { !$0.hasPrefix("import ") }.drop { $0.isEmpty })
        guard !body.isEmpty else { return true }
        return sourceLines.indices.contains { start in
            start + body.count <= sourceLines.count && Array(sourceLines[start..<start + body.count]) == body
        }
    }

    /// Records an issue for every Swift block of `document` (a path from the package root) that does not
    /// occur in `testFile`, and one when the document has fewer than `minimumBlocks` blocks.
    static func expectBlocks(
        of document: String,
        occurIn testFile: String = #filePath,
        minimumBlocks: Int,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let text = try String(contentsOf: packageRoot.appendingPathComponent(document), encoding: .utf8)
        let source = try String(contentsOf: URL(fileURLWithPath: testFile), encoding: .utf8)
        let sourceLines = source.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        let blocks = swiftBlocks(in: text)
        #expect(
            blocks.count >= minimumBlocks,
            "\(document) has \(blocks.count) Swift blocks, expected at least \(minimumBlocks)",
            sourceLocation: sourceLocation
        )
        let fileName = URL(fileURLWithPath: testFile).lastPathComponent
        for block in blocks where !Self.block(block, occursIn: sourceLines) {
            Issue.record(
                "this \(document) block is not in \(fileName):\n\(block.joined(separator: "\n"))",
                sourceLocation: sourceLocation
            )
        }
    }
}
