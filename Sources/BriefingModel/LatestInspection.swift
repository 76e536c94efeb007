/// What a council's page leads with: its most recent full inspection that Ofsted judged,
/// whether or not it gave an overall grade.
///
/// Ofsted gives no overall effectiveness grade to inspections from April 2026, only the four
/// judgements. Such an inspection still leads: an older overall grade is history, never the
/// headline. Every output uses this one rule (the page, the HTML, the lists, the overview, the
/// service and the emails).
public struct LatestInspection: Sendable, Hashable {
    public var inspection: Inspection
    /// The judged full inspection before it, for each judgement's direction.
    public var previous: Inspection?

    /// The overall grade, when this inspection gave one.
    public var grade: Grade? { inspection.grade }

    /// Each of this inspection's judgements with the same judgement at the previous inspection,
    /// where that one judged the same area.
    public var moves: [JudgementMove] {
        inspection.judgements.map { j in
            var move = JudgementMove(
                area: j.area, grade: j.grade, previous: previous?.judgements.first { $0.area == j.area }?.grade)
            // Until 2023 ILACS judged care leavers within "children in care".
            if move.previous == nil, j.area == "care leavers" {
                move.withChildrenInCare = previous?.judgements.first { $0.area == "children in care" }?.grade
            }
            return move
        }
    }
}

/// One judgement and the same judgement at the inspection before.
public struct JudgementMove: Sendable, Hashable {
    public var area: String
    public var grade: Grade
    public var previous: Grade?
    /// Where the inspection before judged this area only within "children in care" (care
    /// leavers, before 2023), that combined grade; no direction is drawn from it.
    public var withChildrenInCare: Grade?

    /// Improved, declined or unchanged; nil when the inspection before did not judge this area.
    public var direction: Direction? { previous.map { Direction(from: $0, to: grade) } }
}

extension Council {
    /// Full inspections that Ofsted judged (an overall grade or any judgement), oldest first.
    /// Unreadable reports and safeguarding-board reviews carry neither and never lead.
    public var judgedInspections: [Inspection] {
        chronology.filter { $0.kind == .fullInspection && ($0.grade != nil || !$0.judgements.isEmpty) }
    }

    /// The council's latest judged full inspection and the one before it; nil when there is none.
    public var latestInspection: LatestInspection? {
        let judged = judgedInspections
        guard let latest = judged.last else { return nil }
        return LatestInspection(inspection: latest, previous: judged.dropLast().last)
    }
}
