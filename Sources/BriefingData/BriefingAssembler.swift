import BriefingModel
import Foundation

/// Builds a council's ``Briefing`` from the store: its as-of date, its neighbours' latest
/// grades, where it stands nationally, and, where the record has none, findings read from its
/// latest inspection report.
public struct BriefingAssembler: Sendable {
    public let store: CouncilStore
    /// Councils by ONS code, for neighbours, and every council's latest inspection's overall
    /// grade (nil where it gave none), for the national standing: worked out once, not per page.
    private let byCode: [String: Council]
    private let latestGrades: [Grade?]

    public init(store: CouncilStore) {
        self.store = store
        byCode = Dictionary(store.councils.compactMap { c in c.onsCode.map { ($0, c) } }, uniquingKeysWith: { a, _ in a })
        latestGrades = store.councils.compactMap(\.latestInspection).map(\.grade)
    }

    /// The briefing for `stored`.
    ///
    /// With `reports`, findings from the council's latest inspection report fill in missing
    /// quotes and improvements; without it (a record posted to the service), nothing is read from
    /// disk and the page shows only the record's own facts.
    ///
    /// A page tells one era: only facts dated on or after the latest inspection reach it
    /// (``Council/inEra``), and findings come from that inspection's own report, never an older one.
    public func briefing(for stored: Council, reports: Bool = true) -> Briefing {
        var council = stored.inEra
        var missingReport: Inspection?
        if reports { (council, missingReport) = withReportFindings(council) }
        let neighbours = council.neighbours.compactMap { byCode[$0] }.map(NeighbourGrade.init)
        var standing: NationalStanding?
        if store.national, let latest = council.latestInspection {
            standing = NationalStanding(grade: latest.grade, among: latestGrades)
        }
        var briefing = Briefing(
            council: council, asOf: Briefing.asOfDate(for: council), neighbours: neighbours, national: standing)
        briefing.missingReport = missingReport
        return briefing
    }

    /// `c` with findings from its latest inspection's report: the inspectors' verdict, strengths
    /// and concerns in their own sentences where the record has no inspectors' quotes of this era, and the report's "What needs to improve" list in place of
    /// missing curated improvements, each dated with the report and citing it. When the national
    /// data has no text of that report, `c` as it is and the inspection whose report is missing:
    /// an older report is never quoted as if it were current.
    func withReportFindings(_ c: Council) -> (Council, missingReport: Inspection?) {
        guard !c.quotes.contains(where: { $0.voice == .inspectors }) || c.improvements.isEmpty, let urn = c.urn, store.national,
            let inspection = c.latestInspection?.inspection, let published = inspection.published
        else { return (c, nil) }
        guard let extract = store.reports.extract(.init(urn: urn, published: published.iso)) else { return (c, inspection) }
        let source = Source(
            id: "ofsted-report-\(published.iso)", publisher: "Ofsted",
            headline: "Inspection of \(c.name) local authority children’s services", date: published, url: inspection.report)
        var out = c
        var cited = false
        if c.quotes.allSatisfy({ $0.voice == .council }) {
            out.quotes = Self.findings(extract, date: published, source: source.id) + c.quotes
            cited = cited || out.quotes.count > c.quotes.count
        }
        if c.improvements.isEmpty, !extract.improvements.isEmpty {
            out.improvements = extract.improvements.map { Improvement(text: $0, date: published, source: source.id) }
            cited = true
        }
        if cited { out.sources.append(source) }
        return (out, nil)
    }

    /// The report's verdict, strengths and concerns (``ReportExtractor/Findings``) as
    /// inspectors' quotes, each dated with the report and citing it.
    static func findings(_ extract: ReportExtract, date: FactDate, source: String) -> [Quote] {
        var found: [(String, Quote.Finding)] = extract.verdict.map { [($0, .verdict)] } ?? []
        found += extract.strengths.map { ($0, .strength) } + extract.concerns.map { ($0, .concern) }
        return found.map { text, finding in
            Quote(
                text: text, voice: .inspectors, role: "Ofsted inspection report", date: date, source: source, finding: finding)
        }
    }
}
