import BriefingLayout
import BriefingModel

/// The statistical neighbours and their latest grades, in two rows of five, and one line on
/// where the council stands nationally. Shown only when national data gives them.
struct NeighboursStrip {
    /// How many neighbours the strip shows, most similar first.
    static let shown = 10
    let styles: Styles
    var theme: Theme { styles.theme }

    func node(for briefing: Briefing) -> Node? {
        guard !briefing.neighbours.isEmpty || briefing.national != nil else { return nil }
        var parts: [Node] = [styles.sectionHeading("Statistical neighbours")]
        let cells = briefing.neighbours.prefix(Self.shown).map { cell($0) }
        if !cells.isEmpty {
            var rows: [Node] = []
            for start in stride(from: 0, to: cells.count, by: 5) {
                var row = Array(cells[start..<min(start + 5, cells.count)])
                while row.count < 5 { row.append(.spacer(0)) }
                rows.append(.row(row, spacing: 8, weights: []))
            }
            parts.append(.group(.column(rows, spacing: 4), role: .list, alt: nil))
        }
        if let standing = briefing.national {
            let line = PageWording.national(standing, council: briefing.council.name)
            parts.append(.text(line, styles.small.with(color: theme.color("ink")), maxLines: 2, tag: .paragraph))
        }
        return .box(.column(parts, spacing: 5), style: .plain, name: "neighbours")
    }

    /// A neighbour: its name and its latest grade, or, where its latest inspection gave none,
    /// a small square for each judgement with the grades in words for screen readers.
    /// `year` adds "Judged 2026" after the squares (the overview, where all are, leaves it off).
    func cell(_ n: NeighbourGrade, year showYear: Bool = true) -> Node {
        let name = Node.text(n.name, styles.small.with(weight: .medium, color: theme.color("ink")), maxLines: 2, tag: .paragraph)
        guard !n.judgements.isEmpty else {
            let grade = n.grade.map { $0.words } ?? "No overall grade"
            let body = Node.column([name, .text(grade, styles.small, maxLines: 1, tag: .paragraph)], spacing: 0)
            return .bullet(body, marker: styles.gradeSquare(n.grade, before: styles.small), indent: 9)
        }
        let size = 6.0
        let lineH = styles.small.size * styles.small.lineHeight
        let grades = n.judgements.map(\.grade)
        let squares = Node.canvas(height: lineH) { rect, _ in
            grades.enumerated().map { i, g in
                FrameItem(
                    rect: Rect(x: rect.x + Double(i) * (size + 2), y: rect.y + (lineH - size) / 2, width: size, height: size),
                    content: .marker(shape: .square, fill: theme.color(for: g), stroke: theme.color(for: g)), layer: .content)
            }
        }
        let words = n.judgements.map(\.words).joined(separator: "; ")
        let year = n.date.map { " \($0.year)" } ?? ""
        let figure = Node.group(squares, role: .figure, alt: "Judgements\(year): \(words).")
        let line =
            showYear
            ? Node.row(
                [figure, .text("Judged\(year)", styles.small, maxLines: 1, tag: .paragraph)], spacing: 3,
                weights: [Double(grades.count) * (size + 2), 40]) : figure
        let cell = Node.box(
            .column([name, line], spacing: 0), style: BoxStyle(padding: EdgeInsets(top: 0, left: 9, bottom: 0, right: 0)),
            name: nil)
        return .group(cell, role: .listItem, alt: nil)
    }
}
