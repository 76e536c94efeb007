import BriefingLayout
import BriefingModel

/// How each judgement moved: for every area the latest inspection judged, its grade at each of
/// the council's last four judged inspections that judged it, in words, with the latest grade's
/// colour as a square. Shown only when at least two inspections give judgements. A table: each
/// row is headed by its area (a TH of row scope), its grades the row's cell. No row of column
/// headers: the panel's heading says what the columns are, and on a full page the line it would
/// take is a quote's room (Wakefield's page lost one to it).
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

    /// The area's column and the grades' column, in proportion.
    private static let weights = [0.32, 0.68]

    func node(for council: Council) -> Node? {
        let lines = Self.lines(for: council)
        guard !lines.isEmpty else { return nil }
        let ink = styles.small.with(color: styles.theme.color("ink"))
        let rows = lines.map { line -> Node in
            let area = Node.bullet(
                .text(line.area, ink.with(weight: .medium), tag: .rowHeader),
                marker: styles.gradeSquare(line.grade, before: styles.small), indent: 9)
            let row = Node.row([area, .text(line.steps, ink, tag: .cell)], spacing: 6, weights: Self.weights)
            return .group(row, role: .tableRow, alt: nil)
        }
        let table = Node.group(.column(rows, spacing: 3), role: .table, alt: nil)
        return .box(
            .column([styles.sectionHeading(PageWording.historyHeading), table], spacing: 6), style: .plain,
            name: "judgement-history")
    }
}
