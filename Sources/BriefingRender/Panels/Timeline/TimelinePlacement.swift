import BriefingLayout
import BriefingModel

/// Which lane each marker takes and which row and side each label takes: decided once per
/// page, with the chart at the origin and every label row open, then drawn where the chart lands.
///
/// Every position is relative to the axis, so the decisions hold for any place of the chart and
/// for as few rows as the labels used.
struct TimelinePlacement {
    /// A drawn marker and, when it found room, its label.
    struct Mark {
        var event: Inspection
        var date: FactDate
        var lane: Int
        var label: Label?
    }

    /// A label: its text and width, which of the ``TimelineGeometry/candidates(cx:width:xs:)`` it
    /// took, and its row.
    struct Label {
        var text: String
        var width: Double
        var candidate: Int
        var row: Int
    }

    var marks: [Mark] = []
    var rowsUsed = 1
    var unlabelled = 0
    var undrawn = 0
    /// The axis positions of every dated event, drawn or not, at the origin.
    private var xs: [Double] = []
    private var placedMarkers: [Rect] = []
    private var placedLabels: [Rect] = []
    private var placedStems: [Rect] = []

    /// Places the dated `events` in a chart `width` points wide with `rows` label rows.
    init(_ events: [Inspection], width: Double, rows: Int, labelStyle: TextStyle, measurer: any TextMeasuring) {
        let g = TimelineGeometry(
            rect: Rect(x: 0, y: 0, width: width, height: 0), rows: rows,
            years: TimelineGeometry.yearRange(events), labelStyle: labelStyle)
        let dated = events.filter { $0.date != nil }
        xs = dated.compactMap { $0.date.map { g.x($0.fractionalYear) } }
        for event in dated {
            guard let date = event.date else { continue }
            let cx = g.x(date.fractionalYear)
            guard
                let lane = (0..<TimelineChart.markerLanes).first(where: { lane in
                    !placedMarkers.contains { $0.intersects(g.markerRect(cx: cx, lane: lane)) }
                })
            else {
                undrawn += 1
                continue
            }
            placedMarkers.append(g.markerRect(cx: cx, lane: lane))
            let label = place(
                TimelineChart.labelText(event, date: date), cx: cx, rows: rows, in: g, style: labelStyle, measurer: measurer)
            if label == nil { unlabelled += 1 }
            marks.append(Mark(event: event, date: date, lane: lane, label: label))
        }
    }

    /// The label's place above the axis: the preferred side in any row before the next side, so
    /// a crowded pair stacks cleanly; nil when no row has room.
    private mutating func place(
        _ text: String, cx: Double, rows: Int, in g: TimelineGeometry, style: TextStyle, measurer: any TextMeasuring
    ) -> Label? {
        let w = min(g.plotW, measurer.measure(text, style: style, width: 400, maxLines: 2).width + 2)
        for (i, lx) in g.candidates(cx: cx, width: w, xs: xs).enumerated() {
            for row in 0..<rows {
                let ly = g.labelY(row: row)
                let stemRect = g.stemRect(cx: cx, labelY: ly)
                let r = Rect(x: lx, y: ly, width: w, height: g.labelH)
                // A label may not touch another label or another label's leader line, nor may
                // its own leader line cross a label below it.
                let clear =
                    !placedLabels.contains { $0.intersects(r, epsilon: -1) || $0.intersects(stemRect) }
                    && !placedStems.contains { $0.intersects(r) }
                guard clear else { continue }
                placedLabels.append(r)
                placedStems.append(stemRect)
                rowsUsed = max(rowsUsed, row + 1)
                return Label(text: text, width: w, candidate: i, row: row)
            }
        }
        return nil
    }
}
