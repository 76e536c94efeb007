/// How money and dates are written on the page, in British style.
public enum Format {
    static let months = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// `£1m`, `£3.5m`, `£250,000`, `£12.25m`, `£1.2bn`: short forms that stay exact.
    ///
    /// A sum is shortened only when the short form loses nothing, so `£1,234,567` stays whole.
    public static func money(_ pounds: Int) -> String {
        let sign = pounds < 0 ? "-" : ""
        let p = pounds == Int.min ? Int.max : abs(pounds)  // abs(Int.min) would trap
        if p >= 1_000_000_000, p % 10_000_000 == 0 { return sign + "£" + trim(Double(p) / 1e9) + "bn" }
        if p >= 1_000_000, p % 10_000 == 0 { return sign + "£" + trim(Double(p) / 1e6) + "m" }
        return sign + "£" + grouped(p)
    }

    /// `1,234,567`
    public static func grouped(_ n: Int) -> String {
        let digits = Array(String(n))
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out += "," }
            out.append(ch)
        }
        return out
    }

    private static func trim(_ v: Double) -> String {
        var s = String(format: "%.2f", v)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }

    /// `2016`, `February 2018`, `4 June 2018`; no mark for inference (see ``dateNoted(_:)``).
    public static func date(_ d: FactDate) -> String {
        var s = String(d.year)
        if let m = d.month { s = months[m - 1] + " " + s }
        if let day = d.day { s = "\(day) " + s }
        return s
    }

    /// The date, followed by "(inferred)" when the source implies it without stating it.
    public static func dateNoted(_ d: FactDate?) -> String {
        guard let d else { return "date not stated" }
        return d.isInferred ? date(d) + " (inferred)" : date(d)
    }

    /// `Feb 2018` for tight labels.
    public static func shortDate(_ d: FactDate) -> String {
        guard let m = d.month else { return String(d.year) }
        return String(months[m - 1].prefix(3)) + " " + String(d.year)
    }
}

extension Format {
    /// `text` with its first letter a capital: "impact of leaders" -> "Impact of leaders".
    public static func sentenceCase(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}

extension Judgement {
    /// "impact of leaders inadequate": the area and its grade, as lists in words give them.
    public var words: String { "\(area) \(grade.rawValue)" }
}
