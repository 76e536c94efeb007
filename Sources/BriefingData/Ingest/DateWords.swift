import BriefingModel

/// Dates written in words or figures: "14 March 2025", "Tuesday 4 March 2025", "March 14,
/// 2025", "14/03/2025", "2025-03-14"; and a month alone ("in February").
enum DateWords {
    /// The months' names in lower case, January first.
    static var months: [String] { ReportExtractor.DateRange.fullNames }

    /// The month a word names (1–12), or nil: as a report's dates are read ("Nov", "Sept").
    static func month(_ w: Substring) -> Int? {
        ReportExtractor.DateRange.month(w.trimming(.punctuationCharacters))
    }

    /// Every full date (day, month and year) in `text`, in order.
    static func find(in text: String) -> [FactDate] {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," }).map {
            $0.trimming(.init(charactersIn: ".;:()#"))
        }
        var out: [FactDate] = []
        for (i, w) in words.enumerated() {
            if let d = FactDate(iso: w), d.day != nil { out.append(d) }
            // "14/03/2025", day first, as Ofsted and British writing give it.
            if w.contains("/"), let d = InspectionDates.firstNumericDate(in: w) { out.append(d) }
            guard let m = month(Substring(w)), i + 1 < words.count else { continue }
            // "14 March 2025" or "March 14 2025" ("March 14, 2025" once commas are gone).
            if i > 0, let day = Int(ordinal(words[i - 1])), let y = Int(words[i + 1]), let d = make(y, m, day) {
                out.append(d)
            } else if i + 2 < words.count, let day = Int(ordinal(words[i + 1])), let y = Int(words[i + 2]),
                let d = make(y, m, day)
            {
                out.append(d)
            }
        }
        return out
    }

    static func ordinal(_ w: String) -> String {
        for s in ["st", "nd", "rd", "th"] where w.hasSuffix(s) && w.count > 2 { return String(w.dropLast(2)) }
        return w
    }

    static func make(_ y: Int, _ m: Int, _ d: Int) -> FactDate? {
        guard (1900...2100).contains(y), (1...31).contains(d) else { return nil }
        return FactDate(iso: String(format: "%04d-%02d-%02d", y, m, d))
    }
}
