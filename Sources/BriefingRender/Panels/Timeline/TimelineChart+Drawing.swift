import BriefingLayout
import BriefingModel

extension TimelineChart {
    /// The chart's items in `rect`: the axis with its years, then each placed marker with its
    /// label and leader line, as `placement` decided.
    func items(_ placement: TimelinePlacement, events: [Inspection], in rect: Rect, labelStyle: TextStyle) -> [FrameItem] {
        let g = TimelineGeometry(
            rect: rect, rows: placement.rowsUsed, years: TimelineGeometry.yearRange(events), labelStyle: labelStyle)
        var items = axis(g, labelStyle: labelStyle)
        let xs = events.compactMap { $0.date.map { g.x($0.fractionalYear) } }
        let rule = theme.color("rule")
        for mark in placement.marks {
            let cx = g.x(mark.date.fractionalYear)
            let fill = theme.color(for: mark.event.grade)
            items.append(
                FrameItem(
                    rect: g.markerRect(cx: cx, lane: mark.lane),
                    content: .marker(shape: Self.shape(for: mark.event.kind), fill: fill, stroke: theme.color("paper")),
                    layer: .content))
            guard let label = mark.label else { continue }
            let w = label.width
            let lx = g.candidates(cx: cx, width: w, xs: xs)[label.candidate]
            let r = Rect(x: lx, y: g.labelY(row: label.row), width: w, height: g.labelH)
            let centre = cx - w / 2
            let align: TextStyle.Alignment =
                abs(lx - g.centred(cx: cx, width: w)) < 0.01 ? .center : (lx > centre ? .left : .right)
            items.append(.text(TextRun(text: label.text, style: labelStyle.with(alignment: align), maxLines: 2), in: r))
            let stem = FrameItem.Content.line(
                from: Point(x: cx, y: r.maxY), to: Point(x: cx, y: g.axisY - g.m / 2 - 1), color: rule, width: 0.5, dash: [])
            items.append(
                FrameItem(
                    rect: Rect(x: cx - 0.25, y: r.maxY, width: 0.5, height: g.stemRect(cx: cx, labelY: r.y).height),
                    content: stem, layer: .decoration))
        }
        return items
    }

    /// The years between labels the axis may use: enough for the widest span a record can give
    /// (dates are read from 1900 to 2100).
    static let yearSteps = [1, 2, 5, 10, 20, 25, 50, 100]

    /// The axis and its year ticks: a label every year, every other year on long histories, and
    /// on longer spans every 5, 10, 20, 25, 50 or 100 years (at round years), whichever first
    /// leaves each label 24 points; a tick every year while years are 3 points apart, else at
    /// the labels only.
    private func axis(_ g: TimelineGeometry, labelStyle: TextStyle) -> [FrameItem] {
        let rule = theme.color("rule")
        let (plotX, plotW, axisY, m) = (g.plotX, g.plotW, g.axisY, g.m)
        var items = [
            FrameItem(
                rect: Rect(x: plotX, y: axisY - 0.5, width: plotW, height: 1),
                content: .line(
                    from: Point(x: plotX, y: axisY), to: Point(x: plotX + plotW, y: axisY), color: rule, width: 1, dash: []),
                layer: .decoration)
        ]
        let perYear = plotW / Double(g.hi - g.lo)
        let step = Self.yearSteps.first { perYear * Double($0) >= 24 } ?? Self.yearSteps.last!
        // Steps of 1 and 2 count from the first year, as they always have; longer ones from round years.
        let labelled = { (year: Int) in step <= 2 ? (year - g.lo) % step == 0 : year % step == 0 }
        let lanesBottom = axisY + m / 2 + Double(Self.markerLanes - 1) * (m + 2)
        let tickLabelY = lanesBottom + m / 2 + 3
        for year in stride(from: g.lo, through: g.hi, by: 1) where perYear >= 3 || labelled(year) {
            let tx = g.x(Double(year))
            items.append(
                FrameItem(
                    rect: Rect(x: tx - 0.25, y: axisY - 3, width: 0.5, height: 6),
                    content: .line(
                        from: Point(x: tx, y: axisY - 3), to: Point(x: tx, y: axisY + 3), color: rule, width: 0.5, dash: []),
                    layer: .decoration))
            guard labelled(year), year < g.hi else { continue }
            // The year's label sits in the middle of its span; a round year's, under its tick,
            // in a box no wider than the labels' spacing, and left out where that box would
            // leave the chart (the markers at the ends have labels of their own).
            let cx = g.x(Double(year) + (step <= 2 ? 0.5 : 0))
            let w = step <= 2 ? 30.0 : min(30, perYear * Double(step) - 1)
            let x = cx - w / 2
            if step > 2, x < g.rect.x || x + w > g.rect.maxX { continue }
            items.append(
                .text(
                    TextRun(text: String(year), style: styles.small.with(alignment: .center), maxLines: 1),
                    in: Rect(x: x, y: tickLabelY, width: w, height: labelStyle.size * 1.3)))
        }
        return items
    }
}
