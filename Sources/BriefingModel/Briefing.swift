/// Everything one page shows: a council and the date the briefing speaks for.
public struct Briefing: Codable, Sendable, Hashable {
    public var council: Council
    /// The as-of date printed on the page; it comes from the data or SOURCE_DATE_EPOCH, never the clock.
    public var asOf: FactDate?

    public init(council: Council, asOf: FactDate?) {
        self.council = council
        self.asOf = asOf
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
