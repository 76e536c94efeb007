/// England at a glance: the grades councils hold now, how that changed year by year, who moved
/// most recently, and the picture by region. Computed from councils' graded inspections.
public struct Overview: Codable, Sendable, Hashable {
    /// The grades that occur anywhere in the overview, best first ("adequate", the pre-2013
    /// scale's grade, only when some council held it).
    public var grades: [Grade] {
        let seen = Set(current.keys).union(years.flatMap { $0.counts.keys }).union(regions.flatMap { $0.counts.keys })
        return [.outstanding, .good, .requiresImprovement, .adequate, .inadequate].filter { seen.contains($0) }
    }

    /// How many councils' latest inspections gave each overall grade.
    public var current: [Grade: Int]
    /// Councils with no judged inspection at all.
    public var ungraded: Int
    /// Councils whose latest inspection gave judgements and no overall grade (2026 rules), by name.
    public var judgedOnly: [JudgedOnly] = []
    public var councilCount: Int
    /// For each year, the grades councils held at the end of it (their latest graded inspection by then).
    public var years: [YearCounts]
    /// The most recent changes of grade, newest first.
    public var improved: [Move]
    public var declined: [Move]
    /// Latest grades by region, regions sorted by name.
    public var regions: [RegionCounts]
    /// The newest report publication date in the data (else the newest inspection date).
    public var latestDate: FactDate?

    /// The grades held at the end of one year.
    public struct YearCounts: Codable, Sendable, Hashable {
        public var year: Int
        public var counts: [Grade: Int]
        public var total: Int { counts.values.reduce(0, +) }
    }

    /// A council whose overall grade changed between two graded inspections.
    public struct Move: Codable, Sendable, Hashable {
        public var council: String
        public var from: Grade
        public var to: Grade
        public var date: FactDate
    }

    /// A council whose latest inspection gave only the judgements.
    public struct JudgedOnly: Codable, Sendable, Hashable {
        public var council: String
        public var date: FactDate?
        public var judgements: [Judgement]
    }

    /// One region's latest grades.
    public struct RegionCounts: Codable, Sendable, Hashable {
        public var region: String
        public var counts: [Grade: Int]
        public var total: Int { counts.values.reduce(0, +) }
    }

    /// The overview of `councils`; `moves` limits each list of recent changes.
    public init(councils: [Council], moves: Int = 8) {
        councilCount = councils.count
        var current: [Grade: Int] = [:]
        var ungraded = 0
        var improved: [Move] = []
        var declined: [Move] = []
        var regions: [String: [Grade: Int]] = [:]
        var dated: [FactDate] = []
        var judgedOnly: [JudgedOnly] = []
        for c in councils {
            dated += c.inspections.compactMap { $0.published ?? $0.date }
            guard let latest = c.latestInspection else {
                ungraded += 1
                continue
            }
            guard let r = c.rating, latest.grade != nil else {
                judgedOnly.append(
                    JudgedOnly(council: c.name, date: latest.inspection.date, judgements: latest.inspection.judgements))
                continue
            }
            let g = r.grade
            current[g, default: 0] += 1
            regions[c.region ?? "Region not known", default: [:]][g, default: 0] += 1
            if let prev = r.previousGrade, let date = r.latest.date, prev != g {
                let move = Move(council: c.name, from: prev, to: g, date: date)
                if g.rank > prev.rank { improved.append(move) } else { declined.append(move) }
            }
        }
        self.current = current
        self.ungraded = ungraded
        self.judgedOnly = judgedOnly.sorted { $0.council < $1.council }
        let newestFirst: (Move, Move) -> Bool = { ($0.date, $0.council) > ($1.date, $1.council) }
        self.improved = Array(improved.sorted(by: newestFirst).prefix(moves))
        self.declined = Array(declined.sorted(by: newestFirst).prefix(moves))
        self.regions = regions.keys.sorted().map { RegionCounts(region: $0, counts: regions[$0]!) }
        latestDate = dated.max()
        years = Self.years(councils)
    }

    /// The grades held at the end of each year. An inspection with judgements and no overall
    /// grade (2026 rules) ends the holding of the grade before it.
    static func years(_ councils: [Council]) -> [YearCounts] {
        let histories = councils.map { $0.judgedInspections.compactMap { x in x.date.map { ($0, x.grade) } } }
        let allYears = histories.flatMap { $0.map(\.0.year) }
        guard let first = allYears.min(), let last = allYears.max() else { return [] }
        return (first...last).map { year in
            var counts: [Grade: Int] = [:]
            for history in histories {
                if let held = history.last(where: { $0.0.year <= year }), let grade = held.1 { counts[grade, default: 0] += 1 }
            }
            return YearCounts(year: year, counts: counts)
        }
    }
}
