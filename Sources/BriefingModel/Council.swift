/// A council that runs children's services, with every fact known about it and its sources.
public struct Council: Codable, Sendable, Hashable {
    /// What kind of local authority the council is.
    public enum CouncilType: String, Codable, Sendable {
        case unitary = "Unitary Authority"
        case metropolitan = "Metropolitan District"
        case londonBorough = "London Borough"
        case county = "County"
    }

    public var slug: String
    public var name: String
    /// Ofsted's unique reference number for the local authority, where known.
    public var urn: String?
    public var onsCode: String?
    public var region: String?
    public var councilType: CouncilType?
    public var inspections: [Inspection]
    public var quotes: [Quote]
    public var funding: [FundingLine]
    public var context: [ContextFact]
    public var leaders: [Leader]
    public var improvements: [Improvement]
    public var sources: [Source]
    /// ONS codes of the council's statistical neighbours, most similar first.
    public var neighbours: [String]

    public init(
        slug: String, name: String, onsCode: String? = nil, region: String? = nil, councilType: CouncilType? = nil,
        inspections: [Inspection] = [], quotes: [Quote] = [], funding: [FundingLine] = [],
        context: [ContextFact] = [], leaders: [Leader] = [], improvements: [Improvement] = [], sources: [Source] = [],
        urn: String? = nil, neighbours: [String] = []
    ) {
        self.slug = slug
        self.name = name
        self.onsCode = onsCode
        self.region = region
        self.councilType = councilType
        self.inspections = inspections
        self.quotes = quotes
        self.funding = funding
        self.context = context
        self.leaders = leaders
        self.improvements = improvements
        self.sources = sources
        self.urn = urn
        self.neighbours = neighbours
    }

    private enum CodingKeys: String, CodingKey {
        case slug, name, urn, region, inspections, quotes, funding, context, leaders, improvements, sources, neighbours
        case onsCode = "ons_code"
        case councilType = "council_type"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        slug = try c.decode(String.self, forKey: .slug)
        name = try c.decode(String.self, forKey: .name)
        onsCode = try c.decodeIfPresent(String.self, forKey: .onsCode)
        region = try c.decodeIfPresent(String.self, forKey: .region)
        councilType = try c.decodeIfPresent(CouncilType.self, forKey: .councilType)
        inspections = try c.decodeIfPresent([Inspection].self, forKey: .inspections) ?? []
        quotes = try c.decodeIfPresent([Quote].self, forKey: .quotes) ?? []
        funding = try c.decodeIfPresent([FundingLine].self, forKey: .funding) ?? []
        context = try c.decodeIfPresent([ContextFact].self, forKey: .context) ?? []
        leaders = try c.decodeIfPresent([Leader].self, forKey: .leaders) ?? []
        improvements = try c.decodeIfPresent([Improvement].self, forKey: .improvements) ?? []
        sources = try c.decodeIfPresent([Source].self, forKey: .sources) ?? []
        urn = try c.decodeIfPresent(String.self, forKey: .urn)
        neighbours = try c.decodeIfPresent([String].self, forKey: .neighbours) ?? []
    }
}

extension Council {
    /// Inspections in time order; undated ones last, in the order the record gives them.
    ///
    /// A date known only to its year sits in the middle of that year, as on the chart, so a
    /// "2018" inspection follows a "February 2018" visit.
    public var chronology: [Inspection] {
        let dated = inspections.filter { $0.date != nil }.sorted { a, b in
            (a.date!.fractionalYear, a.date!) < (b.date!.fractionalYear, b.date!)
        }
        return dated + inspections.filter { $0.date == nil }
    }

    /// Graded inspections, oldest first. An undated graded inspection counts as the latest
    /// only if no dated one exists, since its place in time is unknown.
    public var gradedInspections: [Inspection] { chronology.filter { $0.grade != nil } }

    /// The latest overall judgement and the one before it, with the direction between them.
    public var rating: Rating? {
        let graded = gradedInspections
        guard let latest = graded.last, let grade = latest.grade else { return nil }
        let previous = graded.dropLast().last
        return Rating(latest: latest, grade: grade, previous: previous)
    }

    /// The source a fact cites, if the record lists it.
    public func source(_ id: String) -> Source? { sources.first { $0.id == id } }
}

/// The banner's facts: the latest overall grade, and how it moved from the one before.
public struct Rating: Sendable, Hashable {
    public var latest: Inspection
    public var grade: Grade
    public var previous: Inspection?

    /// The previous graded inspection's grade.
    public var previousGrade: Grade? { previous?.grade }

    /// Improved, declined or unchanged since the previous grade; nil when there is none.
    public var direction: Direction? { previousGrade.map { Direction(from: $0, to: grade) } }
}
