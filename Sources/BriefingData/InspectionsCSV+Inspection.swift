import BriefingModel
import Foundation

extension InspectionsCSV {
    /// The ``Inspection`` one row of inspections.csv records, read with every judgement column and the
    /// columns ``NationalDataset`` asks for; throws when its publication date is not a date.
    ///
    /// `statedStart` gives the start date the report's own text states, asked only when the row
    /// has neither an ISO start date nor dates in words.
    func inspection(
        _ row: [String], file: String, line: Int, statedStart: () -> FactDate? = { nil }
    ) throws(DataError) -> Inspection {
        let framework = row[self[.framework]].trimmingCharacters(in: .whitespaces)
        let publishedText = row[self[.published]].trimmingCharacters(in: .whitespaces)
        let published = FactDate(iso: publishedText)
        if !publishedText.isEmpty, published == nil {
            throw .invalid(
                file: file, line: line, field: Column.published.rawValue,
                message: "'\(publishedText)' is not a date; expected YYYY-MM-DD")
        }
        // The ISO start date where the data has one; else the first date in the row's dates in
        // words; else the date the report's text states; else the publication date, marked as inferred.
        var date = FactDate(iso: row[self[.start]])
        if date == nil { date = InspectionDates.start(of: row[self[.datesText]]) }
        if date == nil { date = statedStart() }
        if date == nil, let published {
            date = FactDate(
                year: published.year, month: published.month, day: published.day,
                inferred: "the report's publication date; the inspection dates are not in the data")
        }
        let overallText = row[self[.overall]].trimmingCharacters(in: .whitespaces).lowercased()
        var grade = Grade(rawValue: overallText)
        var note: String?
        switch overallText {
        case "not_reported_post_reform": note = "no overall grade: Ofsted stopped giving one in 2026"
        case "":
            note =
                framework == "LSCB review only"
                ? "a review of the safeguarding children board only, not graded"
                : (framework.hasPrefix("unknown") ? "report unreadable; grade not known" : nil)
        default: if grade == nil { note = "grade '\(overallText)' not recognised" }
        }
        if framework == "LSCB review only" { grade = nil }
        let js = judgements.compactMap { j -> Judgement? in
            Grade(rawValue: row[j.position].trimmingCharacters(in: .whitespaces).lowercased()).map {
                Judgement(area: j.column.area, grade: $0)
            }
        }
        return Inspection(
            kind: .fullInspection, framework: framework.hasPrefix("unknown") || framework.isEmpty ? nil : framework, date: date,
            grade: grade, judgements: js, gradeNote: note, published: published, report: row[self[.link]].nilIfEmpty,
            source: NationalDataset.sourceID)
    }
}
