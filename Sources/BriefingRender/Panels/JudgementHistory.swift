import BriefingLayout
import BriefingModel

/// How each judgement moved: for every area the latest inspection judged, its grade at each of
/// the council's last four judged inspections that judged it, in words, with the latest grade's
/// colour as a square. Shown only when at least two inspections give judgements. A table of two
/// columns under their headers; the areas are cells, not row headers, since a table of two
/// columns headed in both directions has more header cells than data cells.
struct JudgementHistory {
    let styles: Styles

    /// Each judged area, its grades in order, "inadequate (2015) → good (2025)", and its latest grade.
    static func lines(for council: Council) -> [(area: String, steps: String, grade: Grade)] {
        let judged = Array(council.judgedInspections.filter { !$0.judgements.isEmpty }.suffix(4))
        guard judged.count >= 2, let latest = judged.last else { return [] }
        return latest.judgements.map { j in
            let steps = judged.compactMap { x -> String? in
                guard let g = x.judgements.first(where: { $0.area == j.area })?.grade else { return nil }
                return g.words.lowercased() + (x.date.map { " (\($0.year))" } ?? "")
            }
            return (Format.sentenceCase(j.area), steps.joined(separator: " → "), j.grade)
        }
    }

    /// The lines' text, "Help and protection: inadequate (2015) → good (2025)", for the page model.
    static func rows(for council: Council) -> [String] { lines(for: council).map { $0.area + ": " + $0.steps } }

    /// The headers of the table's two columns.
    static let columns = ["Judgement", "Grade at each inspection, oldest first"]
    private static let weights = [0.34, 0.66]

    func node(for council: Council) -> Node? {
        let lines = Self.lines(for: council)
        guard !lines.isEmpty else { return nil }
        let ink = styles.small.with(color: styles.theme.color("ink"))
        // The first header over the areas' text, past their squares.
        let headers = Self.columns.map { Node.text($0, styles.label, maxLines: 1, tag: .columnHeader) }
        let indented = Node.box(headers[0], style: BoxStyle(padding: EdgeInsets(top: 0, left: 9, bottom: 0, right: 0)), name: nil)
        let head = Node.row([indented, headers[1]], spacing: 6, weights: Self.weights)
        let rows = lines.map { line -> Node in
            let area = Node.bullet(
                .text(line.area, ink.with(weight: .medium), tag: .cell),
                marker: styles.gradeSquare(line.grade, before: styles.small), indent: 9)
            let row = Node.row([area, .text(line.steps, ink, tag: .cell)], spacing: 6, weights: Self.weights)
            return .group(row, role: .tableRow, alt: nil)
        }
        let table = Node.group(.column([.group(head, role: .tableRow, alt: nil)] + rows, spacing: 3), role: .table, alt: nil)
        return .box(
            .column([styles.sectionHeading(PageWording.historyHeading), table], spacing: 6), style: .plain,
            name: "judgement-history")
    }
}
