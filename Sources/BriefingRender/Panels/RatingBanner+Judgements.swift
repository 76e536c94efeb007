import BriefingLayout
import BriefingModel

extension RatingBanner {
    /// The banner for an inspection with no overall grade (Ofsted's rules from April 2026): its
    /// four judgements as tiles in words and colour, each with its direction since the same
    /// judgement at the inspection before; beside them when and how it was judged, and the older
    /// overall grade as history.
    func judgementsOnly(_ latest: LatestInspection, council: Council) -> Node {
        let grid = Node.box(
            latest.moves.count > Self.mostTiles ? compactList(latest.moves) : tileGrid(latest.moves),
            style: BoxStyle(padding: EdgeInsets(top: 6, left: 6, bottom: 6, right: 2)), name: nil)
        var lines: [Node] = [
            .text("OFSTED’S JUDGEMENTS", styles.label.with(color: theme.color("heading")), maxLines: 1, tag: .paragraph),
            .text(describe(latest.inspection), styles.bodyStrong, maxLines: 2, tag: .paragraph),
            .text(PageWording.noOverallGradeSince2026(judgements: latest.moves.count), styles.body, maxLines: 3, tag: .paragraph),
        ]
        if let r = council.rating {
            lines.append(.text(Self.unbroken(PageWording.lastOverallGrade(r)), styles.muted, maxLines: 2, tag: .paragraph))
        }
        if let finding = latest.inspection.finding {
            lines.append(.text(PageWording.inspectorsFound + finding, styles.body, maxLines: 3, tag: .paragraph))
        }
        for visit in visits(council, after: latest.inspection) {
            lines.append(.text(visit, styles.muted, maxLines: 3, tag: .paragraph))
        }
        let detail = Node.box(
            .column(lines, spacing: 4), style: BoxStyle(padding: EdgeInsets(top: 8, left: 10, bottom: 8, right: 12)), name: nil)
        return .box(
            .row([grid, detail], spacing: 0, weights: [0.6, 0.4]),
            style: BoxStyle(fill: theme.color("panel"), radius: 3), name: "banner")
    }

    /// Ofsted gives four judgements (five where care leavers were judged apart): up to six are
    /// tiles, two a row. More (a record may give up to 20, ``Inspection/mostJudgements``) are lines in two columns, so the
    /// banner stays within the page.
    static let mostTiles = 6

    private func tileGrid(_ moves: [JudgementMove]) -> Node {
        let tiles = moves.map { Node.group(tile($0), role: .listItem, alt: nil) }
        var rows: [Node] = []
        for start in stride(from: 0, to: tiles.count, by: 2) {
            var row = Array(tiles[start..<min(start + 2, tiles.count)])
            while row.count < 2 { row.append(.spacer(0)) }
            rows.append(.row(row, spacing: 4, weights: []))
        }
        return .group(.column(rows, spacing: 4), role: .list, alt: nil)
    }

    /// Each judgement as a list item in body type, "Area: grade (improved from good)", beside a
    /// square in its grade's colour, in two columns read down the first, then the second.
    private func compactList(_ moves: [JudgementMove]) -> Node {
        let style = listStyle
        let lines = moves.map { m -> Node in
            let moved = m.direction == nil ? "" : " (" + PageWording.judgementMove(m).lowercased() + ")"
            let text = Format.sentenceCase(m.area) + ": " + m.grade.words.lowercased() + moved
            return .bullet(.text(text, style, tag: .listItem), marker: styles.gradeSquare(m.grade, before: style), indent: 9)
        }
        let half = (lines.count + 1) / 2
        let columns = [Array(lines[..<half]), Array(lines[half...])].map { Node.column($0, spacing: 2) }
        return .group(.row(columns, spacing: 8, weights: []), role: .list, alt: nil)
    }

    /// One judgement: its area, its grade in words on the grade's colour, and how it moved.
    private func tile(_ move: JudgementMove) -> Node {
        let on = theme.color("onGrade")
        let area = Format.sentenceCase(move.area)
        let moved = PageWording.judgementMove(move)
        let small = styles.small.with(color: on)
        let line = Node.text(moved, small, maxLines: 2, tag: .paragraph)
        let direction: Node
        if let shape = move.direction.map(Self.shape) {
            let marker = BulletMarker.shape(shape, color: on, size: 5.5, lineHeight: small.size * small.lineHeight)
            direction = .bullet(line, marker: marker, indent: 8.5)
        } else {
            direction = line
        }
        return .box(
            .column(
                [
                    .text(area.uppercased(), styles.label.with(color: on), maxLines: 1, tag: .paragraph),
                    .text(move.grade.words, styles.title(size: 12).with(color: on), maxLines: 2, tag: .paragraph),
                    direction,
                ], spacing: 2),
            style: BoxStyle(
                padding: EdgeInsets(top: 6, left: 8, bottom: 6, right: 6), fill: theme.color(for: move.grade), radius: 3),
            name: nil)
    }

    /// The triangle that shows a direction: up, down or right.
    static func shape(_ d: Direction) -> MarkerShape {
        switch d {
        case .improved: .triangle
        case .declined: .triangleDown
        case .unchanged: .triangleRight
        }
    }
}
