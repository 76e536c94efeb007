import BriefingModel
import Foundation

/// The national Ofsted dataset (inspections.csv and local-authorities.csv), read from a folder
/// the project never copies: every council with its full inspections, region, type and neighbours.
public struct NationalDataset: Sendable {
    /// Councils that have at least one inspection in the data, sorted by slug.
    public let councils: [Council]
    /// The dataset as a source that facts cite.
    public let source: Source
    /// The findings of each inspection's report, by `urn` and the report's publication date
    /// (ISO); absent where the dataset has no text of the report.
    public let reports: ReportFindings

    /// Identifies one report: the council's URN and the publication date.
    public struct ReportKey: Hashable, Sendable {
        public var urn: String
        public var published: String
        public init(urn: String, published: String) {
            self.urn = urn
            self.published = published
        }
    }

    static let sourceID = "ofsted-data"

    /// Reads `inspections.csv` and `local-authorities.csv` from `folder`.
    public static func load(folder: String) throws(DataError) -> NationalDataset {
        let laPath = (folder as NSString).appendingPathComponent("local-authorities.csv")
        let inspPath = (folder as NSString).appendingPathComponent("inspections.csv")
        let las = try table(laPath)
        let insp = try table(inspPath)
        let la = try LAColumns(las, file: laPath)
        let ic = try InspectionsCSV(
            insp, file: inspPath, columns: [.urn, .published, .start, .datesText, .framework, .overall, .link, .reportFile],
            judgements: InspectionsCSV.JudgementColumn.allCases)
        var byURN: [String: [Inspection]] = [:]
        var reportFiles: [ReportKey: String] = [:]
        var newest: FactDate?
        for (row, line) in zip(insp.rows, insp.lines) {
            let urn = row[ic[.urn]].trimmingCharacters(in: .whitespaces)
            guard !urn.isEmpty else {
                throw .invalid(
                    file: inspPath, line: line, field: InspectionsCSV.Column.urn.rawValue,
                    message: "is empty; expected Ofsted's reference number")
            }
            let report = row[ic[.reportFile]]
            let inspection = try ic.inspection(row, file: inspPath, line: line) { reportStart(report, folder: folder) }
            if let p = inspection.published { newest = max(newest ?? p, p) }
            if let file = row[ic[.reportFile]].nilIfEmpty, let p = inspection.published {
                reportFiles[ReportKey(urn: urn, published: p.iso)] = (folder as NSString).appendingPathComponent(file)
            }
            byURN[urn, default: []].append(inspection)
        }
        try checkEveryCouncilInspected(
            las, urn: la.urn, name: la.name, neighbours: la.neighbours, byURN: byURN, files: (laPath, inspPath))
        var councils = try Self.councils(las, la, byURN: byURN, file: laPath)
        let source = Self.source(newest: newest)
        for i in councils.indices { councils[i].sources = [source] }
        return NationalDataset(
            councils: councils.sorted { $0.slug < $1.slug }, source: source, reports: ReportFindings(texts: reportFiles))
    }

    /// The councils of the lookup that have inspections, in its order, each with its neighbours'
    /// ONS codes; throws when two names give one slug.
    private static func councils(
        _ las: CSVTable, _ la: LAColumns, byURN: [String: [Inspection]], file laPath: String
    ) throws(DataError) -> [Council] {
        // Neighbours are listed by old LA numbers and by ONS codes, but some ONS codes have
        // changed since (Barnsley's E08000016 is now E08000038): join on the old numbers.
        let onsByOldCode = Dictionary(las.rows.map { ($0[la.oldCode], $0[la.ons]) }, uniquingKeysWith: { a, _ in a })
        var councils: [Council] = []
        for (row, line) in zip(las.rows, las.lines) {
            let urn = row[la.urn]
            guard let inspections = byURN[urn] else { continue }  // councils that no longer exist
            let name = displayName(row[la.name])
            try checkSlug(of: name, line: line, among: councils, file: laPath)
            let neighbours = row[la.neighbours].split(separator: ",").compactMap {
                onsByOldCode[$0.trimmingCharacters(in: .whitespaces)]
            }
            councils.append(
                Council(
                    slug: slug(name), name: name, onsCode: row[la.ons], region: row[la.region].nilIfEmpty,
                    councilType: Council.CouncilType(rawValue: row[la.type]), inspections: inspections,
                    urn: urn, neighbours: neighbours.filter { !$0.isEmpty }))
        }
        return councils
    }

    /// The dataset as the source its facts cite, as of its newest report.
    static func source(newest: FactDate?) -> Source {
        Source(
            id: sourceID, publisher: "Ofsted (Open Government Licence v3.0)",
            headline: "Children’s services inspection judgements and reports, 2013–2026", date: newest)
    }

    private static func table(_ path: String) throws(DataError) -> CSVTable {
        let data: Data
        switch BoundedFile.read(path, limit: BoundedFile.table) {
        case .success(let d): data = d
        case .failure(.unreadable):
            throw .folder(
                path: (path as NSString).deletingLastPathComponent,
                reason: "has no readable \((path as NSString).lastPathComponent); expected the Ofsted dataset")
        case .failure(let f):
            throw .folder(
                path: (path as NSString).deletingLastPathComponent,
                reason: "has a \((path as NSString).lastPathComponent) that \(f.reason); expected the Ofsted dataset")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            // The line of the first byte that is not UTF-8: decoding up to each line break finds it.
            var line = 1
            var start = data.startIndex
            for (i, byte) in zip(data.indices, data) where byte == 0x0A {
                if String(validating: data[start..<i], as: UTF8.self) == nil { break }
                line += 1
                start = i + 1
            }
            throw .invalid(file: path, line: line, field: "", message: "is not valid UTF-8; expected UTF-8 text")
        }
        // A whole table ends with a line break; one cut short ends inside its last line.
        if let last = data.last, last != 0x0A {
            let line = data.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            throw .invalid(
                file: path, line: line, field: "",
                message: "ends in the middle of a line; expected a complete table (is the file cut short?)")
        }
        let table = try CSVTable(text: text, file: path)
        try table.checkWidths(file: path)
        return table
    }

    /// "Bristol, City of" -> "Bristol"; other names as the lookup writes them.
    static func displayName(_ name: String) -> String {
        name.hasSuffix(", City of") ? String(name.dropLast(", City of".count)) : name
    }

    /// `St. Helens` -> `st-helens`, `Bournemouth, Christchurch and Poole` -> `bournemouth-christchurch-and-poole`.
    public static func slug(_ name: String) -> String {
        var out = ""
        for ch in name.lowercased().replacingOccurrences(of: "&", with: "and") {
            if ch == "." || ch == "'" || ch == "’" { continue }
            if ch.isLetter || ch.isNumber {
                out.append(ch)
            } else if !out.hasSuffix("-") {
                out.append("-")
            }
        }
        return out.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
    }
}

/// Column positions in local-authorities.csv.
private struct LAColumns {
    let urn, ons, oldCode, name, region, type, neighbours: Int
    init(_ t: CSVTable, file: String) throws(DataError) {
        urn = try t.column("urn", file: file)
        oldCode = try t.column("la_code", file: file)
        ons = try t.column("la_code_new", file: file)
        name = try t.column("local_authority_ons_name", file: file)
        region = try t.column("region_name", file: file)
        type = try t.column("ons_la_type", file: file)
        neighbours = try t.column("stat_neighbours", file: file)
    }
}

extension String {
    var nilIfEmpty: String? {
        let t = trimmingCharacters(in: .whitespaces)
        return t.isEmpty ? nil : t
    }
}
