import BriefingLayout
import BriefingModel

/// How each judgement moved: for every area the latest inspection judged, its grade at each of
/// the council's last four judged inspections that judged it, in words, with the latest grade's
/// colour as a square. Shown only when at least two inspections give judgements.
struct JudgementHistory {
    let styles: Styles

    func node(for council: Council) -> Node? {
        let judged = Array(council.judgedInspections.filter { !$0.judgements.isEmpty }.suffix(4))
        guard judged.count >= 2, let latest = judged.last else { return nil }
        let items = latest.judgements.map { j -> Node in
            let steps = judged.compactMap { x -> String? in
                guard let g = x.judgements.first(where: { $0.area == j.area })?.grade else { return nil }
                return g.words.lowercased() + (x.date.map { " (\($0.year))" } ?? "")
            }
            let area = Format.sentenceCase(j.area)
            let line = Node.text(
                "\(area): " + steps.joined(separator: " → "), styles.small.with(color: styles.theme.color("ink")), tag: .listItem)
            return .bullet(line, marker: styles.gradeSquare(j.grade, before: styles.small), indent: 9)
        }
        return .box(
            .column(
                [styles.sectionHeading("How each judgement moved"), .group(.column(items, spacing: 3), role: .list, alt: nil)],
                spacing: 6),
            style: .plain, name: "judgement-history")
    }
}
