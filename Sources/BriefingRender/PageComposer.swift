import BriefingLayout
import BriefingModel

/// Builds the page's node tree for a briefing and lays it out on one page, applying ``FitLevel``s.
struct PageComposer {
    let theme: Theme
    var styles: Styles { Styles(theme: theme) }

    /// The frame of the first fit level whose layout fits the page, and that level's index.
    func frame(for briefing: Briefing, paper: Theme.Paper, measurer: any TextMeasuring) throws(RenderError) -> (Frame, Int) {
        let box = theme.contentBox(for: paper)
        let engine = LayoutEngine(measurer: measurer)
        let gap = theme.file.grid.sectionGap
        var needed = 0.0
        for (index, level) in FitLevel.levels.enumerated() {
            let footer = SourcesFooter(styles: styles).node(for: briefing.council, maxLines: level.sourceLines)
            let footerH = engine.height(of: footer, width: box.width)
            let body = bodyNode(briefing, level: level, width: box.width, measurer: measurer)
            let bodyH = engine.height(of: body, width: box.width)
            let available = box.height - footerH - gap
            needed = bodyH + footerH + gap
            guard bodyH <= available else { continue }
            var frame = engine.frame(for: body, page: theme.size(of: paper), origin: Point(x: box.x, y: box.y), width: box.width)
            let footerY = box.maxY - footerH
            let rule = FrameItem(
                rect: Rect(x: box.x, y: footerY - 0.25, width: box.width, height: 0.5),
                content: .line(from: Point(x: box.x, y: footerY), to: Point(x: box.maxX, y: footerY), color: theme.color("rule"), width: 0.5, dash: []),
                layer: .decoration)
            let footerFrame = engine.frame(for: footer, page: frame.size, origin: Point(x: box.x, y: footerY), width: box.width)
            frame.items.append(rule)
            frame.items += footerFrame.items
            frame.regions += footerFrame.regions
            return (frame, index)
        }
        throw .doesNotFit(council: briefing.council.slug, needed: needed, available: box.height)
    }

    private func bodyNode(_ b: Briefing, level: FitLevel, width: Double, measurer: any TextMeasuring) -> Node {
        let s = styles
        let grid = theme.file.grid
        let gap = grid.sectionGap
        let council = b.council
        let weights = [grid.leftColumnWeight, grid.rightColumnWeight]
        let colWidths = LayoutEngine(measurer: measurer).columnWidths(count: 2, width: width, spacing: grid.gutter, weights: weights)
        let header = Header(styles: s).node(for: b, width: width, measurer: measurer)
        let rule = Node.canvas(height: 1) { rect, _ in
            [FrameItem(
                rect: Rect(x: rect.x, y: rect.y, width: rect.width, height: 1),
                content: .line(from: Point(x: rect.x, y: rect.midY), to: Point(x: rect.maxX, y: rect.midY), color: self.theme.color("heading"), width: 1, dash: []),
                layer: .decoration)]
        }
        let banner = RatingBanner(styles: s).node(for: council)
        let timeline = TimelineChart(styles: s).node(for: council)
        let quotes = QuotePanel(styles: s).node(for: council, width: colWidths[0], limit: level.quoteLimit, maxLines: level.quoteLines, measurer: measurer)
        var right: [Node] = [
            FundingFigures(styles: s).node(for: council, limit: level.fundingLimit),
            ImprovementList(styles: s).node(for: council, limit: level.improvementLimit, maxLines: level.improvementLines),
        ]
        if level.showContext {
            right.append(ContextPanel(styles: s).node(for: council, limit: level.contextLimit, maxLines: level.contextLines))
        }
        let columns = Node.row([quotes, .column(right, spacing: gap + 2)], spacing: grid.gutter, weights: weights)
        return .column([header, rule, .spacer(gap - 6), banner, timeline, columns], spacing: gap - 6 + 6)
    }
}
