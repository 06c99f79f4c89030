/// Dates as the `Date…` condition operators read them: the W3C profiles of ISO 8601 or epoch seconds.
///
/// Accepted (IAM User Guide, "Date condition operators"; W3C "Date and Time Formats"): `YYYY`,
/// `YYYY-MM`, `YYYY-MM-DD`, `YYYY-MM-DDThh:mm`, `…:ss`, `…:ss.s…`, each time form followed by `Z`,
/// `+hh:mm` or `-hh:mm` (no zone means UTC), and epoch seconds such as `1700000000`. Parsing works on
/// bytes and never allocates.
package enum ISO8601 {
    /// Seconds since 1970-01-01T00:00:00Z, or `nil` when `text` is not a date.
    package static func parse(_ text: String) -> Double? {
        var text = text
        return text.withUTF8 { parse(bytes: $0) }
    }

    /// Parses UTF-8 bytes.
    package static func parse(bytes b: UnsafeBufferPointer<UInt8>) -> Double? {
        guard !b.isEmpty else { return nil }
        if let epoch = epochSeconds(b) { return epoch }
        var i = 0
        func digits(_ count: Int) -> Int? {
            guard i + count <= b.count else { return nil }
            var v = 0
            for k in 0..<count {
                let d = Int(b[i + k]) - 48
                guard d >= 0 && d <= 9 else { return nil }
                v = v * 10 + d
            }
            i += count
            return v
        }
        func expect(_ c: UInt8) -> Bool {
            guard i < b.count, b[i] == c else { return false }
            i += 1
            return true
        }
        guard let year = digits(4) else { return nil }
        var month = 1
        var day = 1
        var seconds = 0.0
        if i < b.count {
            guard expect(UInt8(ascii: "-")), let m = digits(2), (1...12).contains(m) else { return nil }
            month = m
            if i < b.count {
                guard expect(UInt8(ascii: "-")), let d = digits(2), (1...daysIn(month: m, year: year)).contains(d)
                else { return nil }
                day = d
            }
        }
        if i < b.count {
            guard expect(UInt8(ascii: "T")) || expect(UInt8(ascii: "t")) || expect(UInt8(ascii: " ")),
                let hh = digits(2), hh < 24, expect(UInt8(ascii: ":")), let mm = digits(2), mm < 60
            else { return nil }
            seconds = Double(hh * 3600 + mm * 60)
            if expect(UInt8(ascii: ":")) {
                guard let ss = digits(2), ss <= 60 else { return nil }
                seconds += Double(ss)
                if expect(UInt8(ascii: ".")) {
                    var scale = 0.1
                    var any = false
                    while i < b.count, b[i] >= 48, b[i] <= 57 {
                        seconds += Double(b[i] - 48) * scale
                        scale /= 10
                        i += 1
                        any = true
                    }
                    guard any else { return nil }
                }
            }
            if i < b.count {
                if expect(UInt8(ascii: "Z")) || expect(UInt8(ascii: "z")) {
                    // UTC
                } else {
                    let sign: Double
                    if expect(UInt8(ascii: "+")) {
                        sign = 1
                    } else if expect(UInt8(ascii: "-")) {
                        sign = -1
                    } else {
                        return nil
                    }
                    guard let oh = digits(2), oh < 24 else { return nil }
                    _ = expect(UInt8(ascii: ":"))
                    guard let om = digits(2), om < 60 else { return nil }
                    seconds -= sign * Double(oh * 3600 + om * 60)
                }
            }
        }
        guard i == b.count else { return nil }
        return Double(daysFromCivil(year: year, month: month, day: day)) * 86_400 + seconds
    }

    /// Epoch seconds: an optional `-`, digits, an optional fraction; at most 4 digits is a year instead.
    private static func epochSeconds(_ b: UnsafeBufferPointer<UInt8>) -> Double? {
        var i = 0
        var negative = false
        if b[0] == UInt8(ascii: "-") {
            negative = true
            i = 1
        }
        var value = 0.0
        var count = 0
        while i < b.count, b[i] >= 48, b[i] <= 57 {
            value = value * 10 + Double(b[i] - 48)
            count += 1
            i += 1
        }
        guard count > 0 else { return nil }
        if i < b.count {
            guard b[i] == UInt8(ascii: "."), i + 1 < b.count else { return nil }
            i += 1
            var scale = 0.1
            while i < b.count, b[i] >= 48, b[i] <= 57 {
                value += Double(b[i] - 48) * scale
                scale /= 10
                i += 1
            }
            guard i == b.count else { return nil }
        } else if count == 4 && !negative {
            return nil  // `2020` is a year.
        }
        return negative ? -value : value
    }

    private static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Formats epoch seconds as `YYYY-MM-DDThh:mm:ssZ`.
    ///
    /// Values that are not finite or lie beyond ±10¹⁵ seconds (±31 million years, where the calendar
    /// arithmetic below would overflow `Int`) have no date form and print as the number.
    package static func format(secondsSince1970 s: Double) -> String {
        guard s.isFinite, abs(s) < 1e15 else { return "\(s)" }
        let total = Int(s.rounded(.down))
        var days = total / 86_400
        var rem = total % 86_400
        if rem < 0 {
            rem += 86_400
            days -= 1
        }
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(y)-\(two(m))-\(two(d))T\(two(rem / 3600)):\(two(rem % 3600 / 60)):\(two(rem % 60))Z"
    }
}
