import BriefingLayout
import BriefingModel

/// Builds the page's node tree for a briefing and lays it out on one page, applying ``FitPolicy``.
struct PageComposer {
    let theme: Theme
    var styles: Styles { Styles(theme: theme) }

    /// How generous the chosen fit was: 0 for everything, higher when text was cut or panels dropped.
    struct Fit: Sendable {
        var quotes: Int
        var side: Int
        var sources: Int
        var total: Int { quotes + side + sources }
        /// What was chosen, for the page model.
        var choices: PageChoices
    }

    func frame(for briefing: Briefing, paper: Theme.Paper, measurer: any TextMeasuring) throws(RenderError) -> (Frame, Fit) {
        let box = theme.contentBox(for: paper)
        let engine = LayoutEngine(measurer: measurer)
        let grid = theme.file.grid
        let gap = grid.sectionGap
        let council = briefing.council
        let weights = [grid.leftColumnWeight, grid.rightColumnWeight]
        let widths = engine.columnWidths(count: 2, width: box.width, spacing: grid.gutter, weights: weights)

        let (footer, footerH, sourcesLevel) = sourcesFooter(council, width: box.width, engine: engine)
        // The banner's many-judgement list in body type, or in small type when that leaves no room.
        var top = Node.spacer(0)
        var available = 0.0
        var needed = 0.0
        var side: (node: Node, level: Int)?
        for compact in RatingBanner.hasManyJudgements(council) ? [false, true] : [false] where side == nil {
            top = topNode(briefing, width: box.width, measurer: measurer, compact: compact)
            let topH = engine.height(of: top, width: box.width)
            available = box.height - topH - gap - footerH - gap
            needed = topH + gap + footerH + gap
            side =
                available > 0
                ? sideLevel(council, width: widths[1], available: available, engine: engine, measurer: measurer) : nil
        }
        guard let side else { throw .doesNotFit(council: council.slug, needed: needed, available: box.height) }
        let columns = fillColumns(
            briefing, level: FitPolicy.side[side.level], widths: widths, available: available, engine: engine,
            measurer: measurer)
        guard let (left, right, historyPlace) = columns else {
            throw .doesNotFit(council: council.slug, needed: needed, available: box.height)
        }
        let body = Node.column([top, .row([left.node, right.node], spacing: grid.gutter, weights: weights)], spacing: gap)
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
        let choices = PageChoices(
            quotes: left.chosen, quotesOffered: QuotePanel.candidates(council.quotes), concerns: right.chosen,
            concernsOffered: QuotePanel.concerns(council.quotes), side: FitPolicy.side[side.level], history: historyPlace)
        return (frame, Fit(quotes: left.level + right.level, side: side.level, sources: sourcesLevel, choices: choices))
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

    /// Header, rule, rating banner, the inspectors' verdict and the timeline: never cut.
    private func topNode(_ b: Briefing, width: Double, measurer: any TextMeasuring, compact: Bool = false) -> Node {
        let s = styles
        let gap = theme.file.grid.sectionGap
        let header = Header(styles: s).node(for: b, width: width, measurer: measurer)
        let rule = s.headerRule
        let banner = RatingBanner(styles: s, compact: compact).node(for: b.council)
        let timeline = TimelineChart(styles: s).node(for: b.council, width: width, measurer: measurer)
        var parts: [Node] = [header, rule, .spacer(gap - 2), banner]
        if let verdict = VerdictLine(styles: s).node(for: b.council) { parts.append(verdict) }
        parts += [.spacer(2), timeline]
        if let strip = NeighboursStrip(styles: s).node(for: b) { parts.append(strip) }
        return .column(parts, spacing: gap - 2)
    }

    /// The right column's level, chosen first, leaving room for the first concern that fits
    /// beside two whole improvements (a concern is worth more than a third improvement), without
    /// the judgement history.
    private func sideLevel(
        _ council: Council, width: Double, available: Double, engine: LayoutEngine, measurer: any TextMeasuring
    ) -> (node: Node, level: Int)? {
        let spacing = theme.file.grid.sectionGap + 2
        let panel = QuotePanel(styles: styles)
        let reserve: (Quote) -> Node = { q in
            panel.node(
                for: [q], heading: PageWording.concernsHeading, emptyText: "", width: width, maxLines: FitPolicy.whole,
                measurer: measurer)
        }
        let fewest = rightParts(council, level: FitPolicy.fewestWhole, width: width, measurer: measurer)
        let concern = QuotePanel.concerns(council.quotes).lazy.map(reserve).first { n in
            engine.height(of: .column(fewest + [n], spacing: spacing), width: width) <= available
        }
        // Stood in for by its height: each level is measured without laying the concern out again.
        let reserved = concern.map { [Node.spacer(engine.height(of: $0, width: width))] } ?? []
        return firstFitting(FitPolicy.side, width: width, available: available, engine: engine) { level in
            .column(rightParts(council, level: level, width: width, measurer: measurer) + reserved, spacing: spacing)
        }
    }

    /// The two columns under the timeline: concerns fill the right column under "What must
    /// improve" and the judgement history follows them if at least one concern still fits (or there
    /// are none); otherwise the history goes under the left column's quotes, if one still fits
    /// there, or is left out. Strengths, the council's words and the concerns the right column
    /// could not hold then fill the left column.
    private func fillColumns(
        _ briefing: Briefing, level: FitPolicy.Side, widths: [Double], available: Double, engine: LayoutEngine,
        measurer: any TextMeasuring
    ) -> (left: QuoteColumn.Fitted, right: QuoteColumn.Fitted, history: PageChoices.HistoryPlace)? {
        let council = briefing.council
        let spacing = theme.file.grid.sectionGap + 2
        let panel = QuotePanel(styles: styles)
        let parts = rightParts(council, level: level, width: widths[1], measurer: measurer)
        let concerns = QuotePanel.concerns(council.quotes)
        let history = JudgementHistory(styles: styles).node(for: council)
        var rightColumn = QuoteColumn(
            panel: panel, heading: PageWording.concernsHeading, width: widths[1], spacing: spacing, before: parts,
            name: "concerns")
        var under: Node?
        var right: QuoteColumn.Fitted?
        if let history {
            rightColumn.after = [history]
            right = rightColumn.fit(concerns, available: available, engine: engine, measurer: measurer)
            if right.map({ $0.chosen.isEmpty && !concerns.isEmpty }) ?? true { right = nil }
            rightColumn.after = []
            if right == nil { under = history }
        }
        right = right ?? rightColumn.fit(concerns, available: available, engine: engine, measurer: measurer)
        guard let right else { return nil }
        // Concerns the right column had no room for follow the strengths in the left column.
        let strengths = QuotePanel.candidates(council.quotes) + concerns.filter { !right.chosen.contains($0) }
        let heading = PageWording.quotesHeading(council)
        var leftColumn = QuoteColumn(
            panel: panel, heading: heading, width: widths[0], spacing: spacing,
            emptyText: PageWording.noQuotes(for: briefing))
        if let under {
            leftColumn.after = [under]
            if let left = leftColumn.fit(strengths, available: available, engine: engine, measurer: measurer),
                !left.chosen.isEmpty || strengths.isEmpty
            {
                return (left, right, .left)
            }
            leftColumn.after = []
        }
        guard let left = leftColumn.fit(strengths, available: available, engine: engine, measurer: measurer) else { return nil }
        return (left, right, history == nil || under != nil ? .none : .right)
    }

    /// The right column's panels above its concerns: funding, what must improve, context.
    private func rightParts(_ council: Council, level: FitPolicy.Side, width: Double, measurer: any TextMeasuring) -> [Node] {
        let s = styles
        // A panel with nothing to show is not drawn: the sources footer says so in a line.
        let noFunding = council.funding.isEmpty
        let noContext = council.context.isEmpty && council.leaders.isEmpty
        var before: [Node] = []
        if !noFunding {
            before.append(
                FundingFigures(styles: s).node(for: council, limit: level.fundingLimit, width: width, measurer: measurer))
        }
        before.append(
            ImprovementList(styles: s).node(for: council, limit: level.improvementLimit))
        if level.showContext, !noContext {
            before.append(ContextPanel(styles: s).node(for: council, limit: level.contextLimit))
        }
        return before
    }
}
