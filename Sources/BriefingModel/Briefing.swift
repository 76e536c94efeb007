/// Everything one page shows: a council and the date the briefing speaks for.
public struct Briefing: Codable, Sendable, Hashable {
    public var council: Council
    /// The as-of date printed on the page; it comes from the data or SOURCE_DATE_EPOCH, never the clock.
    public var asOf: FactDate?
    /// The council's statistical neighbours with their latest grades, most similar first.
    public var neighbours: [NeighbourGrade]
    /// One line on where the council stands nationally, when national data is loaded.
    public var national: String?

    public init(council: Council, asOf: FactDate?, neighbours: [NeighbourGrade] = [], national: String? = nil) {
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

/// A neighbouring council's name and latest overall grade, for the neighbours strip.
public struct NeighbourGrade: Codable, Sendable, Hashable {
    public var name: String
    public var grade: Grade?
    public var date: FactDate?

    public init(name: String, grade: Grade?, date: FactDate?) {
        self.name = name
        self.grade = grade
        self.date = date
    }
}
