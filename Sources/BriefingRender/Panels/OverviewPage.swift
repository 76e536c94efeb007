import BriefingLayout
import BriefingModel

/// The national overview page: grades held now, year by year, recent moves, and by region.
struct OverviewPage {
    let theme: Theme
    var styles: Styles { Styles(theme: theme) }

    /// `namesOnly` lists the councils inspected under the 2026 rules by name, for shorter paper.
    func node(for o: Overview, source: Source?, width: Double, namesOnly: Bool = false) -> (body: Node, footer: Node) {
        let s = styles
        let years = Node.column(
            [
                s.sectionHeading("Year by year: grades held at the end of each year"),
                .group(yearChart(o), role: .figure, alt: Self.yearsAlt(o)),
                legend(o.grades),
            ], spacing: 6)
        let moves = Node.row(
            [movesList("Most recent improvements", o.improved), movesList("Most recent declines", o.declined)],
            spacing: theme.file.grid.gutter, weights: [])
        let body = Node.column(
            [
                header(o), s.headerRule, .box(.column(gradesNow(o), spacing: 6), style: .plain, name: "now"),
            ] + reformed(o, namesOnly: namesOnly) + [
                .box(years, style: .plain, name: "years"),
                .box(moves, style: .plain, name: "moves"), .box(regionTable(o), style: .plain, name: "regions"),
            ],
            spacing: theme.file.grid.sectionGap)
        return (body, footer(source))
    }

    /// "England", the page's subtitle and its as-of date.
    private func header(_ o: Overview) -> Node {
        let s = styles
        let asOf = "Facts as of\n" + (o.latestDate.map { Format.date($0) } ?? "date not stated")
        return Node.box(
            .row(
                [
                    .column(
                        [
                            .text("England", s.title(size: s.type.title), maxLines: 1, tag: .h1),
                            .text(
                                "Children’s services inspection overview  ·  \(o.councilCount) councils", s.subtitle, maxLines: 1,
                                tag: .paragraph),
                        ], spacing: 3),
                    .text(asOf, s.small.with(alignment: .right), maxLines: 2, tag: .paragraph),
                ], spacing: 12, weights: [0.72, 0.28]),
            style: BoxStyle(padding: EdgeInsets(top: 0, left: 0, bottom: 8, right: 0)), name: "header")
    }

    /// Figure cards: how many councils hold each grade now.
    private func gradesNow(_ o: Overview) -> [Node] {
        let s = styles
        let graded = o.current.values.reduce(0, +)
        let cards = o.grades.filter { (o.current[$0] ?? 0) > 0 || $0 != .adequate }.map { g -> Node in
            let n = o.current[g] ?? 0
            let pct = graded == 0 ? 0 : Int((Double(n) * 100 / Double(graded)).rounded())
            return .box(
                .column(
                    [
                        .text(String(n), s.figure.with(color: theme.color("ink")), maxLines: 1, tag: .paragraph),
                        .text(g.words, s.bodyStrong, maxLines: 2, tag: .paragraph),
                        .text("\(pct)% of \(graded) graded", s.small, maxLines: 1, tag: .paragraph),
                    ], spacing: 2),
                style: BoxStyle(
                    padding: EdgeInsets(top: 7, left: 11, bottom: 7, right: 7), fill: theme.color("panel"), radius: 2,
                    accentWidth: 4, accent: theme.color(for: g)),
                name: nil)
        }
        var now: [Node] = [s.sectionHeading("Latest overall grade held now"), .row(cards, spacing: 8, weights: [])]
        if o.ungraded > 0 {
            now.append(.text("\(o.ungraded) councils have no overall grade in the data.", s.small, maxLines: 1, tag: .paragraph))
        }
        return now
    }

    /// The councils inspected under the 2026 rules, each with a square per judgement in its
    /// grade's colour (the grades in words for screen readers), six to a row.
    private func reformed(_ o: Overview, namesOnly: Bool) -> [Node] {
        guard !o.judgedOnly.isEmpty else { return [] }
        let s = styles
        let count = "\(o.judgedOnly.count) councils inspected from April 2026 have Ofsted’s judgements and no overall grade"
        if namesOnly {
            let names = o.judgedOnly.map(\.council).joined(separator: ", ")
            return [.text(count + ": \(names).", s.small.with(color: theme.color("ink")), maxLines: 3, tag: .paragraph)]
        }
        let strip = NeighboursStrip(styles: s)
        let cells = o.judgedOnly.map {
            strip.cell(NeighbourGrade(name: $0.council, grade: nil, date: $0.date, judgements: $0.judgements), year: false)
        }
        var rows: [Node] = []
        for start in stride(from: 0, to: cells.count, by: 6) {
            var row = Array(cells[start..<min(start + 6, cells.count)])
            while row.count < 6 { row.append(.spacer(0)) }
            rows.append(.row(row, spacing: 8, weights: []))
        }
        let areas = o.judgedOnly.first?.judgements.map { Format.sentenceCase($0.area).lowercased() } ?? []
        let key =
            count + ", so they are not counted above. Squares, left to right: "
            + areas.joined(separator: ", ") + "; colours as in the key below."
        return [
            .box(
                .column(
                    [
                        s.sectionHeading("Inspected under the 2026 rules: judgements, no overall grade"),
                        .text(key, s.small.with(color: theme.color("ink")), maxLines: 2, tag: .paragraph),
                        .group(.column(rows, spacing: 4), role: .list, alt: nil),
                    ], spacing: 5),
                style: .plain, name: "reformed")
        ]
    }

    /// The source and what "latest overall grade" means here.
    private func footer(_ source: Source?) -> Node {
        let s = styles
        let sourceText =
            source.map {
                "Source: “\($0.headline)”, \($0.publisher ?? "publisher not stated"), \($0.date.map { Format.date($0) } ?? "date not stated")."
            } ?? "Source: not stated."
        return Node.box(
            .column(
                [
                    .text(sourceText, s.small, maxLines: 2, tag: .paragraph),
                    .text(
                        "Latest overall grade: the overall grade of each council’s most recent full inspection. From April 2026 Ofsted gives none, so councils inspected since are listed apart, not counted under an older grade.",
                        s.small, maxLines: 2, tag: .paragraph),
                ], spacing: 2),
            style: BoxStyle(padding: EdgeInsets(top: 6, left: 0, bottom: 0, right: 0)), name: "sources")
    }

    static func yearsAlt(_ o: Overview) -> String {
        "Grades held at the end of each year: "
            + o.years.map { y in
                "\(y.year): " + o.grades.map { "\(y.counts[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", ")
            }.joined(separator: "; ") + "."
    }

    /// One stacked bar per year, segments in grade order, counts written in segments wide enough.
    private func yearChart(_ o: Overview) -> Node {
        let s = styles
        let rowH = 12.0
        let grades = o.grades
        let total = max(1, o.years.map(\.total).max() ?? 1)
        let paper = theme.color("paper")
        let colors = grades.map { theme.color(for: $0) }
        let label = s.small.with(color: theme.color("ink"))
        let inBar = s.small.with(color: theme.color("onGrade"), alignment: .center)
        return .canvas(height: rowH * Double(o.years.count)) { rect, measurer in
            var items: [FrameItem] = []
            let labelW = 30.0
            let totalW = 30.0
            let barX = rect.x + labelW
            let barW = rect.width - labelW - totalW - 6
            for (i, y) in o.years.enumerated() {
                let top = rect.y + Double(i) * rowH
                items.append(
                    .text(
                        TextRun(text: String(y.year), style: label, maxLines: 1),
                        in: Rect(x: rect.x, y: top + 1, width: labelW - 4, height: label.size * label.lineHeight)))
                var x = barX
                for (g, color) in zip(grades, colors) {
                    let n = y.counts[g] ?? 0
                    guard n > 0 else { continue }
                    let w = barW * Double(n) / Double(total)
                    items.append(
                        FrameItem(
                            rect: Rect(x: x, y: top + 1, width: w, height: rowH - 2),
                            content: .box(fill: color, stroke: paper, lineWidth: 0.5, radius: 0), layer: .decoration))
                    let t = String(n)
                    if measurer.measure(t, style: inBar, width: 200, maxLines: 1).width + 4 <= w {
                        items.append(
                            .text(
                                TextRun(text: t, style: inBar, maxLines: 1),
                                in: Rect(x: x, y: top + 1.5, width: w, height: inBar.size * inBar.lineHeight)))
                    }
                    x += w
                }
                items.append(
                    .text(
                        TextRun(text: "\(y.total)", style: s.small.with(alignment: .right), maxLines: 1),
                        in: Rect(x: rect.maxX - totalW, y: top + 1, width: totalW, height: label.size * label.lineHeight)))
            }
            return items
        }
    }

    private func legend(_ grades: [Grade]) -> Node {
        let s = styles
        let cells = grades.map { g in
            Node.bullet(
                .text(g.words, s.small, maxLines: 1, tag: .paragraph),
                marker: s.gradeSquare(g, before: s.small), indent: 9)
        }
        // Each cell as wide as its words need, so no grade's name is cut.
        let weights = grades.map { Double($0.words.count) + 4 } + [30]
        return .row(
            cells + [.text("Right: councils graded by then", s.small.with(alignment: .right), maxLines: 1, tag: .paragraph)],
            spacing: 6, weights: weights)
    }

    private func movesList(_ title: String, _ moves: [Overview.Move]) -> Node {
        let s = styles
        var parts: [Node] = [s.sectionHeading(title)]
        if moves.isEmpty {
            parts.append(.text("None in the data.", s.muted, tag: .paragraph))
        } else {
            let items = moves.map { m in
                s.listItem("\(m.council): \(m.from.rawValue) to \(m.to.rawValue), \(Format.shortDate(m.date))", maxLines: 2)
            }
            parts.append(.group(.column(items, spacing: 2), role: .list, alt: nil))
        }
        return .column(parts, spacing: 5)
    }

    /// Latest grades by region, as a table: a header row, then a row per region headed by its name.
    private func regionTable(_ o: Overview) -> Node {
        let s = styles
        let grades = o.grades.filter { (o.current[$0] ?? 0) > 0 }
        let weights = [3.0] + grades.map { _ in 1.0 } + [1.0]
        let head = Node.row(
            [.text("Region", s.label, maxLines: 1, tag: .columnHeader)]
                + grades.map { .text($0.words, s.label.with(alignment: .right), maxLines: 2, tag: .columnHeader) }
                + [.text("Councils", s.label.with(alignment: .right), maxLines: 1, tag: .columnHeader)],
            spacing: 6, weights: weights)
        let rows = o.regions.map { r in
            Node.group(
                .row(
                    [.text(r.region, s.body, maxLines: 1, tag: .rowHeader)]
                        + grades.map {
                            .text(String(r.counts[$0] ?? 0), s.body.with(alignment: .right), maxLines: 1, tag: .cell)
                        }
                        + [.text(String(r.total), s.bodyStrong.with(alignment: .right), maxLines: 1, tag: .cell)],
                    spacing: 6, weights: weights), role: .tableRow, alt: nil)
        }
        let table = Node.group(.column([.group(head, role: .tableRow, alt: nil)] + rows, spacing: 3), role: .table, alt: nil)
        return .column([s.sectionHeading("By region: latest overall grades"), table], spacing: 3)
    }
}
