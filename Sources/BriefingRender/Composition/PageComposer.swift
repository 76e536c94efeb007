import BriefingLayout
import BriefingModel

/// Builds the page's node tree for a briefing and lays it out on one page, applying ``FitPolicy``.
struct PageComposer {
    let theme: Theme
    var styles: Styles { Styles(theme: theme) }

    /// How generous the chosen fit was: 0 for everything, higher when text was cut or panels dropped.
    struct Fit: Sendable, Equatable {
        var quotes: Int
        var side: Int
        var sources: Int
        var total: Int { quotes + side + sources }
    }

    func frame(for briefing: Briefing, paper: Theme.Paper, measurer: any TextMeasuring) throws(RenderError) -> (Frame, Fit) {
        let box = theme.contentBox(for: paper)
        let engine = LayoutEngine(measurer: measurer)
        let grid = theme.file.grid
        let gap = grid.sectionGap
        let council = briefing.council
        let weights = [grid.leftColumnWeight, grid.rightColumnWeight]
        let widths = engine.columnWidths(count: 2, width: box.width, spacing: grid.gutter, weights: weights)

        let top = topNode(briefing, width: box.width, measurer: measurer)
        let topH = engine.height(of: top, width: box.width)
        let (footer, footerH, sourcesLevel) = sourcesFooter(council, width: box.width, engine: engine)
        let available = box.height - topH - gap - footerH - gap
        let needed = topH + gap + footerH + gap
        let quotes = firstFitting(FitPolicy.quotes, width: widths[0], available: available, engine: engine) { q in
            QuotePanel(styles: styles).node(
                for: council, missingReport: briefing.missingReport, width: widths[0], limit: q.limit, maxLines: q.lines,
                measurer: measurer)
        }
        // The right column's level is chosen without the judgement history (``placeHistory``).
        let side = firstFitting(FitPolicy.side, width: widths[1], available: available, engine: engine) { level in
            rightColumn(council, level: level, history: nil)
        }
        guard let quotes, var side, available > 0 else {
            throw .doesNotFit(council: council.slug, needed: needed, available: box.height)
        }
        var left = quotes.node
        placeHistory(
            council, level: side.level, left: &left, right: &side.node, widths: widths, available: available, engine: engine)
        let body = Node.column([top, .row([left, side.node], spacing: grid.gutter, weights: weights)], spacing: gap)
        var frame = engine.frame(for: body, page: theme.size(of: paper), origin: Point(x: box.x, y: box.y), width: box.width)
        let footerY = box.maxY - footerH
        frame.items.append(
            FrameItem(
                rect: Rect(x: box.x, y: footerY - 0.25, width: box.width, height: 0.5),
                content: .line(
                    from: Point(x: box.x, y: footerY), to: Point(x: box.maxX, y: footerY), color: theme.color("rule"), width: 0.5,
                    dash: []),
                layer: .decoration))
        frame.append(engine.frame(for: footer, page: frame.size, origin: Point(x: box.x, y: footerY), width: box.width))
        return (frame, Fit(quotes: quotes.level, side: side.level, sources: sourcesLevel))
    }

    /// The judgement history joins the right column at its chosen level if it fits, else goes
    /// under the quotes if it fits there: it takes room the other panels leave, never room they need.
    private func placeHistory(
        _ council: Council, level: Int, left: inout Node, right: inout Node, widths: [Double], available: Double,
        engine: LayoutEngine
    ) {
        guard let history = JudgementHistory(styles: styles).node(for: council) else { return }
        let withHistory = rightColumn(council, level: FitPolicy.side[level], history: history)
        let under = Node.column([left, history], spacing: theme.file.grid.sectionGap + 2)
        if engine.height(of: withHistory, width: widths[1]) <= available {
            right = withHistory
        } else if engine.height(of: under, width: widths[0]) <= available {
            left = under
        }
    }

    /// The sources footer at the first of ``FitPolicy/sourceLines`` that keeps it within four
    /// lines of small type (the last one when none does), its height and that level.
    private func sourcesFooter(_ council: Council, width: Double, engine: LayoutEngine) -> (Node, Double, Int) {
        let s = styles
        var footer = SourcesFooter(styles: s).node(for: council, maxLines: FitPolicy.sourceLines[0])
        var height = 0.0
        var level = 0
        for (i, lines) in FitPolicy.sourceLines.enumerated() {
            footer = SourcesFooter(styles: s).node(for: council, maxLines: lines)
            height = engine.height(of: footer, width: width)
            level = i
            if height <= 4 * s.small.size * s.small.lineHeight + 8 { break }
        }
        return (footer, height, level)
    }

    /// The first of `levels` whose node fits in `available` points, and its index.
    private func firstFitting<Level>(
        _ levels: [Level], width: Double, available: Double, engine: LayoutEngine, node: (Level) -> Node
    ) -> (node: Node, level: Int)? {
        for (i, level) in levels.enumerated() {
            let n = node(level)
            if engine.height(of: n, width: width) <= available { return (n, i) }
        }
        return nil
    }

    /// Header, rule, rating banner and timeline: never cut.
    private func topNode(_ b: Briefing, width: Double, measurer: any TextMeasuring) -> Node {
        let s = styles
        let gap = theme.file.grid.sectionGap
        let header = Header(styles: s).node(for: b, width: width, measurer: measurer)
        let rule = s.headerRule
        let banner = RatingBanner(styles: s).node(for: b.council)
        let timeline = TimelineChart(styles: s).node(for: b.council, width: width, measurer: measurer)
        var parts: [Node] = [header, rule, .spacer(gap - 2), banner, .spacer(2), timeline]
        if let strip = NeighboursStrip(styles: s).node(for: b) { parts.append(strip) }
        return .column(parts, spacing: gap - 2)
    }

    private func rightColumn(_ council: Council, level: FitPolicy.Side, history: Node?) -> Node {
        let s = styles
        // A panel with nothing to show takes one line at the foot of the column, not a panel.
        let noFunding = council.funding.isEmpty
        let noContext = council.context.isEmpty && council.leaders.isEmpty
        var right: [Node] = []
        if !noFunding { right.append(FundingFigures(styles: s).node(for: council, limit: level.fundingLimit)) }
        right.append(
            ImprovementList(styles: s).node(for: council, limit: level.improvementLimit, maxLines: level.improvementLines))
        if level.showContext, !noContext {
            right.append(ContextPanel(styles: s).node(for: council, limit: level.contextLimit, maxLines: level.contextLines))
        }
        if let history { right.append(history) }
        if let line = PageWording.nothingRecorded(funding: noFunding, context: noContext) {
            right.append(.text(line, s.small, maxLines: 2, tag: .paragraph))
        }
        return .column(right, spacing: theme.file.grid.sectionGap + 2)
    }
}
