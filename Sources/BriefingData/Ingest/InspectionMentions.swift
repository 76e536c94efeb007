import BriefingModel
import Foundation

/// Inspections and visits a document mentions, with the dates it states or implies.
///
/// Rules, sentence by sentence:
/// 1. **Kind**: "focused visit", "monitoring visit"; else "inspection", "inspected", "rated",
///    "judged", "deemed" or "graded" make it a full inspection.
/// 2. **Date**: a year next to the inspection ("inspection in 2016", "in late 2014", "the 2015
///    inspection", "rated ‘inadequate’ in 2016") is stated. A month without a year ("in February", "carried out in June") takes the year
///    of the document's date, or the year before when the month is later than the document's:
///    inferred, with that reason. A full inspection the text calls recent ("the most recent
///    inspection", "the new inspection", "has been rated", "published today") with no date takes
///    the document's year, inferred, when the document is dated; one told in the past tense
///    ("was rated inadequate") is left undated, for it may be years old.
/// 3. **Grade**: a grade named in the sentence ("judged ‘inadequate’", "required
///    improvement", "rated good"), only for a full inspection; "good" and "outstanding" only in
///    quotation marks or after "rated", "judged", "graded" or "deemed".
/// 4. The same kind and date mentioned twice is one inspection, keeping the grade either gives.
/// 5. A sentence about a visit to come ("will", "is expected to", "is due to") mentions none.
enum InspectionMentions {
    struct Mention: Equatable {
        var kind: Inspection.Kind
        var date: FactDate?
        var grade: Grade?
        var line: Int
    }

    static func find(in paragraphs: [ArticleText.Paragraph], documentDate: FactDate?) -> [Mention] {
        var out: [Mention] = []
        for p in paragraphs where !p.heading {
            for sentence in Sentences.split(p.text) {
                for m in mentions(sentence, documentDate: documentDate, line: p.line) {
                    if let i = out.firstIndex(where: { $0.kind == m.kind && sameDate($0.date, m.date) }) {
                        if out[i].grade == nil { out[i].grade = m.grade }
                    } else {
                        out.append(m)
                    }
                }
            }
        }
        return out
    }

    static func sameDate(_ a: FactDate?, _ b: FactDate?) -> Bool {
        a?.year == b?.year && a?.month == b?.month && a?.day == b?.day
    }

    /// The inspections one sentence mentions: one per date it gives (a grade goes to the date
    /// nearest it), or one undated when it gives a grade or names a visit but no date.
    static func mentions(_ sentence: String, documentDate: FactDate?, line: Int) -> [Mention] {
        let lower = " " + sentence.lowercased() + " "
        // Visits to come are not inspections that happened.
        let future = [" will ", " is expected to ", " are expected to ", " is due to ", " is set to ", " plans to ", " would "]
        guard !future.contains(where: lower.includes) else { return [] }
        let kind: Inspection.Kind
        if lower.includes("focused visit") {
            kind = .focusedVisit
        } else if lower.includes("monitoring visit") {
            kind = .monitoringVisit
        } else if ["inspection", "inspected", "rated", "judged", "deemed", "graded"].contains(where: lower.includes) {
            kind = .fullInspection
        } else {
            return []
        }
        let words = lower.split(separator: " ").map { $0.trimming(.punctuationCharacters.subtracting(["’"])) }
        let grades = kind == .fullInspection ? Self.grades(words) : []
        var dates: [(Int, FactDate)] = years(words).map { ($0.0, FactDate(year: $0.1)) }
        if let doc = documentDate {
            for (i, m) in monthsAlone(words) {
                let y = m > (doc.month ?? 12) ? doc.year - 1 : doc.year
                let why =
                    "the text says “\(DateWords.months[m - 1].capitalized)” without a year; the year is the document’s (\(Format.date(doc)))"
                dates.append((i, FactDate(year: y, month: m, inferred: why)))
            }
        }
        let recent = [
            "most recent", "latest inspection", "new inspection", "new full inspection", "has been rated", "has been judged",
            "have been rated", "have been judged", "published today", "published this week", "this week", "today",
        ]
        if dates.isEmpty, let doc = documentDate, kind == .fullInspection, recent.contains(where: lower.includes) {
            dates.append(
                (
                    grades.first?.0 ?? 0,
                    FactDate(
                        year: doc.year,
                        inferred: "the inspection the document reports, dated by the document (\(Format.date(doc)))")
                ))
        }
        if dates.isEmpty {
            guard kind != .fullInspection || !grades.isEmpty else { return [] }
            return [Mention(kind: kind, date: nil, grade: grades.first?.1, line: line)]
        }
        var out = dates.map { Mention(kind: kind, date: $0.1, grade: nil, line: line) }
        for (at, g) in grades {
            if let nearest = dates.indices.min(by: { abs(dates[$0].0 - at) < abs(dates[$1].0 - at) }) { out[nearest].grade = g }
        }
        return out
    }

    /// Years that date an inspection: within four words after "inspection", "inspected",
    /// "visit", "rated", "judged" or "graded" ("last inspection in late 2014", "rated
    /// ‘inadequate’ in 2016"), or just before "inspection" ("the 2015 inspection"); with their word index.
    static func years(_ words: [String]) -> [(Int, Int)] {
        let anchors = ["inspection", "inspected", "visit", "rated", "judged", "graded"]
        var out: [(Int, Int)] = []
        for (i, w) in words.enumerated() {
            guard w.count == 4, let y = Int(w), (1990...2100).contains(y) else { continue }
            let after = i + 1 < words.count ? words[i + 1] : ""
            let before = words[max(0, i - 4)..<i]
            if after.hasPrefix("inspection") || before.contains(where: { b in anchors.contains { b.hasPrefix($0) } }) {
                out.append((i, y))
            }
        }
        return out
    }

    /// Months named after "in" with no year after them, with their word index.
    static func monthsAlone(_ words: [String]) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        for (i, w) in words.enumerated() where i > 0 && words[i - 1] == "in" {
            guard let m = DateWords.month(Substring(w)), DateWords.months[m - 1] == w else { continue }
            let next = i + 1 < words.count ? words[i + 1] : ""
            if Int(next) == nil { out.append((i, m)) }
        }
        return out
    }

    /// The grades a sentence names, with their word index.
    static func grades(_ words: [String]) -> [(Int, Grade)] {
        var out: [(Int, Grade)] = []
        let markers: Set<String> = ["rated", "judged", "graded", "deemed", "as"]
        for (i, w) in words.enumerated() {
            let bare = w.trimming(CharacterSet(charactersIn: "‘’“”'\""))
            let quoted = bare != w
            let before = i > 0 ? words[i - 1] : ""
            if bare == "inadequate" {
                out.append((i, .inadequate))
            } else if bare.hasPrefix("improvement"),
                ["require", "requires", "required", "requiring", "‘require", "‘requires"].contains(before)
            {
                out.append((i, .requiresImprovement))
            } else if bare == "good" || bare == "outstanding", quoted || markers.contains(before),
                !(before == "be" && i > 1 && words[i - 2] == "to")
            {
                out.append((i, bare == "good" ? .good : .outstanding))
            }
        }
        return out
    }
}
