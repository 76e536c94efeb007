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

    /// `c` with findings from its latest inspection's report: inspectors' own sentences in place
    /// of missing curated quotes, and the report's "What needs to improve" list in place of
    /// missing curated improvements, each dated with the report and citing it. When the national
    /// data has no text of that report, `c` as it is and the inspection whose report is missing:
    /// an older report is never quoted as if it were current.
    func withReportFindings(_ c: Council) -> (Council, missingReport: Inspection?) {
        guard c.quotes.isEmpty || c.improvements.isEmpty, let urn = c.urn, store.national,
            let inspection = c.latestInspection?.inspection, let published = inspection.published
        else { return (c, nil) }
        guard let path = store.reportFiles[.init(urn: urn, published: published.iso)],
            let data = FileManager.default.contents(atPath: path)
        else { return (c, inspection) }
        let extract = ReportExtractor.extract(text: String(decoding: data, as: UTF8.self))
        let source = Source(
            id: "ofsted-report-\(published.iso)", publisher: "Ofsted",
            headline: "Inspection of \(c.name) local authority children’s services", date: published, url: inspection.report)
        var out = c
        var cited = false
        if c.quotes.isEmpty, let headline = extract.headline {
            let picked = Self.keySentences(headline)
            out.quotes = picked.map {
                Quote(text: $0, voice: .inspectors, role: "Ofsted inspection report", date: published, source: source.id)
            }
            cited = cited || !picked.isEmpty
        }
        if c.improvements.isEmpty, !extract.improvements.isEmpty {
            out.improvements = extract.improvements.map { Improvement(text: $0, date: published, source: source.id) }
            cited = true
        }
        if cited { out.sources.append(source) }
        return (out, nil)
    }

    /// Up to three sentences of a report's headline summary for the quote panels, by
    /// ``QuoteRules``: the first that stands on its own (inspectors' verdict), the first concern
    /// after it, then the next that stands on its own.
    static func keySentences(_ headline: String) -> [String] {
        let candidates = Self.sentences(in: headline).filter(QuoteRules.standsAlone)
        guard let first = candidates.first(where: QuoteRules.isVerdict) ?? candidates.first else { return [] }
        var picked = [first]
        if let concern = candidates.first(where: { !picked.contains($0) && QuoteRules.isConcern($0) }) { picked.append(concern) }
        if let next = candidates.first(where: { !picked.contains($0) }), picked.count < 3 { picked.append(next) }
        return picked
    }

    /// Splits prose into sentences at a full stop, question or exclamation mark followed by a
    /// space and a capital letter.
    static func sentences(in text: String) -> [String] {
        var out: [String] = []
        var current = ""
        let chars = Array(text)
        for (i, ch) in chars.enumerated() {
            current.append(ch)
            if ".!?".contains(ch), i + 2 < chars.count, chars[i + 1] == " ", chars[i + 2].isUppercase {
                out.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            }
        }
        let rest = current.trimmingCharacters(in: .whitespaces)
        if !rest.isEmpty { out.append(rest) }
        return out
    }
}
