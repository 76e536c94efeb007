import BriefingModel

/// What a page shows, as data (`brief <council> --format json`): the latest inspection and the
/// page's panels in reading order, each item with its date and source, and what the fit policy
/// left out and why. It is recorded by the composer as it lays the page out, so it is the same
/// content as the PDF; the HTML twin is written from it.
public struct PageModel: Codable, Sendable, Equatable {
    public var slug: String
    public var council: String
    /// The as-of date printed on the page, ISO at the precision known.
    public var asOf: String?
    public var latestInspection: Latest?
    public var panels: [Panel]
    public var leftOut: [LeftOut]

    /// The inspection the page leads with (``Council/latestInspection``).
    public struct Latest: Codable, Sendable, Equatable {
        /// ISO text as precise as known: `2025`, `2025-05` or `2025-05-12`.
        public var date: String?
        public var dateInferred: Bool
        public var kind: String
        public var framework: String?
        /// Nil where Ofsted gave none (inspections from April 2026).
        public var overallGrade: String?
        public var judgements: [JudgementItem]
        public var source: String

        enum CodingKeys: String, CodingKey {
            case date, kind, framework, judgements, source
            case dateInferred = "date_inferred"
            case overallGrade = "overall_grade"
        }
    }

    public struct JudgementItem: Codable, Sendable, Equatable {
        public var area: String
        public var grade: String
        /// The same judgement at the inspection before, where it judged this area.
        public var previous: String?
    }

    /// One block of the page, in reading order.
    public struct Panel: Codable, Sendable, Equatable {
        /// The panel's heading as printed, in sentence case.
        public var title: String
        /// True only for blocks labelled as history (the timeline, how each judgement moved,
        /// the grade before the latest).
        public var history: Bool
        /// `top` (full width under the header), `left`, `right` or `footer`.
        public var column: String
        public var items: [Item]
        /// The panel's small print where it has one ("The first 2 of 9, as listed by Ofsted, ...").
        public var note: String?

        public init(title: String, history: Bool, column: String, items: [Item], note: String? = nil) {
            self.title = title
            self.history = history
            self.column = column
            self.items = items
            self.note = note
        }
    }

    public struct Item: Codable, Sendable, Equatable {
        public var text: String
        /// ISO text at the precision known, or nil when no source dates it.
        public var date: String?
        /// The id of the source it comes from (listed in the `Sources` panel), or nil for the page's own words.
        public var source: String?
        /// What the item is where the panel mixes kinds: `verdict`, `strength`, `concern`,
        /// `inspectors`, `council`; nil otherwise.
        public var kind: String?
        /// Who said a quote, as the page credits it ("Peter Box, leader of the council",
        /// "Ofsted inspection report"); nil for other items.
        public var attribution: String?
        /// The quote itself, for the HTML twin; not written to JSON.
        var quote: Quote? = nil

        public init(text: String, date: FactDate? = nil, source: String? = nil, kind: String? = nil) {
            self.text = text
            self.date = date?.iso
            self.source = source
            self.kind = kind
        }
    }

    /// What the fit policy did not show, and why.
    public struct LeftOut: Codable, Sendable, Equatable {
        public var panel: String
        public var items: [Item]
        public var reason: String
    }

    enum CodingKeys: String, CodingKey {
        case slug, council, panels
        case asOf = "as_of"
        case latestInspection = "latest_inspection"
        case leftOut = "left_out"
    }
}

// Unknown values are written as JSON null, not left out (the synthesised encoder omits nil),
// so every item and inspection has the same keys.
extension PageModel.Item {
    enum CodingKeys: String, CodingKey { case text, date, source, kind, attribution }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(date, forKey: .date)
        try c.encode(source, forKey: .source)
        try c.encode(kind, forKey: .kind)
        try c.encode(attribution, forKey: .attribution)
    }
}

extension PageModel.Latest {
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(date, forKey: .date)
        try c.encode(dateInferred, forKey: .dateInferred)
        try c.encode(kind, forKey: .kind)
        try c.encode(framework, forKey: .framework)
        try c.encode(overallGrade, forKey: .overallGrade)
        try c.encode(judgements, forKey: .judgements)
        try c.encode(source, forKey: .source)
    }
}

extension PageModel.JudgementItem {
    enum CodingKeys: String, CodingKey { case area, grade, previous }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(area, forKey: .area)
        try c.encode(grade, forKey: .grade)
        try c.encode(previous, forKey: .previous)
    }
}

extension PageModel {
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(slug, forKey: .slug)
        try c.encode(council, forKey: .council)
        try c.encode(asOf, forKey: .asOf)
        try c.encode(latestInspection, forKey: .latestInspection)
        try c.encode(panels, forKey: .panels)
        try c.encode(leftOut, forKey: .leftOut)
    }
}
