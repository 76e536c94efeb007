import Foundation

/// A date known to a year, a month or a day, and whether the source states it or only implies it.
///
/// Written in records as `"2018"`, `"2018-02"` or `"2018-06-04"`; a date the source implies but
/// does not state is written as a mapping `{value: "2018-06", inferred: "why"}`.
public struct FactDate: Codable, Sendable, Hashable, Comparable {
    /// How much of the date is known.
    public enum Precision: String, Codable, Sendable, Comparable {
        case year, month, day
        public static func < (a: Precision, b: Precision) -> Bool {
            let order: [Precision] = [.year, .month, .day]
            return order.firstIndex(of: a)! < order.firstIndex(of: b)!
        }
    }

    public var year: Int
    public var month: Int?
    public var day: Int?
    /// Why the date is believed, when the source implies it rather than states it; nil when stated.
    public var inferred: String?

    public init(year: Int, month: Int? = nil, day: Int? = nil, inferred: String? = nil) {
        self.year = year
        self.month = month
        self.day = day
        self.inferred = inferred
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (spaces around it allowed); nil for anything else
    /// or an impossible date. Read digit by digit: every date in the national data passes through here.
    public init?(iso text: String, inferred: String? = nil) {
        var bytes = Array(text.utf8)
        while let last = bytes.last, last == 0x20 || last == 0x09 { bytes.removeLast() }
        let firstNonSpace = bytes.firstIndex { $0 != 0x20 && $0 != 0x09 } ?? bytes.count
        bytes.removeFirst(firstNonSpace)
        /// The number the `count` digits at `at` spell, or nil if they are not all digits.
        func number(_ at: Int, _ count: Int) -> Int? {
            guard at + count <= bytes.count else { return nil }
            var n = 0
            for b in bytes[at..<at + count] {
                guard (0x30...0x39).contains(b) else { return nil }
                n = n * 10 + Int(b - 0x30)
            }
            return n
        }
        guard [4, 7, 10].contains(bytes.count), let y = number(0, 4), (1900...2100).contains(y) else { return nil }
        var m: Int?
        var d: Int?
        if bytes.count >= 7 {
            guard bytes[4] == 0x2D, let v = number(5, 2), (1...12).contains(v) else { return nil }
            m = v
        }
        if bytes.count == 10 {
            guard bytes[7] == 0x2D, let v = number(8, 2), v >= 1, v <= FactDate.daysIn(month: m!, year: y) else { return nil }
            d = v
        }
        self.init(year: y, month: m, day: d, inferred: inferred)
    }

    public var precision: Precision { day != nil ? .day : (month != nil ? .month : .year) }
    public var isInferred: Bool { inferred != nil }

    /// Midnight UTC on the date, its first month and day where those are not known:
    /// `2018-07-01T00:00:00Z` for July 2018. The form a PDF's creation date is given in.
    public var timestamp: String {
        String(format: "%04d-%02d-%02dT00:00:00Z", year, month ?? 1, day ?? 1)
    }

    /// The creation date a PDF is given when no fact in it is dated: never the clock, so the
    /// same data always gives the same bytes.
    public static let undatedTimestamp = "2000-01-01T00:00:00Z"

    /// The ISO form at the known precision: `2018`, `2018-02` or `2018-06-04`.
    public var iso: String {
        func padded(_ n: Int, _ width: Int) -> String {
            let digits = String(n)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        var s = padded(year, 4)
        if let month { s += "-" + padded(month, 2) }
        if let day { s += "-" + padded(day, 2) }
        return s
    }

    /// A position on a continuous year axis: the middle of the known period.
    public var fractionalYear: Double {
        guard let month else { return Double(year) + 0.5 }
        let dim = Double(FactDate.daysIn(month: month, year: year))
        let dayFraction = day.map { (Double($0) - 0.5) / dim } ?? 0.5
        return Double(year) + (Double(month - 1) + dayFraction) / 12
    }

    public static func < (a: FactDate, b: FactDate) -> Bool {
        (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private enum CodingKeys: String, CodingKey { case value, inferred }

    public init(from decoder: any Decoder) throws {
        if let single = try? decoder.singleValueContainer(), let text = try? single.decode(String.self) {
            guard let date = FactDate(iso: text) else {
                throw DecodingError.dataCorruptedError(
                    in: single, debugDescription: "'\(text)' is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD")
            }
            self = date
            return
        }
        let keyed = try decoder.container(keyedBy: CodingKeys.self)
        let text = try keyed.decode(String.self, forKey: .value)
        let why = try keyed.decodeIfPresent(String.self, forKey: .inferred)
        guard let date = FactDate(iso: text, inferred: why) else {
            throw DecodingError.dataCorruptedError(
                forKey: .value, in: keyed,
                debugDescription: "'\(text)' is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD")
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        if let inferred {
            var keyed = encoder.container(keyedBy: CodingKeys.self)
            try keyed.encode(iso, forKey: .value)
            try keyed.encode(inferred, forKey: .inferred)
        } else {
            var single = encoder.singleValueContainer()
            try single.encode(iso)
        }
    }
}
