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

    /// Runs the extractor over every row of `folder`/inspections.csv that names a report file.
    public static func measure(folder: String) throws(DataError) -> ExtractionAccuracy {
        let path = (folder as NSString).appendingPathComponent("inspections.csv")
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .folder(path: folder, reason: "has no readable inspections.csv; expected the Ofsted dataset")
        }
        let table = try CSVTable(text: String(decoding: data, as: UTF8.self), file: path)
        func col(_ name: String) throws(DataError) -> Int { try table.column(name, file: path) }
        let urn = try col("urn")
        let published = try col("publication_date")
        let framework = try col("framework")
        let reportFile = try col("report_file")
        let start = try col("inspection_start_date")
        let end = try col("inspection_end_date")
        let datesText = try col("inspection_dates_text")
        let overall = try col("overall_effectiveness")
        let subColumns: [(name: String, column: Int, value: (ReportExtract) -> String?)] = [
            ("leaders", try col("leaders"), \.leaders),
            ("help_and_protection", try col("help_and_protection"), \.helpAndProtection),
            ("in_care", try col("in_care"), \.inCare),
            ("care_leavers", try col("care_leavers"), \.careLeavers),
        ]

        var groups = ["ILACS", "SIF", "Other"].map { Group(name: $0) }
        var misses: [Miss] = []
        for row in table.rows {
            let file = row[reportFile].spacesTrimmed
            guard !file.isEmpty else { continue }
            let fw = row[framework].spacesTrimmed
            let g = fw.hasPrefix("ILACS") ? 0 : (fw == "SIF" ? 1 : 2)
            groups[g].rows += 1
            func miss(_ field: String, _ extracted: String?, _ expected: String?, note: String? = nil) {
                misses.append(
                    Miss(
                        urn: row[urn], publicationDate: row[published], field: field, extracted: extracted, expected: expected,
                        note: note))
            }
            let reportPath = (folder as NSString).appendingPathComponent(file)
            guard let bytes = FileManager.default.contents(atPath: reportPath) else {
                miss("report", nil, nil, note: "could not read '\(file)'")
                continue
            }
            groups[g].read += 1
            let x = ReportExtractor.extract(text: String(decoding: bytes, as: UTF8.self))

            let csvOverall = row[overall].spacesTrimmed.lowercased()
            if !csvOverall.isEmpty || x.overallEffectiveness != nil {
                let agrees = x.overallEffectiveness == csvOverall
                groups[g].overall.count(agrees)
                if !agrees { miss("overall_effectiveness", x.overallEffectiveness, csvOverall.isEmpty ? nil : csvOverall) }
            }
            for sub in subColumns {
                let csv = row[sub.column].spacesTrimmed.lowercased()
                let got = sub.value(x)
                guard !csv.isEmpty || got != nil else { continue }
                groups[g].subGrades.count(got == csv)
                if got != csv { miss(sub.name, got, csv.isEmpty ? nil : csv) }
            }
            let isoStart = row[start].spacesTrimmed
            let isoEnd = row[end].spacesTrimmed
            var expectedDates: [(String, String, String?)] = []
            if !isoStart.isEmpty || !isoEnd.isEmpty {
                if !isoStart.isEmpty { expectedDates.append(("inspection_start_date", isoStart, x.inspectionStartDate)) }
                if !isoEnd.isEmpty { expectedDates.append(("inspection_end_date", isoEnd, x.inspectionEndDate)) }
                for (field, want, got) in expectedDates {
                    groups[g].dates.count(got == want)
                    if got != want { miss(field, got, want) }
                }
            } else if let range = ReportExtractor.DateRange.parse(row[datesText]) {
                for (field, want, got) in [
                    ("inspection_start_date", range.start, x.inspectionStartDate),
                    ("inspection_end_date", range.end, x.inspectionEndDate),
                ] {
                    groups[g].textDates.count(got == want)
                    if got != want { miss(field + " (from the CSV's dates text)", got, want) }
                }
            }
            groups[g].headline.count(x.headline != nil)
            if x.headline == nil { miss("headline", nil, nil, note: "not found") }
            groups[g].improvements.count(!x.improvements.isEmpty)
            if x.improvements.isEmpty { miss("improvements", nil, nil, note: "none found") }
        }
        return ExtractionAccuracy(groups: groups.filter { $0.rows > 0 }, misses: misses)
    }
}
