import Foundation

/// How well ``ReportExtractor`` reads the dataset's reports, measured against inspections.csv.
public struct ExtractionAccuracy: Sendable {
    /// Agreements out of comparisons made.
    public struct Tally: Sendable, Equatable {
        public var agreed = 0
        public var compared = 0

        /// `agreed/compared (pp.p%)`, or `-` when nothing was compared.
        public var summary: String {
            compared == 0 ? "-" : "\(agreed)/\(compared) (\(String(format: "%.1f", rate * 100))%)"
        }

        /// The share agreed, 0 when nothing was compared.
        public var rate: Double { compared == 0 ? 0 : Double(agreed) / Double(compared) }

        mutating func count(_ agrees: Bool) {
            compared += 1
            if agrees { agreed += 1 }
        }
    }

    /// The figures for one kind of report.
    public struct Group: Sendable {
        /// `ILACS`, `SIF` or `Other` (the 2013 looked-after children inspections, a board review).
        public var name: String
        /// Rows with a report file, and how many of those files could be read.
        public var rows = 0
        public var read = 0
        public var overall = Tally()
        /// Every sub-grade the CSV has, and every one extracted where the CSV has none.
        public var subGrades = Tally()
        /// Start and end dates against the CSV's ISO dates.
        public var dates = Tally()
        /// Start and end dates against the CSV's dates text, where it has no ISO dates (SIF).
        public var textDates = Tally()
        /// Reports with a headline, and with at least one improvement, out of reports read.
        public var headline = Tally()
        public var improvements = Tally()
    }

    /// One disagreement with the CSV, or something not found.
    public struct Miss: Sendable, CustomStringConvertible {
        public var urn: String
        public var publicationDate: String
        public var field: String
        public var extracted: String?
        public var expected: String?
        /// Said instead of the two values: "not found".
        public var note: String?

        /// `80451 2022-01-05 in_care: extracted 'good', CSV 'outstanding'`, or `... headline: not found`.
        public var description: String {
            func quoted(_ s: String?) -> String { s.map { "'\($0)'" } ?? "nothing" }
            return "\(urn) \(publicationDate) \(field): " + (note ?? "extracted \(quoted(extracted)), CSV \(quoted(expected))")
        }
    }

    /// ILACS, SIF and Other, in that order, leaving out groups with no rows.
    public var groups: [Group]
    /// Every disagreement and every report without a headline or improvements, in CSV order.
    public var misses: [Miss]

    /// Where the reports measured are read from.
    public enum Source: Sendable {
        /// The report texts inspections.csv names (`report_file`, made with `pdftotext -layout`).
        case texts
        /// The report PDFs in `pdfs/<urn>/<publication_date>.pdf`, read with ``ReportPDF``.
        case pdfs
    }

    /// Runs the extractor over every row of `folder`/inspections.csv that has a report in `source`;
    /// `progress` hears how many of how many reports are done, and the one being read.
    public static func measure(
        folder: String, source: Source = .texts, progress: (_ done: Int, _ total: Int, _ report: String) -> Void = { _, _, _ in }
    ) throws(DataError) -> ExtractionAccuracy {
        let path = (folder as NSString).appendingPathComponent("inspections.csv")
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .folder(path: folder, reason: "has no readable inspections.csv; expected the Ofsted dataset")
        }
        let table = try CSVTable(text: String(decoding: data, as: UTF8.self), file: path)
        let csv = try InspectionsCSV(
            table, file: path, columns: [.urn, .published, .framework, .reportFile, .start, .end, .datesText, .overall],
            judgements: [.leaders, .helpAndProtection, .inCare, .careLeavers])
        let reports = table.rows.compactMap { row in report(for: row, csv: csv, source: source, folder: folder).map { (row, $0) }
        }
        var accuracy = ExtractionAccuracy(groups: ["ILACS", "SIF", "Other"].map { Group(name: $0) }, misses: [])
        for (n, (row, file)) in reports.enumerated() {
            progress(n, reports.count, file)
            accuracy.compare(row, csv: csv, file: file, folder: folder, source: source)
        }
        progress(reports.count, reports.count, "")
        accuracy.groups.removeAll { $0.rows == 0 }
        return accuracy
    }

    /// The report of `row` in `source`, relative to `folder`, or nil when it has none there.
    private static func report(for row: [String], csv: InspectionsCSV, source: Source, folder: String) -> String? {
        switch source {
        case .texts:
            let file = row[csv[.reportFile]].spacesTrimmed
            return file.isEmpty ? nil : file
        case .pdfs:
            let file = "pdfs/\(row[csv[.urn]].spacesTrimmed)/\(row[csv[.published]].spacesTrimmed).pdf"
            return FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(file)) ? file : nil
        }
    }

    /// Reads `file`, the report of `row`, and tallies how the extraction agrees with the row.
    private mutating func compare(_ row: [String], csv: InspectionsCSV, file: String, folder: String, source: Source) {
        let fw = row[csv[.framework]].spacesTrimmed
        let g = fw.hasPrefix("ILACS") ? 0 : (fw == "SIF" ? 1 : 2)
        groups[g].rows += 1
        var check = RowCheck(row: row, csv: csv, group: groups[g])
        let reportPath = (folder as NSString).appendingPathComponent(file)
        switch Self.read(reportPath, source: source) {
        case .success(let text):
            check.group.read += 1
            check.compare(ReportExtractor.extract(text: text, findings: false))
        case .failure(let error):
            check.miss("report", nil, nil, note: source == .texts ? "could not read '\(file)'" : "\(error)")
        }
        groups[g] = check.group
        misses += check.misses
    }

    /// The report's text, or why it could not be read.
    private static func read(_ path: String, source: Source) -> Result<String, DataError> {
        switch source {
        case .texts:
            guard let bytes = FileManager.default.contents(atPath: path) else {
                return .failure(.report(path: path, reason: "could not be read"))
            }
            return .success(String(decoding: bytes, as: UTF8.self))
        case .pdfs:
            do {
                return .success(try ReportPDF.text(path: path))
            } catch {
                return .failure(error)
            }
        }
    }
}

extension ExtractionAccuracy {
    /// One row of inspections.csv against what the extractor read from its report: the tallies
    /// of the row's group, and the misses in the order they are found.
    private struct RowCheck {
        let row: [String]
        let csv: InspectionsCSV
        var group: Group
        var misses: [Miss] = []

        mutating func miss(_ field: String, _ extracted: String?, _ expected: String?, note: String? = nil) {
            misses.append(
                Miss(
                    urn: row[csv[.urn]], publicationDate: row[csv[.published]], field: field, extracted: extracted,
                    expected: expected, note: note))
        }

        mutating func compare(_ x: ReportExtract) {
            compareGrades(x)
            compareDates(x)
            group.headline.count(x.headline != nil)
            if x.headline == nil { miss("headline", nil, nil, note: "not found") }
            group.improvements.count(!x.improvements.isEmpty)
            if x.improvements.isEmpty { miss("improvements", nil, nil, note: "none found") }
        }

        /// The overall grade, and each sub-grade the extractor reads.
        private mutating func compareGrades(_ x: ReportExtract) {
            let csvOverall = row[csv[.overall]].spacesTrimmed.lowercased()
            if !csvOverall.isEmpty || x.overallEffectiveness != nil {
                let agrees = x.overallEffectiveness == csvOverall
                group.overall.count(agrees)
                if !agrees {
                    miss(InspectionsCSV.Column.overall.rawValue, x.overallEffectiveness, csvOverall.isEmpty ? nil : csvOverall)
                }
            }
            for (column, position) in csv.judgements {
                guard let extracted = Self.extracted(column) else { continue }
                let csvGrade = row[position].spacesTrimmed.lowercased()
                let got = x[keyPath: extracted]
                guard !csvGrade.isEmpty || got != nil else { continue }
                group.subGrades.count(got == csvGrade)
                if got != csvGrade { miss(column.rawValue, got, csvGrade.isEmpty ? nil : csvGrade) }
            }
        }

        /// Start and end dates against the CSV's ISO dates, or else against its dates text.
        private mutating func compareDates(_ x: ReportExtract) {
            let isoStart = row[csv[.start]].spacesTrimmed
            let isoEnd = row[csv[.end]].spacesTrimmed
            let start = InspectionsCSV.Column.start.rawValue
            let end = InspectionsCSV.Column.end.rawValue
            if !isoStart.isEmpty || !isoEnd.isEmpty {
                var expected: [(String, String, String?)] = []
                if !isoStart.isEmpty { expected.append((start, isoStart, x.inspectionStartDate)) }
                if !isoEnd.isEmpty { expected.append((end, isoEnd, x.inspectionEndDate)) }
                for (field, want, got) in expected {
                    group.dates.count(got == want)
                    if got != want { miss(field, got, want) }
                }
            } else if let range = ReportExtractor.DateRange.parse(row[csv[.datesText]]) {
                for (field, want, got) in [(start, range.start, x.inspectionStartDate), (end, range.end, x.inspectionEndDate)] {
                    group.textDates.count(got == want)
                    if got != want { miss(field + " (from the CSV's dates text)", got, want) }
                }
            }
        }

        /// Where the extract keeps `column`'s grade; nil for the SIF columns it does not read.
        private static func extracted(_ column: InspectionsCSV.JudgementColumn) -> KeyPath<ReportExtract, String?>? {
            switch column {
            case .leaders: \.leaders
            case .helpAndProtection: \.helpAndProtection
            case .inCare: \.inCare
            case .careLeavers: \.careLeavers
            case .sifLookedAfter, .sifAdoption, .sifLeadership: nil
            }
        }
    }
}
