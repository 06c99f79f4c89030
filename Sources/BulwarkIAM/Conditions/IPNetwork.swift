/// An IPv4 or IPv6 network (`203.0.113.0/24`, `2001:db8::/32`) for `IpAddress`/`NotIpAddress`.
///
/// A value without `/n` is a single host (/32 for IPv4, /128 for IPv6; IAM User Guide, "IP address
/// condition operators"). Addresses are held as 128-bit numbers; IPv4 and IPv6 never match each other.
package struct IPNetwork: Sendable, Hashable, CustomStringConvertible {
    /// Whether this is an IPv6 network.
    package let isIPv6: Bool
    /// The address bits (IPv4 in the low 32 bits of `low`).
    package let high: UInt64
    /// The address bits (IPv4 in the low 32 bits of `low`).
    package let low: UInt64
    /// The prefix length.
    package let prefix: Int
    /// The text as written.
    package let description: String

    /// Parses `address` or `address/prefix`; `nil` when malformed.
    package init?(_ text: String) {
        var text = text
        guard let parsed = text.withUTF8({ IPNetwork.parse($0) }) else { return nil }
        (isIPv6, high, low, prefix) = parsed
        description = text
    }

    /// A parsed request address.
    package struct Address: Sendable {
        let isIPv6: Bool
        let high: UInt64
        let low: UInt64

        /// Parses an address (a `/prefix` is ignored); `nil` when malformed.
        package init?(_ text: String) {
            var text = text
            guard let a = text.withUTF8({ IPNetwork.parse($0) }) else { return nil }
            (isIPv6, high, low) = (a.isIPv6, a.high, a.low)
        }
    }

    /// Whether `address` (text, no prefix) lies in this network.
    package func contains(_ address: String) -> Bool {
        Address(address).map(contains) ?? false
    }

    /// Whether a parsed address lies in this network.
    package func contains(_ a: Address) -> Bool {
        guard a.isIPv6 == isIPv6 else { return false }
        if isIPv6 {
            let (mh, ml) = IPNetwork.mask(prefix)
            return a.high & mh == high & mh && a.low & ml == low & ml
        }
        let shift = 32 - prefix
        let m: UInt64 = shift >= 32 ? 0 : (0xFFFF_FFFF << UInt64(shift)) & 0xFFFF_FFFF
        return a.low & m == low & m
    }

    private static func mask(_ prefix: Int) -> (UInt64, UInt64) {
        if prefix >= 128 { return (~0, ~0) }
        if prefix >= 64 { return (~0, prefix == 64 ? 0 : ~0 << UInt64(128 - prefix)) }
        if prefix == 0 { return (0, 0) }
        return (~0 << UInt64(64 - prefix), 0)
    }

    /// Parses an address with an optional prefix.
    private static func parse(
        _ b: UnsafeBufferPointer<UInt8>
    ) -> (isIPv6: Bool, high: UInt64, low: UInt64, prefix: Int)? {
        var end = b.count
        var prefix: Int?
        if let slash = b.firstIndex(of: UInt8(ascii: "/")) {
            end = slash
            var v = 0
            guard slash + 1 < b.count, b.count - slash - 1 <= 3 else { return nil }
            for c in b[(slash + 1)...] {
                guard c >= 48 && c <= 57 else { return nil }
                v = v * 10 + Int(c - 48)
            }
            prefix = v
        }
        let addr = UnsafeBufferPointer(rebasing: b[..<end])
        if addr.contains(UInt8(ascii: ":")) {
            guard let (h, l) = parseIPv6(addr), (prefix ?? 128) <= 128 else { return nil }
            return (true, h, l, prefix ?? 128)
        }
        guard let v4 = parseIPv4(addr), (prefix ?? 32) <= 32 else { return nil }
        return (false, 0, UInt64(v4), prefix ?? 32)
    }

    private static func parseIPv4(_ b: UnsafeBufferPointer<UInt8>) -> UInt32? {
        var value: UInt32 = 0
        var part = 0
        var digits = 0
        var parts = 0
        for c in b {
            if c == UInt8(ascii: ".") {
                guard digits > 0, parts < 3 else { return nil }
                value = value << 8 | UInt32(part)
                parts += 1
                part = 0
                digits = 0
            } else if c >= 48 && c <= 57 {
                part = part * 10 + Int(c - 48)
                digits += 1
                guard part <= 255, digits <= 3 else { return nil }
            } else {
                return nil
            }
        }
        guard digits > 0, parts == 3 else { return nil }
        return value << 8 | UInt32(part)
    }

    private static func parseIPv6(_ b: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64)? {
        withUnsafeTemporaryAllocation(of: UInt16.self, capacity: 8) { groups in
            parseIPv6(b, into: groups)
        }
    }

    /// Parses into an 8-group scratch buffer on the stack (no heap allocation).
    private static func parseIPv6(_ b: UnsafeBufferPointer<UInt8>, into groups: UnsafeMutableBufferPointer<UInt16>)
        -> (UInt64, UInt64)?
    {
        var count = 0
        var gapIndex: Int?
        var i = 0
        func append(_ v: UInt16) -> Bool {
            guard count < 8 else { return false }
            groups[count] = v
            count += 1
            return true
        }
        if b.count >= 2, b[0] == UInt8(ascii: ":"), b[1] == UInt8(ascii: ":") {
            gapIndex = 0
            i = 2
        }
        while i < b.count {
            var j = i
            var v: UInt32 = 0
            while j < b.count, let h = ASCII.hexValue(b[j]) {
                v = v << 4 | UInt32(h)
                j += 1
                guard j - i <= 4 else { return nil }
            }
            if j < b.count, b[j] == UInt8(ascii: ".") {
                guard let v4 = parseIPv4(UnsafeBufferPointer(rebasing: b[i...])),
                    append(UInt16(v4 >> 16)), append(UInt16(v4 & 0xFFFF))
                else { return nil }
                i = b.count
                break
            }
            guard j > i, append(UInt16(v)) else { return nil }
            i = j
            if i < b.count {
                guard b[i] == UInt8(ascii: ":") else { return nil }
                i += 1
                if i < b.count, b[i] == UInt8(ascii: ":") {
                    guard gapIndex == nil else { return nil }
                    gapIndex = count
                    i += 1
                } else if i == b.count {
                    return nil
                }
            }
        }
        if let gap = gapIndex {
            guard count < 8 else { return nil }
            let zeros = 8 - count
            var k = count - 1
            while k >= gap {
                groups[k + zeros] = groups[k]
                k -= 1
            }
            for z in gap..<(gap + zeros) { groups[z] = 0 }
            count = 8
        }
        guard count == 8 else { return nil }
        var h: UInt64 = 0
        var l: UInt64 = 0
        for k in 0..<4 { h = h << 16 | UInt64(groups[k]) }
        for k in 4..<8 { l = l << 16 | UInt64(groups[k]) }
        return (h, l)
    }
}
