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
    static let councilColumns = ["urn", "slug", "ons_code", "name", "region", "type", "neighbours", "inspections"]
    static let inspectionColumns =
        ["urn", "published", "published_inferred", "start", "start_inferred", "framework", "overall", "grade_note"]
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
            // Each council says how many inspections it has: a file cut at a line break shows here.
            guard f[7] == String(list.count) else {
                throw .invalid(
                    file: path("councils.tsv"), line: line, field: "inspections",
                    message:
                        "'\(f[7])', but inspections.tsv has \(list.count) for urn \(f[0]); expected the two files to agree (is one cut short?)"
                )
            }
            for p in list.compactMap(\.published) { newest = max(newest ?? p, p) }
            councils.append(
                Council(
                    slug: f[1], name: f[3], onsCode: f[2], region: f[4].isEmpty ? nil : f[4],
                    councilType: Council.CouncilType(rawValue: f[5]), inspections: list, urn: f[0],
                    neighbours: f[6].split(separator: ",").map(String.init)))
        }
        if let stray = Set(inspections.byURN.keys).subtracting(councils.compactMap(\.urn)).sorted().first {
            throw .invalid(
                file: path("inspections.tsv"), line: nil, field: "urn",
                message:
                    "'\(stray)' is in no line of councils.tsv; expected every inspection's council there (is councils.tsv cut short?)"
            )
        }
        let source = NationalDataset.source(newest: newest)
        for i in councils.indices { councils[i].sources = [source] }
        return NationalDataset(councils: councils.sorted { $0.slug < $1.slug }, source: source, reports: reports)
    }

    /// The whole of the file at `path`, read with one `read(2)` into the array (Foundation's
    /// `Data` costs a copy and about 2 ms for the findings).
    /// Loads the snapshot in `folder` and checks every line of its findings too, which loading
    /// leaves until a page asks for them; throws naming the first bad line.
    public static func check(folder: String) throws(DataError) -> NationalDataset {
        let dataset = try load(folder: folder)
        let file = (folder as NSString).appendingPathComponent("findings.tsv")
        try checkFindings(
            file, reportsRead: try readInspections((folder as NSString).appendingPathComponent("inspections.tsv")).reportsRead)
        return dataset
    }

    static func bytes(_ path: String) throws(DataError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        var info = stat()
        guard fd >= 0, fstat(fd, &info) == 0 else {
            if fd >= 0 { close(fd) }
            throw .folder(
                path: (path as NSString).deletingLastPathComponent,
                reason:
                    "has no readable \((path as NSString).lastPathComponent); expected the national snapshot `brief import` writes"
            )
        }
        defer { close(fd) }
        let size = Int(info.st_size)
        var failed = false
        let out = [UInt8](unsafeUninitializedCapacity: size) { buf, count in
            count = 0
            while count < size {
                let n = read(fd, buf.baseAddress! + count, size - count)
                if n < 0, errno == EINTR { continue }
                if n <= 0 {
                    failed = n < 0
                    break
                }
                count += n
            }
        }
        if failed {
            throw .folder(
                path: (path as NSString).deletingLastPathComponent,
                reason: "could not read \((path as NSString).lastPathComponent): \(String(cString: strerror(errno)))")
        }
        return out
    }

    /// Each council's inspections by URN, in the file's order, and the reports whose text was read.
    static func readInspections(
        _ file: String
    ) throws(DataError) -> (byURN: [String: [Inspection]], reportsRead: Set<NationalDataset.ReportKey>) {
        var byURN: [String: [Inspection]] = [:]
        var read = Set<NationalDataset.ReportKey>()
        let judgementColumns = InspectionsCSV.JudgementColumn.allCases
        for (line, f) in try TSV.rows(bytes(file), file: file, columns: inspectionColumns) {
            let field = { (i: Int) in f[i].isEmpty ? nil : f[i] }
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
            let published = try date(1, field(2))
            var judgements: [Judgement] = []
            for (i, column) in judgementColumns.enumerated() {
                if let g = try grade(8 + i) { judgements.append(Judgement(area: column.area, grade: g)) }
            }
            let linkAt = 8 + judgementColumns.count
            byURN[f[0], default: []].append(
                Inspection(
                    kind: .fullInspection, framework: field(5), date: try date(3, field(4)), grade: try grade(6),
                    judgements: judgements, gradeNote: field(7), published: published, report: field(linkAt),
                    source: NationalDataset.sourceID))
            if f[linkAt + 1] == "yes", published != nil { read.insert(.init(urn: f[0], published: f[1])) }
        }
        return (byURN, read)
    }
}
