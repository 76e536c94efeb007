extension FactDate {
    /// Whether this date is on or after `start`, compared at the coarser of the two precisions:
    /// "2025-03" is in the era of an inspection on 24 March 2025, "2018" is not in the era of 2025.
    public func isOnOrAfter(_ start: FactDate) -> Bool {
        if year != start.year { return year > start.year }
        guard let m = month, let sm = start.month else { return true }
        if m != sm { return m > sm }
        guard let d = day, let sd = start.day else { return true }
        return d >= sd
    }
}

/// A curated fact kept off a page because it is older than the inspection the page leads with.
public struct OutOfEra: Sendable, Hashable, CustomStringConvertible {
    /// The list the fact is in (`quotes`, `funding`, ...) and its place there.
    public var key: String
    public var index: Int
    public var date: FactDate?
    /// The date of the inspection the page leads with.
    public var era: FactDate

    public var description: String {
        guard let date else {
            return
                "\(key)[\(index)]: neither it nor its source is dated, so it cannot be placed after the latest inspection (\(Format.date(era))); not shown on the page"
        }
        return
            "\(key)[\(index)]: dated \(Format.date(date)) (itself or by its source), before the latest inspection (\(Format.date(era))); not shown on the page"
    }
}

extension Council {
    /// The date the page's era starts: the latest inspection's (``latestInspection``); nil when
    /// there is none or it is undated, and then every fact belongs to the page.
    public var eraStart: FactDate? { latestInspection?.inspection.date }

    /// The council with only the facts of its page's era: quotes, funding, context, improvements
    /// and named leaders dated on or after the latest inspection, and only the sources they (or
    /// the inspections) cite. A fact without a date of its own is as old as the source it cites.
    /// One whose source is undated too belongs to the era only when that source also reports the
    /// latest inspection (an article that tells of an inspection and quotes its people);
    /// otherwise it is left out.
    public var inEra: Council {
        guard let start = eraStart else { return self }
        var c = self
        let keep: (FactDate?, String) -> Bool = { date, cited in self.belongs(date, cited, after: start) }
        c.quotes = quotes.filter { keep($0.date, $0.source) }
        c.funding = funding.filter { keep($0.date, $0.source) }
        c.context = context.filter { keep($0.date, $0.source) }
        c.improvements = improvements.filter { keep($0.date, $0.source) }
        c.leaders = leaders.filter { keep(nil, $0.source) }
        // A source none of whose facts reach the page is not listed on it either: the page would
        // cite an article from another era for nothing it says.
        var cited = Set(c.inspections.map(\.source))
        cited.formUnion(c.quotes.map(\.source))
        cited.formUnion(c.funding.map(\.source))
        cited.formUnion(c.context.map(\.source))
        cited.formUnion(c.improvements.map(\.source))
        cited.formUnion(c.leaders.map(\.source))
        c.sources = sources.filter { cited.contains($0.id) }
        return c
    }

    /// Whether a fact dated `date` (nil for none) citing `source` belongs to the page's era; every
    /// fact does when the era has no start.
    public func isInEra(date: FactDate?, source: String) -> Bool {
        guard let start = eraStart else { return true }
        return belongs(date, source, after: start)
    }

    /// Whether a fact dated `date` (nil for none) citing `cited` belongs to the era from `start`.
    private func belongs(_ date: FactDate?, _ cited: String, after start: FactDate) -> Bool {
        if let d = date ?? source(cited)?.date { return d.isOnOrAfter(start) }
        return latestInspection?.inspection.source == cited
    }

    /// The facts ``inEra`` leaves out, with where they are in the record.
    public var outOfEra: [OutOfEra] {
        guard let start = eraStart else { return [] }
        func out(_ name: String, _ facts: [(FactDate?, String)]) -> [OutOfEra] {
            facts.enumerated().compactMap { i, f in
                belongs(f.0, f.1, after: start) ? nil : OutOfEra(key: name, index: i, date: f.0 ?? source(f.1)?.date, era: start)
            }
        }
        return out("quotes", quotes.map { ($0.date, $0.source) }) + out("funding", funding.map { ($0.date, $0.source) })
            + out("context", context.map { ($0.date, $0.source) })
            + out("improvements", improvements.map { ($0.date, $0.source) })
            + out("leaders", leaders.map { (nil, $0.source) })
    }
}
