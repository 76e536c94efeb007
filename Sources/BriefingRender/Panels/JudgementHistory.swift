import BriefingLayout
import BriefingModel

/// How each judgement moved: for every area the latest inspection judged, its grade at each of
/// the council's last four judged inspections that judged it, in words, with the latest grade's
/// colour as a square. Shown only when at least two inspections give judgements.
struct JudgementHistory {
    let styles: Styles

    /// Each judged area's line, "Help and protection: inadequate (2015) → good (2025)", and its latest grade.
    static func lines(for council: Council) -> [(text: String, grade: Grade)] {
        let judged = Array(council.judgedInspections.filter { !$0.judgements.isEmpty }.suffix(4))
        guard judged.count >= 2, let latest = judged.last else { return [] }
        return latest.judgements.map { j in
            let steps = judged.compactMap { x -> String? in
                guard let g = x.judgements.first(where: { $0.area == j.area })?.grade else { return nil }
                return g.words.lowercased() + (x.date.map { " (\($0.year))" } ?? "")
            }
            return (Format.sentenceCase(j.area) + ": " + steps.joined(separator: " → "), j.grade)
        }
    }

    /// The lines' text alone, for the page model.
    static func rows(for council: Council) -> [String] { lines(for: council).map(\.text) }

    func node(for council: Council) -> Node? {
        let lines = Self.lines(for: council)
        guard !lines.isEmpty else { return nil }
        let items = lines.map { line -> Node in
            let text = Node.text(line.text, styles.small.with(color: styles.theme.color("ink")), tag: .listItem)
            return .bullet(text, marker: styles.gradeSquare(line.grade, before: styles.small), indent: 9)
        }
        return .box(
            .column(
                [styles.sectionHeading(PageWording.historyHeading), .group(.column(items, spacing: 3), role: .list, alt: nil)],
                spacing: 6),
            style: .plain, name: "judgement-history")
    }
}
