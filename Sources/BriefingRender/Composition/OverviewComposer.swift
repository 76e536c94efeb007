import BriefingLayout
import BriefingModel

/// Lays the national overview out on one page: on shorter paper the lists of recent moves get
/// shorter, then the councils inspected under the 2026 rules are listed by name, until it fits.
struct OverviewComposer {
    let theme: Theme

    func frame(for overview: Overview, source: Source?, paper: Theme.Paper, measurer: any TextMeasuring)
        throws(RenderError) -> Frame
    {
        let box = theme.contentBox(for: paper)
        let engine = LayoutEngine(measurer: measurer)
        var needed = 0.0
        let levels = [8, 6, 5, 4, 3].map { ($0, false) } + [(3, true), (2, true)]
        for (limit, namesOnly) in levels {
            var o = overview
            o.improved = Array(o.improved.prefix(limit))
            o.declined = Array(o.declined.prefix(limit))
            let (body, footer) = OverviewPage(theme: theme).node(
                for: o, source: source, width: box.width, namesOnly: namesOnly)
            let footerH = engine.height(of: footer, width: box.width)
            let bodyH = engine.height(of: body, width: box.width)
            needed = bodyH + footerH + theme.file.grid.sectionGap
            guard needed <= box.height else { continue }
            var frame = engine.frame(for: body, page: theme.size(of: paper), origin: Point(x: box.x, y: box.y), width: box.width)
            frame.append(
                engine.frame(for: footer, page: frame.size, origin: Point(x: box.x, y: box.maxY - footerH), width: box.width))
            return frame
        }
        throw .doesNotFit(council: "england", needed: needed, available: box.height)
    }
}
