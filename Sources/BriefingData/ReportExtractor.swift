import Foundation

/// What one report's text yields.
///
/// Grades are lower case as inspections.csv writes them (`good`, `requires improvement`, ...;
/// `not_reported_post_reform` when a 2026 report's table has no overall row). Where the report
/// has no such judgement, or it could not be read, the field is nil.
public struct ReportExtract: Codable, Sendable, Equatable {
    /// The overall effectiveness grade.
    public var overallEffectiveness: String?
    /// The impact of leaders on social work practice (ILACS only; the SIF's leadership grade is not this).
    public var leaders: String?
    /// The experiences and progress of children who need help and protection.
    public var helpAndProtection: String?
    /// Children in care; for 2018–2022 reports, the combined "children in care and care leavers" row.
    public var inCare: String?
    /// Care leavers: a separate row only since 2023 (and in the SIF, as the CSV has it).
    public var careLeavers: String?
    /// The first day of the inspection, `yyyy-mm-dd`.
    public var inspectionStartDate: String?
    /// The last day of the inspection's first stretch, `yyyy-mm-dd`.
    public var inspectionEndDate: String?
    /// The headline summary after the judgement table: one line, hyphenation and line breaks undone,
    /// page furniture removed. For SIF reports, the executive summary's first paragraph, or in
    /// 2013–2015 reports the words between the overall judgement and the grades.
    public var headline: String?
    /// The "What needs to improve" bullets, each one string with its sub-points; for SIF reports the
    /// numbered recommendations or areas for improvement.
    public var improvements: [String]
    /// The inspectors' verdict: the headline's key sentence (ILACS only; see ``ReportExtractor/Findings``).
    public var verdict: String?
    /// Sentences that may be quoted as strengths, best first (ILACS only).
    public var strengths: [String] = []
    /// Sentences that may be quoted as concerns, best first (ILACS only).
    public var concerns: [String] = []

    /// An extract; every field defaults to "not found".
    public init(
        overallEffectiveness: String? = nil, leaders: String? = nil, helpAndProtection: String? = nil, inCare: String? = nil,
        careLeavers: String? = nil, inspectionStartDate: String? = nil, inspectionEndDate: String? = nil,
        headline: String? = nil, improvements: [String] = []
    ) {
        self.overallEffectiveness = overallEffectiveness
        self.leaders = leaders
        self.helpAndProtection = helpAndProtection
        self.inCare = inCare
        self.careLeavers = careLeavers
        self.inspectionStartDate = inspectionStartDate
        self.inspectionEndDate = inspectionEndDate
        self.headline = headline
        self.improvements = improvements
    }

    enum CodingKeys: String, CodingKey {
        case overallEffectiveness = "overall_effectiveness"
        case leaders
        case helpAndProtection = "help_and_protection"
        case inCare = "in_care"
        case careLeavers = "care_leavers"
        case inspectionStartDate = "inspection_start_date"
        case inspectionEndDate = "inspection_end_date"
        case headline, improvements, verdict, strengths, concerns
    }

    /// Writes every key, with JSON null for what was not found (the synthesised encoder omits them).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(overallEffectiveness, forKey: .overallEffectiveness)
        try c.encode(leaders, forKey: .leaders)
        try c.encode(helpAndProtection, forKey: .helpAndProtection)
        try c.encode(inCare, forKey: .inCare)
        try c.encode(careLeavers, forKey: .careLeavers)
        try c.encode(inspectionStartDate, forKey: .inspectionStartDate)
        try c.encode(inspectionEndDate, forKey: .inspectionEndDate)
        try c.encode(headline, forKey: .headline)
        try c.encode(improvements, forKey: .improvements)
        try c.encode(verdict, forKey: .verdict)
        try c.encode(strengths, forKey: .strengths)
        try c.encode(concerns, forKey: .concerns)
    }
}

/// Reads grades, dates, the headline and the improvements out of a report's `pdftotext -layout` text.
///
/// ILACS reports (2018 on) open with a "Judgement / Grade" table whose row labels wrap over two
/// lines and whose grades may sit beside either line. SIF reports (2013–2018) state the overall
/// judgement in a sentence and give the other grades in a right-hand column. Nothing here throws:
/// what cannot be found is nil or empty.
public enum ReportExtractor {
    /// Extracts what `text` yields; without `findings`, not the verdict, strengths and concerns
    /// (the accuracy run compares grades, dates and sections only).
    public static func extract(text: String, findings: Bool = true) -> ReportExtract {
        let raw = Lines.split(text)
        let lines = Lines.clean(raw)
        var out = ReportExtract()
        if let range = DateRange.find(in: raw) {
            out.inspectionStartDate = range.start
            out.inspectionEndDate = range.end
        }
        if let table = JudgementTable.ilacs(lines) {
            table.apply(to: &out)
            out.headline = Sections.ilacsHeadline(lines, from: table.end + 1)
            out.improvements = Sections.ilacsImprovements(lines, from: table.end + 1)
            let lead = out.overallEffectiveness == "not_reported_post_reform" ? out.leaders : out.overallEffectiveness
            if findings { out.apply(Findings.read(lines, from: table.end + 1, headline: out.headline, grade: lead)) }
        } else {
            let sif = SIFSummary.read(lines)
            sif.apply(to: &out)
            out.headline = Sections.sifHeadline(lines, statementEnd: sif.statementEnd, tableStart: sif.tableStart)
            out.improvements = Sections.sifImprovements(lines)
            if out.overallEffectiveness == nil, let lac = SIFSummary.readLAC(lines) {
                out.overallEffectiveness = lac.grade
                out.headline = out.headline ?? lac.summary
            }
            // The SIF's body is not read: its verdict, strengths and concerns come from the headline alone.
            if findings {
                out.apply(Findings.read(lines, from: lines.count, headline: out.headline, grade: out.overallEffectiveness))
            }
        }
        return out
    }
}

extension ReportExtract {
    mutating func apply(_ findings: ReportExtractor.Findings.Read) {
        verdict = findings.verdict
        strengths = findings.strengths
        concerns = findings.concerns
    }
}
