/// Accumulates resource counts while an inventory is computed.
struct InventoryTally {
    private(set) var counts: [String: [String: Int]] = [:]

    /// Adds `count` resources of `type` in `region`.
    mutating func add(_ type: String, _ region: String, _ count: Int) {
        guard count > 0 else { return }
        counts[region, default: [:]][type, default: 0] += count
    }

    /// Adds the resources read (an unknown list or item adds nothing; its call is listed as unreadable).
    mutating func add<List: ObservableList>(_ type: String, _ region: String, _ list: Observed<List>) {
        add(type, region, list.items.count { $0.valueIfPresent != nil })
    }

    /// Adds one resource when the observation has a value.
    mutating func addOne<Value>(_ type: String, _ region: String, _ value: Observed<Value>) {
        add(type, region, value.valueIfPresent == nil ? 0 : 1)
    }

    /// The counts, `global` first, then regions and types in alphabetical order.
    var sorted: [SnapshotInventory.ResourceCount] {
        counts.keys.sorted(by: regionOrder)
            .flatMap { region in
                (counts[region] ?? [:]).sorted { $0.key < $1.key }
                    .map {
                        SnapshotInventory.ResourceCount(type: $0.key, region: region, count: $0.value)
                    }
            }
    }
}

/// `global` sorts before every region; regions sort by name.
func regionOrder(_ left: String, _ right: String) -> Bool {
    let global = SnapshotScope.global.folderName
    if left == global { return right != global }
    if right == global { return false }
    return left < right
}
