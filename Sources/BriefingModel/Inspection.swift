/// One inspection or visit of a council's children's services.
public struct Inspection: Codable, Sendable, Hashable {
    /// What kind of inspection event this was.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case fullInspection = "full inspection"
        case focusedVisit = "focused visit"
        case monitoringVisit = "monitoring visit"

        /// "Full inspection", "Focused visit", "Monitoring visit".
        public var words: String {
            switch self {
            case .fullInspection: "Full inspection"
            case .focusedVisit: "Focused visit"
            case .monitoringVisit: "Monitoring visit"
            }
        }
    }

    public var kind: Kind
    /// The inspection framework, such as "SIF" or "ILACS standard", where known.
    public var framework: String?
    /// When the inspection took place; nil when no source gives or implies it.
    public var date: FactDate?
    /// The overall effectiveness judgement; nil for visits, which are not graded, or where unknown.
    public var grade: Grade?
    /// Sub-judgements by area ("help and protection", "children in care", ...), where known.
    public var judgements: [Judgement]
    /// The most judgements a record may give one inspection: all of them fit on the page.
    public static let mostJudgements = 20
    /// A short summary of the finding, in the source's words, for ungraded visits.
    public var finding: String?
    /// Why a full inspection has no overall grade, where that is known ("no overall grade since
    /// the 2026 reform", "LSCB review only").
    public var gradeNote: String?
    /// When the report was published, where known.
    public var published: FactDate?
    /// The report's address, where known.
    public var report: String?
    public var source: String

    public init(
        kind: Kind, framework: String? = nil, date: FactDate?, grade: Grade? = nil,
        judgements: [Judgement] = [], finding: String? = nil, gradeNote: String? = nil, published: FactDate? = nil,
        report: String? = nil, source: String
    ) {
        self.kind = kind
        self.framework = framework
        self.date = date
        self.grade = grade
        self.judgements = judgements
        self.finding = finding
        self.gradeNote = gradeNote
        self.published = published
        self.report = report
        self.source = source
    }

    private enum CodingKeys: String, CodingKey {
        case kind, framework, date, grade, judgements, finding, published, report, source
        case gradeNote = "grade_note"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decode(Kind.self, forKey: .kind)
        framework = try c.decodeIfPresent(String.self, forKey: .framework)
        date = try c.decodeIfPresent(FactDate.self, forKey: .date)
        grade = try c.decodeIfPresent(Grade.self, forKey: .grade)
        judgements = try c.decodeIfPresent([Judgement].self, forKey: .judgements) ?? []
        finding = try c.decodeIfPresent(String.self, forKey: .finding)
        gradeNote = try c.decodeIfPresent(String.self, forKey: .gradeNote)
        published = try c.decodeIfPresent(FactDate.self, forKey: .published)
        report = try c.decodeIfPresent(String.self, forKey: .report)
        source = try c.decode(String.self, forKey: .source)
    }
}

/// A graded sub-judgement of an inspection.
public struct Judgement: Codable, Sendable, Hashable {
    /// The area judged, in Ofsted's words: "impact of leaders", "help and protection", ...
    public var area: String
    public var grade: Grade

    public init(area: String, grade: Grade) {
        self.area = area
        self.grade = grade
    }
}
