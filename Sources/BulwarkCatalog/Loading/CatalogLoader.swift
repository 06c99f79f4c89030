import BulwarkIAM

/// Parses the tab-separated catalog text (see `Scripts/generate-catalog.py` for the format).
///
/// Works on UTF-8 bytes and makes one `String` per name, so the whole file loads in milliseconds.
struct CatalogLoader {
    let name: String
    var line = 0
    /// The byte offset where the current line starts.
    var lineStart = 0
    var header: [String: [String]] = [:]
    var services: [AWSService] = []
    var actions: [AWSAction] = []
    var resourceTypes: [AWSResourceType] = []
    var globalKeys: [ConditionKeyDefinition] = []
    var serviceKeys: [ConditionKeyDefinition] = []
    private var current: (prefix: String, name: String, rcp: Bool)?
    private var serviceStart = (actions: 0, resourceTypes: 0, keys: 0)
    private var accessLevels: [String: [AccessLevel]] = [:]
    private var interner = StringInterner()
    /// The case-folded hash of `service:name` for each action, for ``ActionNameIndex``.
    var actionHashes: [UInt64] = []
    private var serviceHash: UInt64 = 0

    /// The header lines a catalog file starts with.
    static let headerNames: Set<String> = ["bulwark-catalog", "source", "counts"]

    init(name: String) {
        self.name = name
        actions.reserveCapacity(25_000)
        actionHashes.reserveCapacity(25_000)
        resourceTypes.reserveCapacity(2_600)
        serviceKeys.reserveCapacity(2_800)
    }

    mutating func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(CatalogError) {
        var fields: [Range<Int>] = []
        fields.reserveCapacity(8)
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            line += 1
            lineStart = start
            fields.removeAll(keepingCapacity: true)
            var fieldStart = start
            for index in start..<end where bytes[index] == 0x09 {
                fields.append(fieldStart..<index)
                fieldStart = index + 1
            }
            fields.append(fieldStart..<end)
            if end > start { try record(fields, bytes) }
            start = end + 1
        }
        finishService()
    }

    private mutating func record(_ fields: [Range<Int>], _ bytes: UnsafeBufferPointer<UInt8>) throws(CatalogError) {
        func text(_ index: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[fields[index]]), as: UTF8.self)
        }
        let kind = fields[0].count == 1 ? bytes[fields[0].lowerBound] : 0
        let expected: Int
        switch kind {
        case UInt8(ascii: "A"): expected = 6
        case UInt8(ascii: "S"), UInt8(ascii: "R"): expected = 4
        case UInt8(ascii: "K"), UInt8(ascii: "G"): expected = 3
        default: expected = 0
        }
        guard expected == 0 || fields.count == expected else {
            throw malformed("a \(text(0)) record needs \(expected) fields, found \(fields.count)")
        }
        switch kind {
        case UInt8(ascii: "A"):
            guard let service = current?.prefix else { throw malformed("an action before any service") }
            let access = intern(fields[2], bytes)
            actionHashes.append(
                ByteHash.foldedHash(UnsafeBufferPointer(rebasing: bytes[fields[1]]), continuing: serviceHash)
            )
            actions.append(
                AWSAction(
                    service: service,
                    name: text(1),
                    accessLevels: accessLevels(access),
                    resourceTypes: resourceEntries(fields[5], bytes),
                    conditionKeys: list(fields[3], bytes),
                    dependentActions: list(fields[4], bytes)
                )
            )
        case UInt8(ascii: "S"):
            finishService()
            current = (text(1), text(2), text(3) == "1")
            serviceHash = ByteHash.foldedHash(
                CollectionOfOne(UInt8(ascii: ":")),
                continuing: ByteHash.foldedHash(UnsafeBufferPointer(rebasing: bytes[fields[1]]))
            )
        case UInt8(ascii: "R"):
            guard let service = current?.prefix else { throw malformed("a resource type before any service") }
            resourceTypes.append(
                AWSResourceType(
                    service: service,
                    name: intern(fields[1], bytes),
                    arnTemplate: text(2),
                    conditionKeys: list(fields[3], bytes)
                )
            )
        case UInt8(ascii: "K"):
            guard let service = current?.prefix else { throw malformed("a condition key before any service") }
            serviceKeys.append(
                ConditionKeyDefinition(
                    key: intern(fields[1], bytes),
                    typeText: Substring(text(2)),
                    isGlobal: false,
                    service: service
                )
            )
        case UInt8(ascii: "G"):
            globalKeys.append(
                ConditionKeyDefinition(key: text(1), typeText: Substring(text(2)), isGlobal: true, service: nil)
            )
        default:
            let name = text(0)
            guard Self.headerNames.contains(name) else {
                throw malformed("unknown record '\(name)' (expected A, S, R, K, G or a header line)")
            }
            header[name] = (1..<fields.count).map(text)
        }
    }

    private mutating func intern(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> String {
        interner.intern(UnsafeBufferPointer(rebasing: bytes[range]))
    }

    /// The `separator`-separated items of `range`, interned.
    private mutating func list(
        _ range: Range<Int>,
        _ bytes: UnsafeBufferPointer<UInt8>,
        separator: UInt8 = UInt8(ascii: ",")
    ) -> [String] {
        guard !range.isEmpty else { return [] }
        var items: [String] = []
        var start = range.lowerBound
        for index in range where bytes[index] == separator {
            items.append(intern(start..<index, bytes))
            start = index + 1
        }
        items.append(intern(start..<range.upperBound, bytes))
        return items
    }

    /// Parses `name[*]|keys|dependent` entries separated by `;`.
    private mutating func resourceEntries(
        _ range: Range<Int>,
        _ bytes: UnsafeBufferPointer<UInt8>
    ) -> [ActionResourceType] {
        guard !range.isEmpty else { return [] }
        var entries: [ActionResourceType] = []
        var start = range.lowerBound
        var index = range.lowerBound
        while index <= range.upperBound {
            if index == range.upperBound || bytes[index] == UInt8(ascii: ";") {
                entries.append(resourceEntry(start..<index, bytes))
                start = index + 1
            }
            index += 1
        }
        return entries
    }

    private mutating func resourceEntry(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> ActionResourceType
    {
        var first = range.upperBound
        var second = range.upperBound
        for index in range where bytes[index] == UInt8(ascii: "|") {
            if first == range.upperBound {
                first = index
            } else if second == range.upperBound {
                second = index
            }
        }
        var nameEnd = first
        let required = nameEnd > range.lowerBound && bytes[nameEnd - 1] == UInt8(ascii: "*")
        if required { nameEnd -= 1 }
        return ActionResourceType(
            name: intern(range.lowerBound..<nameEnd, bytes),
            isRequired: required,
            conditionKeys: first < range.upperBound ? list(first + 1..<second, bytes) : [],
            dependentActions: second < range.upperBound ? list(second + 1..<range.upperBound, bytes) : []
        )
    }

    private mutating func accessLevels(_ text: String) -> [AccessLevel] {
        if let known = accessLevels[text] { return known }
        let levels = text.split(separator: ",")
            .map {
                AccessLevel(rawValue: String($0.drop(while: { $0 == " " })))
            }
        accessLevels[text] = levels
        return levels
    }

    private mutating func finishService() {
        guard let current else { return }
        services.append(
            AWSService(
                prefix: current.prefix,
                name: current.name,
                supportsResourceControlPolicies: current.rcp,
                actionRange: serviceStart.actions..<actions.count,
                resourceTypeRange: serviceStart.resourceTypes..<resourceTypes.count,
                conditionKeyRange: serviceStart.keys..<serviceKeys.count
            )
        )
        serviceStart = (actions.count, resourceTypes.count, serviceKeys.count)
        self.current = nil
    }

    func malformed(_ message: String) -> CatalogError {
        CatalogError(
            .catalogMalformed,
            file: name,
            position: TextPosition(line: line, column: 1, offset: lineStart),
            message,
            fix: "regenerate it with Scripts/generate-catalog.py"
        )
    }
}
