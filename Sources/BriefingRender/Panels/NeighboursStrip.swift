import BriefingLayout
import BriefingModel

/// The statistical neighbours and their latest grades, in two rows of five, and one line on
/// where the council stands nationally. Shown only when national data gives them.
struct NeighboursStrip {
    let styles: Styles
    var theme: Theme { styles.theme }

    func node(for briefing: Briefing) -> Node? {
        guard !briefing.neighbours.isEmpty || briefing.national != nil else { return nil }
        var parts: [Node] = [styles.sectionHeading("Statistical neighbours")]
        let cells = briefing.neighbours.prefix(10).map { n -> Node in
            let grade = n.grade.map { $0.words } ?? "No overall grade"
            let body = Node.column(
                [
                    .text(n.name, styles.small.with(weight: .medium, color: theme.color("ink")), maxLines: 2, tag: .paragraph),
                    .text(grade, styles.small, maxLines: 1, tag: .paragraph),
                ], spacing: 0)
            return .bullet(body, marker: styles.gradeSquare(n.grade, before: styles.small), indent: 9)
        }
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
}
