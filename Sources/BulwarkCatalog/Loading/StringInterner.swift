import BulwarkIAM

/// Makes one `String` per distinct byte sequence, so repeated names (condition keys listed by
/// hundreds of actions) share storage and cost no allocation after the first time.
struct StringInterner {
    private var slots: [Int32]
    private var hashes: [UInt64] = []
    private var strings: [String] = []
    /// Every interned string's bytes, back to back, for fast comparison.
    private var arena: [UInt8] = []
    private var ranges: [Range<Int>] = []
    private var mask: Int

    init(capacity: Int = 1 << 14) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    /// The shared string for `bytes`.
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let hash = ByteHash.hash(bytes)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            let index = Int(slots[slot])
            if hashes[index] == hash && equal(ranges[index], bytes) { return strings[index] }
            slot = (slot + 1) & mask
        }
        let string = String(decoding: bytes, as: UTF8.self)
        if strings.count * 2 >= slots.count { grow() }
        insert(string, hash: hash)
        ranges.append(arena.count..<arena.count + bytes.count)
        arena.append(contentsOf: bytes)
        return string
    }

    private func equal(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard range.count == bytes.count else { return false }
        return arena.withUnsafeBufferPointer { stored in
            var offset = 0
            var index = range.lowerBound
            while offset < bytes.count {
                if stored[index] != bytes[offset] { return false }
                offset += 1
                index += 1
            }
            return true
        }
    }

    private mutating func insert(_ string: String, hash: UInt64) {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(strings.count)
        hashes.append(hash)
        strings.append(string)
    }

    private mutating func grow() {
        let old = (strings, hashes)
        slots = [Int32](repeating: -1, count: slots.count * 2)
        mask = slots.count - 1
        strings.removeAll(keepingCapacity: true)
        hashes.removeAll(keepingCapacity: true)
        for (string, hash) in zip(old.0, old.1) { insert(string, hash: hash) }
    }
}

/// FNV-1a over bytes, optionally with ASCII letters folded to lowercase.
enum ByteHash {
    /// The hash of `bytes` as they are.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    /// Continues `hash` over `bytes` with ASCII letters lowercased.
    @inline(__always)
    static func foldedHash(_ bytes: some Sequence<UInt8>, continuing hash: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 {
        var hash = hash
        for byte in bytes { hash = (hash ^ UInt64(Glob.fold(byte))) &* 0x100_0000_01b3 }
        return hash
    }
}
