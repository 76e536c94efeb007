import Foundation

/// Everything one page shows: a council and the date the briefing speaks for.
public struct Briefing: Codable, Sendable, Hashable {
    public var council: Council
    /// The as-of date printed on the page; it comes from the data or SOURCE_DATE_EPOCH, never the clock.
    public var asOf: FactDate?
    /// The council's statistical neighbours with their latest grades, most similar first.
    public var neighbours: [NeighbourGrade]
    /// Where the council's latest grade stands nationally, when national data is loaded.
    public var national: NationalStanding?
    /// The latest inspection, when the national data has no text of its report: the page then
    /// says why it quotes no inspectors rather than quoting an older report.
    public var missingReport: Inspection?

    public init(council: Council, asOf: FactDate?, neighbours: [NeighbourGrade] = [], national: NationalStanding? = nil) {
        self.council = council
        self.asOf = asOf
        self.neighbours = neighbours
        self.national = national
    }

    /// The as-of date of a council's curated facts: the newest date of its sources (the articles
    /// and reports), since a record knows no more than they do; nil when no source is dated.
    public static func asOfDate(for council: Council) -> FactDate? {
        council.sources.compactMap(\.date).max()
    }

    /// The newest date any fact in the record carries, for when no source is dated.
    public static func newestFactDate(in council: Council) -> FactDate? {
        var dates: [FactDate] = council.inspections.compactMap(\.date) + council.quotes.compactMap(\.date)
        dates += council.funding.compactMap(\.date) + council.context.compactMap(\.date)
        dates += council.improvements.compactMap(\.date) + council.sources.compactMap(\.date)
        return dates.max()
    }
}

/// A neighbouring council's name and its latest inspection's overall grade, or its judgements
/// where that inspection gave no overall grade, for the neighbours strip.
public struct NeighbourGrade: Codable, Sendable, Hashable {
    public var name: String
    public var grade: Grade?
    public var date: FactDate?
    /// The latest inspection's judgements when it gave no overall grade; empty otherwise.
    public var judgements: [Judgement]
    /// The neighbour's slug, for a link to its own page; nil where it is not a known council.
    /// Not written to JSON: outputs that encode a briefing stay as they were.
    public var slug: String? = nil

    enum CodingKeys: String, CodingKey { case name, grade, date, judgements }

    public init(name: String, grade: Grade?, date: FactDate?, judgements: [Judgement] = []) {
        self.name = name
        self.grade = grade
        self.date = date
        self.judgements = judgements
    }

    /// The neighbour as the latest inspection rule gives it.
    public init(_ council: Council) {
        let latest = council.latestInspection
        self.init(
            name: council.name, grade: latest?.grade, date: latest?.inspection.date,
            judgements: latest?.grade == nil ? latest?.inspection.judgements ?? [] : [])
        slug = council.slug
    }
}

extension Briefing {
    /// The PDF's creation date, as ISO 8601: the as-of date, else the record's newest dated
    /// fact, else 2000-01-01; never the clock, so the same data always gives the same bytes.
    public var documentDate: String {
        (asOf ?? Briefing.newestFactDate(in: council))?.timestamp ?? FactDate.undatedTimestamp
    }
}

/// One line of the council list (`brief list --json`, `GET /councils`): who, where, and the
/// latest inspection (``Council/latestInspection``): its overall grade, or its judgements
/// where it gave none, and its date.
public struct CouncilSummary: Codable, Sendable, Hashable {
    public var slug: String
    public var name: String
    public var region: String?
    public var latestGrade: Grade?
    /// The latest inspection's date at the precision known: `2025`, `2025-03` or `2025-03-14`.
    public var date: String?
    /// The latest inspection's judgements when it gave no overall grade (2026 rules); nil otherwise.
    public var judgements: [Judgement]?
    /// Whether a source implies that date rather than states it (not written to JSON).
    public var dateInferred = false

    public init(_ council: Council) {
        slug = council.slug
        name = council.name
        region = council.region
        let latest = council.latestInspection
        latestGrade = latest?.grade
        date = latest?.inspection.date?.iso
        dateInferred = latest?.inspection.date?.isInferred ?? false
        judgements = latest.flatMap { $0.grade == nil ? $0.inspection.judgements : nil }
    }

    enum CodingKeys: String, CodingKey {
        case slug, name, region, date, judgements
        case latestGrade = "latest_grade"
    }

    /// `latest_grade`, `region` and `date` as null where unknown (the synthesised encoder would
    /// leave them out); `judgements` only for an inspection without an overall grade.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(slug, forKey: .slug)
        try c.encode(name, forKey: .name)
        try c.encode(region, forKey: .region)
        try c.encode(latestGrade, forKey: .latestGrade)
        try c.encode(date, forKey: .date)
        try c.encodeIfPresent(judgements, forKey: .judgements)
    }
}
