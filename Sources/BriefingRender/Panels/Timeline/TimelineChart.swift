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
            parts.append(.text(PageWording.noHistory, styles.muted, tag: .paragraph))
            return .box(.column(parts, spacing: 6), style: .plain, name: "timeline")
        }
        let alt = Self.altText(council)
        let labelStyle = styles.small.with(color: theme.color("ink"))
        let placement = TimelinePlacement(
            dated, width: width, rows: Self.labelRows, labelStyle: labelStyle, measurer: measurer)
        let rows = placement.rowsUsed
        let chart = Node.canvas(height: Self.height(styles, rows: rows)) { rect, _ in
            self.items(placement, events: dated, in: rect, labelStyle: labelStyle)
        }
        var figure: [Node] = []
        if !dated.isEmpty { figure.append(chart) }
        figure.append(legend(for: council.inspections, width: width, measurer: measurer))
        parts.append(.group(.column(figure, spacing: 6), role: .figure, alt: alt))
        // The note is text of its own after the figure: inside, it would make the figure's
        // drawing untagged (Cairo marks content only in elements without children).
        if placement.undrawn > 0 || placement.unlabelled > 0 {
            var notes: [String] = []
            let n = { (count: Int, one: String, many: String) in "\(count) " + (count == 1 ? one : many) }
            if placement.undrawn > 0 {
                notes.append(n(placement.undrawn, "event", "events") + " too close together to draw separately")
            }
            if placement.unlabelled > 0 {
                notes.append(n(placement.unlabelled, "marker", "markers") + " without room for a label")
            }
            parts.append(
                .text("Crowded years: " + notes.joined(separator: "; ") + ".", styles.small, maxLines: 1, tag: .paragraph))
        }
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
            var what = x.kind.words.lowercased() + ", "
            what += x.grade?.words.lowercased() ?? (x.kind == .fullInspection ? Self.ungradedLabel(x).lowercased() : "not graded")
            // An inspection judged under the 2026 rules says what it judged instead.
            if x.grade == nil, !x.judgements.isEmpty { what += " (" + x.judgements.map(\.words).joined(separator: ", ") + ")" }
            return "\(when) \(what)"
        }
        return events.isEmpty ? "No inspections recorded." : "Inspections: " + events.joined(separator: "; ") + "."
    }

    /// Label rows above the axis, marker lanes on it, and the year labels below.
    static func height(_ styles: Styles, rows: Int) -> Double {
        let labelH = styles.small.size * styles.small.lineHeight * 2
        return Double(rows) * (labelH + 2) + 6 + Double(markerLanes) * (markerSize + 2) + 3 + styles.small.size * 1.3
    }

    /// A label's two lines: the grade (or why there is none), then the short date.
    static func labelText(_ event: Inspection, date: FactDate) -> String {
        let top = event.grade?.words ?? Self.ungradedLabel(event)
        return top + "\n" + Format.shortDate(date) + (date.isInferred ? " (inferred)" : "")
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
