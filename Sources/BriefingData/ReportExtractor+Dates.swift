import Foundation

extension ReportExtractor {
    /// The inspection's dates as a report writes them: "Inspection dates: 8 November 2021 to
    /// 19 November 2021", "8 to 19 November 2021", "29 April – 22 May 2014", "12/09/2016 to
    /// 06/10/2016", "28 July 2016". Where an inspection ran in two stretches ("5 to 9 December
    /// 2022 and 14 to 15 February 2023"), the first stretch, as the CSV records it.
    struct DateRange: Equatable {
        var start: String
        var end: String

        static let monthNames = [
            "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11,
            "dec": 12,
        ]

        static let fullNames = [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december",
        ]

        /// The month a word names ("nov", "November", "Sept"), or nil.
        static func month(_ word: String) -> Int? {
            let w = word.lowercased()
            guard w.count >= 3, let m = monthNames[String(w.prefix(3))] else { return nil }
            return fullNames[m - 1].hasPrefix(w) || w == "sept" ? m : nil
        }

        /// A number, or an ordinal such as "8th".
        static func isNumberWord(_ w: String) -> Bool {
            let digits = w.prefix { $0.isNumber }
            guard !digits.isEmpty, digits.count <= 4 else { return false }
            return ["", "st", "nd", "rd", "th"].contains(w.dropFirst(digits.count))
        }

        /// The range on the "Inspection date(s):" line near the top of the report's raw lines.
        static func find(in raw: [String]) -> DateRange? {
            for (i, line) in raw.prefix(80).enumerated() {
                let t = line.replacingOccurrences(of: "\u{0C}", with: "").spacesTrimmed
                guard t.lowercased().hasPrefix("inspection date") else { continue }
                var text = t.drop { $0 != ":" }.dropFirst().description
                if text.spacesTrimmed.isEmpty { text = String(t.drop { !$0.isNumber }) }
                // A range can wrap: "... and 7 August 2019 to" / "8 August 2019".
                let next = i + 1 < raw.count ? raw[i + 1].spacesTrimmed : ""
                let lastWord = text.split(whereSeparator: \.isWhitespace).last.map(String.init) ?? ""
                if !next.isEmpty, ["to", "and", "–", "-", "—"].contains(lastWord) || lastWord.hasSuffix("-") {
                    text += " " + next
                }
                if let range = parse(text) ?? (next.isEmpty ? nil : parse(text + " " + next)) { return range }
            }
            return nil
        }

        /// The first stretch of dates in `text`, or nil if it names no complete date.
        static func parse(_ text: String) -> DateRange? {
            // Only the first stretch, unless it lacks the year the second supplies.
            var part = text
            if let and = text.range(of: " and "), yearIn(String(text[..<and.lowerBound])) != nil {
                part = String(text[..<and.lowerBound])
            }
            let sides = split(part)
            guard let endSide = sides.last, let endDate = date(endSide) ?? dayMonthYear(endSide, year: nil, month: nil) else {
                return nil
            }
            guard sides.count > 1 else { return DateRange(start: endDate.iso, end: endDate.iso) }
            guard let startDate = date(sides[0]) ?? dayMonthYear(sides[0], year: endDate.year, month: endDate.month) else {
                return nil
            }
            return DateRange(start: startDate.iso, end: endDate.iso)
        }

        struct Day {
            var year, month, day: Int
            var iso: String { String(format: "%04d-%02d-%02d", year, month, day) }
        }

        /// "to", dashes and hyphens between dates; never inside a word such as "October".
        static func split(_ text: String) -> [String] {
            var sides: [String] = [""]
            let words = text.replacingOccurrences(of: "–", with: " – ").replacingOccurrences(of: "—", with: " – ")
                .replacingOccurrences(of: "─", with: " – ").split(whereSeparator: \.isWhitespace)
            for w in words {
                let parts = w.split(separator: "-", omittingEmptySubsequences: false)
                for (k, p) in parts.enumerated() {
                    if k > 0 { sides.append("") }
                    if p == "to" || p == "–" || p.isEmpty {
                        if !(sides.last ?? "").isEmpty { sides.append("") }
                        continue
                    }
                    sides[sides.count - 1] += " " + p
                }
            }
            return sides.map(\.spacesTrimmed).filter { !$0.isEmpty }
        }

        /// "12/09/2016" or "1/06/2015".
        static func date(_ text: String) -> Day? {
            let parts = text.spacesTrimmed.split(separator: "/").compactMap { Int($0) }
            guard parts.count == 3, parts[2] > 1900 else { return nil }
            return valid(Day(year: parts[2], month: parts[1], day: parts[0]))
        }

        /// "8 November 2021", "8th November", "8": the missing month and year from the range's end.
        static func dayMonthYear(_ text: String, year: Int?, month: Int?) -> Day? {
            var d: Int?
            var m = month
            var y = year
            var sawMonth = false
            for w in text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init) {
                if let mm = Self.month(w) {
                    m = mm
                    sawMonth = true
                } else if isNumberWord(w), let n = Int(w.prefix { $0.isNumber }) {
                    if n > 1900 { y = n } else if d == nil { d = n }
                }
            }
            if !sawMonth, month == nil { return nil }
            guard let d, let m, let y else { return nil }
            return valid(Day(year: y, month: m, day: d))
        }

        static func yearIn(_ text: String) -> Int? {
            text.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }.first { $0 > 1900 && $0 < 2100 }
        }

        static func valid(_ day: Day) -> Day? {
            (1...12).contains(day.month) && (1...31).contains(day.day) && (2000...2100).contains(day.year) ? day : nil
        }
    }
}
