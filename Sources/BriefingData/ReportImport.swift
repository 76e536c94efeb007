import BriefingModel
import Foundation

/// One Ofsted report, read from its PDF, taken into the national data (`brief import REPORT.pdf`).
///
/// The council is the one the report's title names (matched loosely: ``council(named:among:)``);
/// the inspection is the council's one that started on the date the report states. A report of an
/// inspection the data has already is the same report unless its PDF was made after that report
/// was published, when it supersedes it (its grades and findings replace the old ones); one of an
/// inspection the data lacks is added, published on the day its PDF was made (marked inferred:
/// the report does not say when it was published).
public enum ReportImport {
    /// What taking one report in did, in a sentence naming the file.
    public enum Outcome: Sendable, Equatable {
        case added(String)
        case changed(String)
        case unchanged(String)
    }

    /// The national data with the report in `file` (its `text` and the day its PDF was made)
    /// taken in: `dataset`'s councils and `findings` (every report's, by report) updated.
    public static func apply(
        text: String, created: FactDate?, file: String, to dataset: inout NationalDataset,
        findings: inout [NationalDataset.ReportKey: ReportExtract]
    ) throws(DataError) -> Outcome {
        let extract = ReportExtractor.extract(text: text)
        let title = titleBlock(text)
        guard let ci = council(named: title, among: dataset.councils) else {
            throw .report(
                path: file,
                reason:
                    "names no council brief knows in its title ('\(title.prefix(90))'); expected a report on one of the \(dataset.councils.count) councils"
            )
        }
        var council = dataset.councils[ci]
        let name = council.name
        guard let start = extract.inspectionStartDate.flatMap({ FactDate(iso: $0) }) else {
            throw .report(
                path: file,
                reason: "states no inspection dates; expected an Ofsted inspection report, which gives them under its title")
        }
        let urn = council.urn ?? ""
        let outcome: Outcome
        if let i = council.inspections.firstIndex(where: { $0.date.map { start.iso.hasPrefix($0.iso) } ?? false }) {
            let when = "\(name)’s inspection of \(start.iso)"
            guard let published = council.inspections[i].published, let created, published < created else {
                return .unchanged("\(file): the report of \(when) is in the data already; nothing changed")
            }
            let key = NationalDataset.ReportKey(urn: urn, published: published.iso)
            let old = council.inspections[i]
            let new = superseded(old, by: extract)
            if new == old, findings[key] == extract {
                return .unchanged("\(file): the report of \(when) says what the data has; nothing changed")
            }
            council.inspections[i] = new
            findings[key] = extract
            outcome = .changed("\(file): \(when), made \(created.iso), supersedes the report published \(published.iso)")
        } else {
            try added(extract, start: start, created: created, file: file, to: &council, findings: &findings)
            outcome = .added("\(file): \(name)’s full inspection of \(start.iso) added")
        }
        var councils = dataset.councils
        councils[ci] = council
        let newest = councils.flatMap(\.inspections).compactMap(\.published).max()
        dataset = NationalDataset(councils: councils, source: NationalDataset.source(newest: newest), reports: .none)
        return outcome
    }

    /// Adds the inspection `extract` reports, which `council` lacks, with its findings: published
    /// (inferred) on the day its PDF was made.
    private static func added(
        _ extract: ReportExtract, start: FactDate, created: FactDate?, file: String, to council: inout Council,
        findings: inout [NationalDataset.ReportKey: ReportExtract]
    ) throws(DataError) {
        guard grade(extract) != nil || !judgements(extract).isEmpty || extract.overallEffectiveness != nil else {
            throw .report(
                path: file,
                reason:
                    "has no judgement table or overall judgement; expected an Ofsted inspection report of a council's children's services"
            )
        }
        let published = created.map {
            FactDate(
                year: $0.year, month: $0.month, day: $0.day,
                inferred: "the day the report’s PDF was made; the report does not say when it was published")
        }
        council.inspections.append(inspection(extract, start: start, published: published))
        council.inspections.sort { ($0.published ?? $0.date ?? start) < ($1.published ?? $1.date ?? start) }
        if let published { findings[NationalDataset.ReportKey(urn: council.urn ?? "", published: published.iso)] = extract }
    }

    /// `old` with the grades of a newer report of it, where that report gives them.
    private static func superseded(_ old: Inspection, by extract: ReportExtract) -> Inspection {
        var new = old
        new.grade = grade(extract) ?? old.grade
        new.judgements = judgements(extract).isEmpty ? old.judgements : judgements(extract)
        return new
    }

    /// A new inspection as the report records it.
    private static func inspection(_ extract: ReportExtract, start: FactDate, published: FactDate?) -> Inspection {
        let postReform = extract.overallEffectiveness == "not_reported_post_reform"
        return Inspection(
            kind: .fullInspection, framework: extract.leaders != nil ? "ILACS" : "SIF", date: start, grade: grade(extract),
            judgements: judgements(extract),
            gradeNote: postReform ? "no overall grade: Ofsted stopped giving one in 2026" : nil, published: published,
            source: NationalDataset.sourceID)
    }

    private static func grade(_ extract: ReportExtract) -> Grade? { extract.overallEffectiveness.flatMap(Grade.init) }

    /// The judgements the report gives, in the order the data lists the areas.
    private static func judgements(_ extract: ReportExtract) -> [Judgement] {
        let found: [(InspectionsCSV.JudgementColumn, String?)] = [
            (.leaders, extract.leaders), (.helpAndProtection, extract.helpAndProtection), (.inCare, extract.inCare),
            (.careLeavers, extract.careLeavers),
        ]
        return found.compactMap { column, text in
            text.flatMap(Grade.init).map { Judgement(area: column.area, grade: $0) }
        }
    }
}
