/// Everything one page shows: a council and the date the briefing speaks for.
public struct Briefing: Codable, Sendable, Hashable {
    public var council: Council
    /// The as-of date printed on the page; it comes from the data or SOURCE_DATE_EPOCH, never the clock.
    public var asOf: FactDate?

    public init(council: Council, asOf: FactDate?) {
        self.council = council
        self.asOf = asOf
    }

    /// The as-of date for a council's curated facts: the newest date any fact or source carries.
    public static func asOfDate(for council: Council) -> FactDate? {
        var dates: [FactDate] = council.inspections.compactMap(\.date)
        dates += council.quotes.compactMap(\.date) + council.funding.compactMap(\.date)
        dates += council.sources.compactMap(\.date) + council.improvements.compactMap(\.date)
        return dates.max()
    }
}
