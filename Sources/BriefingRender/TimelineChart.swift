import BriefingLayout
import BriefingModel

/// The inspection timeline: a year axis spanning the history, one marker per inspection or visit
/// (colour by grade, shape by kind), labels that never collide, and a legend.
struct TimelineChart {
    let styles: Styles
    var theme: Theme { styles.theme }

    static let markerSize = 10.0
    static let labelRows = 3
    static let markerLanes = 2

    static func shape(for kind: Inspection.Kind) -> MarkerShape {
        switch kind {
        case .fullInspection: .circle
        case .focusedVisit: .diamond
        case .monitoringVisit: .triangle
        }
    }

    func node(for council: Council, width: Double, measurer: any TextMeasuring) -> Node {
        let dated = council.chronology.filter { $0.date != nil }
        let undated = council.inspections.filter { $0.date == nil }
        var parts: [Node] = [styles.sectionHeading("Inspection history")]
        if council.inspections.isEmpty {
            parts.append(.text("No inspections or visits are recorded in the sources.", styles.muted, tag: .paragraph))
            return .box(.column(parts, spacing: 6), style: .plain, name: "timeline")
        }
        let alt = Self.altText(council)
        // A dry run finds how many label rows the events need, so a short history leaves no gap.
        let probe = Rect(x: 0, y: 0, width: width, height: Self.height(styles, rows: Self.labelRows))
        let rows = draw(dated, in: probe, rows: Self.labelRows, measurer: measurer).rowsUsed
        let final = draw(
            dated, in: Rect(x: 0, y: 0, width: width, height: Self.height(styles, rows: rows)), rows: rows, measurer: measurer)
        let chart = Node.canvas(height: Self.height(styles, rows: rows)) { rect, measurer in
            self.draw(dated, in: rect, rows: rows, measurer: measurer).items
        }
        var figure: [Node] = []
        if !dated.isEmpty { figure.append(chart) }
        figure.append(legend(for: council.inspections, width: width, measurer: measurer))
        if final.undrawn > 0 || final.unlabelled > 0 {
            var notes: [String] = []
            if final.undrawn > 0 { notes.append("\(final.undrawn) events too close together to draw separately") }
            if final.unlabelled > 0 { notes.append("\(final.unlabelled) markers without room for a label") }
            figure.append(
                .text("Crowded years: " + notes.joined(separator: "; ") + ".", styles.small, maxLines: 1, tag: .paragraph))
        }
        parts.append(.group(.column(figure, spacing: 6), role: .figure, alt: alt))
        if !undated.isEmpty {
            let list = undated.map { x in x.kind.words.lowercased() + (x.grade.map { " (\($0.words.lowercased()))" } ?? "") }
            let text = "Not dated in the sources, so not on the axis: " + list.joined(separator: "; ") + "."
            parts.append(.text(text, styles.small, maxLines: 2, tag: .paragraph))
        }
        return .box(.column(parts, spacing: 6), style: .plain, name: "timeline")
    }

    /// A short label for an event without an overall grade: a visit's kind, or why a full
    /// inspection has none.
    static func ungradedLabel(_ x: Inspection) -> String {
        guard x.kind == .fullInspection else { return x.kind.words }
        guard let note = x.gradeNote else { return "Grade not stated" }
        if note.contains("stopped") { return "No overall grade" }
        if note.contains("unreadable") { return "Grade not known" }
        if note.contains("safeguarding children board") { return "LSCB review" }
        return "Not graded"
    }

    /// Words that say what the chart shows: "2016 requires improvement; February 2018 focused visit, not graded".
    static func altText(_ council: Council) -> String {
        let events = council.chronology.map { x -> String in
            let when = x.date.map { Format.date($0) } ?? "undated"
            let what =
                x.grade.map { "\(x.kind.words.lowercased()), \($0.words.lowercased())" }
                ?? "\(x.kind.words.lowercased()), " + (x.kind == .fullInspection ? "grade not stated" : "not graded")
            return "\(when) \(what)"
        }
        return events.isEmpty ? "No inspections recorded." : "Inspections: " + events.joined(separator: "; ") + "."
    }

    /// What one drawing of the chart placed, and what it had to leave out.
    struct Drawing {
        var items: [FrameItem]
        var rowsUsed: Int
        var unlabelled: Int
        var undrawn: Int
    }

    /// Label rows above the axis, marker lanes on it, and the year labels below.
    static func height(_ styles: Styles, rows: Int) -> Double {
        let labelH = styles.small.size * styles.small.lineHeight * 2
        return Double(rows) * (labelH + 2) + 6 + Double(markerLanes) * (markerSize + 2) + 3 + styles.small.size * 1.3
    }

    private func yearRange(_ events: [Inspection]) -> (Int, Int) {
        let years = events.compactMap { $0.date?.year }
        var lo = years.min() ?? 2013
        var hi = (years.max() ?? 2013) + 1
        // At least four years on the axis, so one event does not fill the chart.
        while hi - lo < 4 {
            if (hi - lo) % 2 == 0 { lo -= 1 } else { hi += 1 }
        }
        return (lo, hi)
    }

    private func draw(_ events: [Inspection], in rect: Rect, rows: Int, measurer: any TextMeasuring) -> Drawing {
        var rowsUsed = 1
        var items: [FrameItem] = []
        let (lo, hi) = yearRange(events)
        let inset = 8.0
        let plotX = rect.x + inset
        let plotW = rect.width - 2 * inset
        func x(_ v: Double) -> Double { plotX + (v - Double(lo)) / Double(hi - lo) * plotW }
        let m = Self.markerSize
        let labelStyle = styles.small.with(color: theme.color("ink"))
        let labelLine = labelStyle.size * labelStyle.lineHeight
        let labelH = labelLine * 2
        let axisY = rect.y + Double(rows) * (labelH + 2) + 6
        let rule = theme.color("rule")
        // Axis and year ticks; labels every year, or every other year on long histories.
        items.append(
            FrameItem(
                rect: Rect(x: plotX, y: axisY - 0.5, width: plotW, height: 1),
                content: .line(
                    from: Point(x: plotX, y: axisY), to: Point(x: plotX + plotW, y: axisY), color: rule, width: 1, dash: []),
                layer: .decoration))
        let step = plotW / Double(hi - lo) >= 24 ? 1 : 2
        let lanesBottom = axisY + m / 2 + Double(Self.markerLanes - 1) * (m + 2)
        let tickLabelY = lanesBottom + m / 2 + 3
        for year in stride(from: lo, through: hi, by: 1) {
            let tx = x(Double(year))
            items.append(
                FrameItem(
                    rect: Rect(x: tx - 0.25, y: axisY - 3, width: 0.5, height: 6),
                    content: .line(
                        from: Point(x: tx, y: axisY - 3), to: Point(x: tx, y: axisY + 3), color: rule, width: 0.5, dash: []),
                    layer: .decoration))
            if (year - lo) % step == 0, year < hi {
                // The year's label sits in the middle of its span.
                let cx = x(Double(year) + 0.5)
                let w = 30.0
                items.append(
                    .text(
                        TextRun(text: String(year), style: styles.small.with(alignment: .center), maxLines: 1),
                        in: Rect(x: cx - w / 2, y: tickLabelY, width: w, height: labelStyle.size * 1.3)))
            }
        }
        // Markers: on the axis, stacked into lanes below it when they would touch.
        var placedMarkers: [Rect] = []
        var placedLabels: [Rect] = []
        var placedStems: [Rect] = []
        var unlabelled = 0
        var undrawn = 0
        let dated = events.filter { $0.date != nil }
        for event in dated {
            guard let date = event.date else { continue }
            let cx = x(date.fractionalYear)
            var markerRect: Rect?
            for lane in 0..<Self.markerLanes {
                let cy = axisY + Double(lane) * (m + 2)
                let r = Rect(x: cx - m / 2, y: cy - m / 2, width: m, height: m)
                if !placedMarkers.contains(where: { $0.intersects(r) }) {
                    markerRect = r
                    break
                }
            }
            guard let mr = markerRect else {
                undrawn += 1
                continue
            }
            placedMarkers.append(mr)
            let fill = theme.color(for: event.grade)
            items.append(
                FrameItem(
                    rect: mr, content: .marker(shape: Self.shape(for: event.kind), fill: fill, stroke: theme.color("paper")),
                    layer: .content))
            // Label above the axis, in the lowest free row; never over another label.
            let top = event.grade?.words ?? Self.ungradedLabel(event)
            let text = top + "\n" + Format.shortDate(date) + (date.isInferred ? " (inferred)" : "")
            let w = min(
                plotW,
                measurer.measure(text, style: labelStyle, width: 400, maxLines: 2).width + 2)
            // Centred over the marker first, then hanging right or left of it, in the lowest free row.
            // A label hangs away from a close neighbour, leaving it room on that side.
            let xs = dated.compactMap { $0.date.map { x($0.fractionalYear) } }
            let nextClose = xs.contains { $0 > cx && $0 - cx < w / 2 + 12 }
            let prevClose = xs.contains { $0 < cx && cx - $0 < w / 2 + 12 }
            let centre = cx - w / 2
            let right = cx - 6
            let left = cx - w + 6
            let order =
                nextClose && !prevClose
                ? [left, centre, right] : (prevClose && !nextClose ? [right, centre, left] : [centre, right, left])
            let candidates = order.map { min(max($0, rect.x), rect.maxX - w) }
            var placed = false
            // The preferred side in any row before the next side, so a crowded pair stacks cleanly.
            search: for lx in candidates {
                for row in 0..<rows {
                    let ly = axisY - m / 2 - 4 - labelH - Double(row) * (labelH + 2)
                    let stemRect = Rect(x: cx - 1, y: ly + labelH, width: 2, height: max(0, axisY - m / 2 - 1 - ly - labelH))
                    let r = Rect(x: lx, y: ly, width: w, height: labelH)
                    // A label may not touch another label or another label's leader line, nor may
                    // its own leader line cross a label below it.
                    let clear =
                        !placedLabels.contains { $0.intersects(r, epsilon: -1) || $0.intersects(stemRect) }
                        && !placedStems.contains { $0.intersects(r) }
                    guard clear else { continue }
                    placedLabels.append(r)
                    placedStems.append(stemRect)
                    let align: TextStyle.Alignment =
                        abs(lx - min(max(centre, rect.x), rect.maxX - w)) < 0.01 ? .center : (lx > centre ? .left : .right)
                    items.append(.text(TextRun(text: text, style: labelStyle.with(alignment: align), maxLines: 2), in: r))
                    let stem = FrameItem.Content.line(
                        from: Point(x: cx, y: r.maxY), to: Point(x: cx, y: axisY - m / 2 - 1), color: rule, width: 0.5, dash: [])
                    items.append(
                        FrameItem(
                            rect: Rect(x: cx - 0.25, y: r.maxY, width: 0.5, height: stemRect.height), content: stem,
                            layer: .decoration))
                    placed = true
                    rowsUsed = max(rowsUsed, row + 1)
                    break search
                }
            }
            if !placed { unlabelled += 1 }
        }
        return Drawing(items: items, rowsUsed: rowsUsed, unlabelled: unlabelled, undrawn: undrawn)
    }

    /// A legend of the shapes (kind) and colours (grade) the chart uses, each in words too,
    /// wrapped onto as many lines as the width needs.
    private func legend(for events: [Inspection], width: Double, measurer: any TextMeasuring) -> Node {
        let kinds = Inspection.Kind.allCases.filter { k in events.contains { $0.kind == k } }
        let grades: [Grade] = Grade.allCases.reversed().filter { g in events.contains { $0.grade == g } }
        let style = styles.small
        let m = 8.0
        let gray = theme.color(for: nil)
        var entries: [(String, MarkerShape, Color)] = kinds.map { ($0.words, Self.shape(for: $0), gray) }
        entries += grades.map { ($0.words, .square, theme.color(for: $0)) }
        if events.contains(where: { $0.grade == nil && $0.kind != .fullInspection }) {
            entries.append(("Visit, not graded", .square, gray))
        }
        let ungradedFull = Set(events.filter { $0.grade == nil && $0.kind == .fullInspection }.map(Self.ungradedLabel))
        for label in ungradedFull.sorted() { entries.append((label, .square, gray)) }
        let lineH = style.size * 1.4
        // Place entries left to right, wrapping; positions are relative to the legend's origin.
        var placed: [(entry: (String, MarkerShape, Color), x: Double, y: Double, w: Double)] = []
        var x = 0.0
        var y = 0.0
        for (i, entry) in entries.enumerated() {
            let w = measurer.measure(entry.0, style: style, width: width, maxLines: 1).width + 1
            if x > 0, x + m + 3 + w > width {
                x = 0
                y += lineH + 2
            }
            placed.append((entry, x, y, w))
            x += m + 3 + w + (i == kinds.count - 1 ? 18 : 10)
        }
        let paper = theme.color("paper")
        let laid = placed
        return .canvas(height: y + lineH) { rect, _ in
            laid.flatMap { p -> [FrameItem] in
                [
                    FrameItem(
                        rect: Rect(x: rect.x + p.x, y: rect.y + p.y + (lineH - m) / 2, width: m, height: m),
                        content: .marker(shape: p.entry.1, fill: p.entry.2, stroke: paper), layer: .content),
                    .text(
                        TextRun(text: p.entry.0, style: style, maxLines: 1),
                        in: Rect(x: rect.x + p.x + m + 3, y: rect.y + p.y, width: p.w, height: style.size * style.lineHeight)),
                ]
            }
        }
    }
}
