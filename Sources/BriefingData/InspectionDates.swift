import BriefingModel
import Foundation

/// Reads the start date out of the dataset's free-text inspection dates:
/// `29 April – 22 May 2014`, `6 to 30 July 2015`, `9–24 November 2017`, `18 Feb 2014 – 12 March 2014`,
/// and numeric British dates, day first: `12/09/2016 to 06/10/2016`, `1/06/2015 – 25/06/2015`.
enum InspectionDates {
    static let months: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11,
        "dec": 12,
    ]

    /// The first day, month and year the text names, as the start of the inspection; nil if it names no year.
    static func start(of text: String) -> FactDate? {
        if let numeric = firstNumericDate(in: text) { return numeric }
        let tokens = text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        var day: Int?
        var month: Int?
        var year: Int?
        for t in tokens {
            if let n = Int(t) {
                if t.count == 4, year == nil, (2000...2100).contains(n) {
                    year = n
                } else if t.count <= 2, day == nil, (1...31).contains(n) {
                    day = n
                }
            } else if month == nil, let m = months[String(t.prefix(3))], t.count >= 3 {
                month = m
            }
        }
        guard let year else { return nil }
        guard let month else { return FactDate(year: year) }
        if let day, let d = FactDate(iso: String(format: "%04d-%02d-%02d", year, month, day)) { return d }
        return FactDate(year: year, month: month)
    }

    /// The first `d/m/yyyy` in `text` that is a real day (Ofsted writes dates day first); nil if none.
    static func firstNumericDate(in text: String) -> FactDate? {
        let groups = text.split { !$0.isNumber && $0 != "/" }
        for group in groups {
            let parts = group.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4,
                let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2])
            else { continue }
            if let date = FactDate(iso: String(format: "%04d-%02d-%02d", year, month, day)) { return date }
        }
        return nil
    }
}
