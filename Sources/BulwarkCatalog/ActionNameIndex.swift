import BulwarkIAM

/// Finds an action by `service:name`, ignoring ASCII case, without allocating: an open-addressing
/// table of case-folded hashes, checked against the actions themselves.
struct ActionNameIndex: Sendable {
    private let slots: [Int32]
    private let hashes: [UInt64]
    private let mask: Int

    /// Indexes `actions`; `hashes`, when given, holds each action's case-folded `service:name` hash.
    init(_ actions: [AWSAction], hashes precomputed: [UInt64]? = nil) {
        var size = 16
        while size < actions.count * 2 { size <<= 1 }
        var slots = [Int32](repeating: -1, count: size)
        var hashes: [UInt64] = []
        hashes.reserveCapacity(actions.count)
        let mask = size - 1
        for (index, action) in actions.enumerated() {
            let hash =
                precomputed.map { $0[index] } ?? Self.hash(service: action.service, name: action.name)
            hashes.append(hash)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
        self.slots = slots
        self.hashes = hashes
        self.mask = mask
    }

    /// The position in `actions` of the action spelled `fullName` in any case.
    func index(of fullName: String, in actions: [AWSAction]) -> Int? {
        let hash = ByteHash.foldedHash(fullName.utf8)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            let index = Int(slots[slot])
            if hashes[index] == hash && Self.equal(fullName, actions[index]) { return index }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private static func hash(service: String, name: String) -> UInt64 {
        let prefix = ByteHash.foldedHash(service.utf8)
        return ByteHash.foldedHash(
            name.utf8,
            continuing: ByteHash.foldedHash(CollectionOfOne(UInt8(ascii: ":")), continuing: prefix)
        )
    }

    private static func equal(_ fullName: String, _ action: AWSAction) -> Bool {
        let text = fullName.utf8
        guard text.count == action.service.utf8.count + 1 + action.name.utf8.count else { return false }
        var iterator = text.makeIterator()
        for byte in action.service.utf8 {
            guard let next = iterator.next(), Glob.fold(next) == Glob.fold(byte) else {
                return false
            }
        }
        guard iterator.next() == UInt8(ascii: ":") else { return false }
        for byte in action.name.utf8 {
            guard let next = iterator.next(), Glob.fold(next) == Glob.fold(byte) else {
                return false
            }
        }
        return true
    }
}
