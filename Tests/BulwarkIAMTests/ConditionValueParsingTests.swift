import Testing

@testable import BulwarkIAM

@Suite("Condition value parsing")
struct ConditionValueParsingTests {
    static let addresses: [(network: String, address: String, inside: Bool, reason: String)] = [
        ("::/0", "2001:db8::1", true, "::/0 covers every IPv6 address"),
        ("::1", "::1", true, "loopback, compressed at the start"),
        ("2001:db8::", "2001:db8:0:0:0:0:0:0", true, "compressed at the end equals the full form"),
        ("2001:DB8::/32", "2001:db8:ffff::1", true, "hex digits are case-insensitive"),
        ("fe80::1:2/112", "fe80::1:ffff", true, "compression in the middle"),
        ("fe80::1:2/112", "fe80::2:1", false, "outside a /112"),
        ("::ffff:192.0.2.0/120", "::ffff:192.0.2.77", true, "embedded IPv4 in IPv6"),
        ("10.0.0.0/8", "10.255.255.255", true, "last address of a /8"),
        ("10.0.0.0/8", "11.0.0.0", false, "first address after a /8"),
        ("0.0.0.0/0", "198.51.100.1", true, "/0 covers all IPv4"),
        ("192.0.2.1/33", "192.0.2.1", false, "an invalid prefix never matches"),
        ("192.0.2.256", "192.0.2.1", false, "an invalid octet never matches"),
        ("1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7:8", false, "nine groups is not an address"),
        ("1::2::3", "1::2:0:3", false, "two :: is not an address"),
    ]

    @Test("IPv4 and IPv6 networks (IAM UG, IP address condition operators)", arguments: addresses)
    func networks(_ c: (network: String, address: String, inside: Bool, reason: String)) {
        let inside = IPNetwork(c.network)?.contains(c.address) ?? false
        #expect(inside == c.inside, "\(c.reason)")
    }

    static let dates: [(text: String, epoch: Double?, reason: String)] = [
        ("1970-01-01T00:00:00Z", 0, "the epoch"),
        ("2020-02-29", 1_582_934_400, "leap day"),
        ("2021-02-29", nil, "not a leap year"),
        ("2020", 1_577_836_800, "year profile"),
        ("2020-01-01T00:00Z", 1_577_836_800, "hours and minutes profile"),
        ("2020-01-01T05:30:00+05:30", 1_577_836_800, "positive offset"),
        ("2019-12-31T19:00:00-05:00", 1_577_836_800, "negative offset"),
        ("1577836800", 1_577_836_800, "epoch seconds"),
        ("2020-13-01", nil, "month 13"),
        ("2020-01-01T24:00:00Z", nil, "hour 24"),
        ("yesterday", nil, "not a date"),
        ("", nil, "empty"),
    ]

    @Test("dates: W3C ISO 8601 profiles and epoch seconds", arguments: dates)
    func parseDates(_ c: (text: String, epoch: Double?, reason: String)) {
        #expect(ISO8601.parse(c.text) == c.epoch, "\(c.reason)")
    }

    @Test("date formatting round-trips")
    func formatting() {
        for epoch in [0.0, 951_782_400, 1_582_934_400, 4_102_444_799] {
            #expect(ISO8601.parse(ISO8601.format(secondsSince1970: epoch)) == epoch)
        }
    }

    @Test("base64 round-trips and rejects junk")
    func base64() {
        for text in ["", "f", "fo", "foo", "foob", "fooba", "foobar"] {
            let bytes = Array(text.utf8)
            #expect(Base64.decode(Base64.encode(bytes)) == bytes)
        }
        #expect(Base64.encode(Array("foobar".utf8)) == "Zm9vYmFy")
        #expect(Base64.decode("Zm9v!") == nil)
        #expect(Base64.decode("Zm=9v") == nil)
    }
}
