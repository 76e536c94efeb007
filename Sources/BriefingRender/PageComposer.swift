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
        let s = styles
        let weights = [grid.leftColumnWeight, grid.rightColumnWeight]
        let widths = engine.columnWidths(count: 2, width: box.width, spacing: grid.gutter, weights: weights)

        let top = topNode(briefing, width: box.width, measurer: measurer)
        let topH = engine.height(of: top, width: box.width)
        var footer: Node?
        var footerH = 0.0
        var sourcesLevel = 0
        for (i, lines) in FitPolicy.sourceLines.enumerated() {
            let f = SourcesFooter(styles: s).node(for: council, maxLines: lines)
            footer = f
            footerH = engine.height(of: f, width: box.width)
            sourcesLevel = i
            if footerH <= 4 * s.small.size * s.small.lineHeight + 8 { break }
        }
        let available = box.height - topH - gap - footerH - gap
        let needed = topH + gap + footerH + gap

        var quotesNode: Node?
        var quotesLevel = 0
        for (i, q) in FitPolicy.quotes.enumerated() {
            let n = QuotePanel(styles: s).node(
                for: council, width: widths[0], limit: q.limit, maxLines: q.lines, measurer: measurer)
            if engine.height(of: n, width: widths[0]) <= available {
                quotesNode = n
                quotesLevel = i
                break
            }
        }
        var sideNode: Node?
        var sideLevel = 0
        for (i, level) in FitPolicy.side.enumerated() {
            let n = rightColumn(council, level: level)
            if engine.height(of: n, width: widths[1]) <= available {
                sideNode = n
                sideLevel = i
                break
            }
        }
        guard let quotesNode, let sideNode, let footer, available > 0 else {
            throw .doesNotFit(council: council.slug, needed: needed, available: box.height)
        }
        let body = Node.column(
            [top, .row([quotesNode, sideNode], spacing: grid.gutter, weights: weights)], spacing: gap)
        var frame = engine.frame(for: body, page: theme.size(of: paper), origin: Point(x: box.x, y: box.y), width: box.width)
        let footerY = box.maxY - footerH
        frame.items.append(
            FrameItem(
                rect: Rect(x: box.x, y: footerY - 0.25, width: box.width, height: 0.5),
                content: .line(
                    from: Point(x: box.x, y: footerY), to: Point(x: box.maxX, y: footerY), color: theme.color("rule"), width: 0.5,
                    dash: []),
                layer: .decoration))
        let footerFrame = engine.frame(for: footer, page: frame.size, origin: Point(x: box.x, y: footerY), width: box.width)
        frame.items += footerFrame.items
        frame.regions += footerFrame.regions
        return (frame, Fit(quotes: quotesLevel, side: sideLevel, sources: sourcesLevel))
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

    private func rightColumn(_ council: Council, level: FitPolicy.Side) -> Node {
        let s = styles
        var right: [Node] = [
            FundingFigures(styles: s).node(for: council, limit: level.fundingLimit),
            ImprovementList(styles: s).node(for: council, limit: level.improvementLimit, maxLines: level.improvementLines),
        ]
        if level.showContext {
            right.append(ContextPanel(styles: s).node(for: council, limit: level.contextLimit, maxLines: level.contextLines))
        }
        return .column(right, spacing: theme.file.grid.sectionGap + 2)
    }
}
