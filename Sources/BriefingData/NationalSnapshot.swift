import BriefingModel
import Foundation

/// The national data as brief ships it, in `Data/national/`: what every page needs from the Ofsted
/// dataset, read from it once by `brief import` and written as three tab-separated tables (``TSV``)
/// beside a README with the licence's attribution and the snapshot's as-of date.
///
/// - `councils.tsv`: one line per council with a full inspection (URN, ONS code, name, region,
///   type, statistical neighbours' ONS codes, most similar first).
/// - `inspections.tsv`: one line per full inspection, as the pages read it: the start date (with
///   why it is inferred, where it is), framework, overall grade or why there is none, the
///   judgements, the report's address, and whether its text was read.
/// - `findings.tsv`: one line per finding read from a report (the inspectors' verdict, strengths
///   and concerns that may be quoted, in the rules' order, and what needs to improve).
///
/// Not the report texts: those stay in the dataset. Rows are in a fixed order (councils by slug,
/// each council's inspections and findings as the dataset lists them), so the same dataset always
/// gives the same bytes.
public enum NationalSnapshot {
    static let councilColumns = ["urn", "ons_code", "name", "region", "type", "neighbours"]
    static let inspectionColumns =
        ["urn", "published", "start", "start_inferred", "framework", "overall", "grade_note"]
        + InspectionsCSV.JudgementColumn.allCases.map(\.rawValue) + ["report_link", "report_read"]
    static let findingColumns = ["urn", "published", "kind", "text"]

    /// A finding's kind, as `findings.tsv` writes it.
    enum Kind: String {
        case verdict, strength, concern, improvement
    }

    /// The snapshot in `folder` as a dataset: its councils, their inspections and the findings.
    public static func load(folder: String) throws(DataError) -> NationalDataset {
        let path = { (name: String) in (folder as NSString).appendingPathComponent(name) }
        let inspections = try readInspections(path("inspections.tsv"))
        let reports = try readFindings(path("findings.tsv"), reportsRead: inspections.reportsRead)
        var councils: [Council] = []
        var newest: FactDate?
        for (line, f) in try TSV.rows(bytes(path("councils.tsv")), file: path("councils.tsv"), columns: councilColumns) {
            let list = inspections.byURN[f[0]] ?? []
            guard !list.isEmpty else {
                throw .invalid(
                    file: path("councils.tsv"), line: line, field: "urn",
                    message: "'\(f[0])' has no inspection in inspections.tsv; expected every council to have one")
            }
            for p in list.compactMap(\.published) { newest = max(newest ?? p, p) }
            councils.append(
                Council(
                    slug: NationalDataset.slug(f[2]), name: f[2], onsCode: f[1], region: f[3].nilIfEmpty,
                    councilType: Council.CouncilType(rawValue: f[4]), inspections: list, urn: f[0],
                    neighbours: f[5].split(separator: ",").map(String.init)))
        }
        let source = NationalDataset.source(newest: newest)
        for i in councils.indices { councils[i].sources = [source] }
        return NationalDataset(councils: councils.sorted { $0.slug < $1.slug }, source: source, reports: reports)
    }

    static func bytes(_ path: String) throws(DataError) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .folder(
                path: (path as NSString).deletingLastPathComponent,
                reason:
                    "has no readable \((path as NSString).lastPathComponent); expected the national snapshot `brief import` writes"
            )
        }
        return [UInt8](data)
    }

    /// Each council's inspections by URN, in the file's order, and the reports whose text was read.
    private static func readInspections(
        _ file: String
    ) throws(DataError) -> (byURN: [String: [Inspection]], reportsRead: Set<NationalDataset.ReportKey>) {
        var byURN: [String: [Inspection]] = [:]
        var read = Set<NationalDataset.ReportKey>()
        let judgementColumns = InspectionsCSV.JudgementColumn.allCases
        for (line, f) in try TSV.rows(bytes(file), file: file, columns: inspectionColumns) {
            let field = { (i: Int) in f[i].nilIfEmpty }
            let date = { (i: Int, inferred: String?) throws(DataError) -> FactDate? in
                guard let text = field(i) else { return nil }
                guard let d = FactDate(iso: text, inferred: inferred) else {
                    throw .invalid(
                        file: file, line: line, field: inspectionColumns[i],
                        message: "'\(text)' is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD")
                }
                return d
            }
            let grade = { (i: Int) throws(DataError) -> Grade? in
                guard let text = field(i) else { return nil }
                guard let g = Grade(rawValue: text) else {
                    throw .invalid(
                        file: file, line: line, field: inspectionColumns[i],
                        message: "'\(text)' is not a grade; expected \(Grade.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return g
            }
            let published = try date(1, nil)
            var judgements: [Judgement] = []
            for (i, column) in judgementColumns.enumerated() {
                if let g = try grade(7 + i) { judgements.append(Judgement(area: column.area, grade: g)) }
            }
            let linkAt = 7 + judgementColumns.count
            byURN[f[0], default: []].append(
                Inspection(
                    kind: .fullInspection, framework: field(4), date: try date(2, field(3)), grade: try grade(5),
                    judgements: judgements, gradeNote: field(6), published: published, report: field(linkAt),
                    source: NationalDataset.sourceID))
            if f[linkAt + 1] == "yes", let published { read.insert(.init(urn: f[0], published: published.iso)) }
        }
        return (byURN, read)
    }

    /// The findings of every report whose text was read (an empty extract where it yielded none).
    private static func readFindings(
        _ file: String, reportsRead: Set<NationalDataset.ReportKey>
    ) throws(DataError) -> ReportFindings {
        var read = Dictionary(uniqueKeysWithValues: reportsRead.map { ($0, ReportExtract()) })
        for (line, f) in try TSV.rows(bytes(file), file: file, columns: findingColumns) {
            let key = NationalDataset.ReportKey(urn: f[0], published: f[1])
            guard read[key] != nil else {
                throw .invalid(
                    file: file, line: line, field: "published",
                    message: "'\(f[0]) \(f[1])' is not a report read in inspections.tsv; expected one that is")
            }
            switch Kind(rawValue: f[2]) {
            case .verdict: read[key]?.verdict = f[3]
            case .strength: read[key]?.strengths.append(f[3])
            case .concern: read[key]?.concerns.append(f[3])
            case .improvement: read[key]?.improvements.append(f[3])
            case nil:
                throw .invalid(
                    file: file, line: line, field: "kind",
                    message: "'\(f[2])' is not a kind of finding; expected verdict, strength, concern or improvement")
            }
        }
        return ReportFindings(read: read)
    }
}
