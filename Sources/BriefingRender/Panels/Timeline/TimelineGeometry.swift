import BriefingLayout
import BriefingModel

/// Where things go in the timeline chart drawn in `rect` with `rows` label rows: the year
/// axis, marker lanes and label rows. One set of formulas, for placing and for drawing.
struct TimelineGeometry {
    let rect: Rect
    let lo: Int
    let hi: Int
    let plotX: Double
    let plotW: Double
    /// Marker size.
    let m = TimelineChart.markerSize
    /// The height of a two-line label.
    let labelH: Double
    let axisY: Double

    init(rect: Rect, rows: Int, years: (Int, Int), labelStyle: TextStyle) {
        self.rect = rect
        (lo, hi) = years
        let inset = 8.0
        plotX = rect.x + inset
        plotW = rect.width - 2 * inset
        labelH = labelStyle.size * labelStyle.lineHeight * 2
        axisY = rect.y + Double(rows) * (labelH + 2) + 6
    }

    /// The axis position of a fractional year.
    func x(_ v: Double) -> Double { plotX + (v - Double(lo)) / Double(hi - lo) * plotW }

    /// The axis's year span: at least four years, so one event does not fill the chart.
    static func yearRange(_ events: [Inspection]) -> (Int, Int) {
        let years = events.compactMap { $0.date?.year }
        var lo = years.min() ?? 2013
        var hi = (years.max() ?? 2013) + 1
        while hi - lo < 4 {
            if (hi - lo) % 2 == 0 { lo -= 1 } else { hi += 1 }
        }
        return (lo, hi)
    }

    /// A marker centred on the axis at `cx`, in `lane` (0 on the axis, then stacked below).
    func markerRect(cx: Double, lane: Int) -> Rect {
        let cy = axisY + Double(lane) * (m + 2)
        return Rect(x: cx - m / 2, y: cy - m / 2, width: m, height: m)
    }

    /// The top of label row `row`, counted up from the axis.
    func labelY(row: Int) -> Double { axisY - m / 2 - 4 - labelH - Double(row) * (labelH + 2) }

    /// The leader line's box from a label at `ly` down to the marker at `cx`.
    func stemRect(cx: Double, labelY ly: Double) -> Rect {
        Rect(x: cx - 1, y: ly + labelH, width: 2, height: max(0, axisY - m / 2 - 1 - ly - labelH))
    }

    /// A label's left edge when centred over `cx`, kept inside the chart.
    func centred(cx: Double, width w: Double) -> Double { min(max(cx - w / 2, rect.x), rect.maxX - w) }

    /// A label's left edges to try, in order: centred over the marker first, then hanging right
    /// or left of it; a label hangs away from a close neighbour (at one of `xs`), leaving it
    /// room on that side.
    func candidates(cx: Double, width w: Double, xs: [Double]) -> [Double] {
        let nextClose = xs.contains { $0 > cx && $0 - cx < w / 2 + 12 }
        let prevClose = xs.contains { $0 < cx && cx - $0 < w / 2 + 12 }
        let centre = cx - w / 2
        let right = cx - 6
        let left = cx - w + 6
        let order =
            nextClose && !prevClose
            ? [left, centre, right] : (prevClose && !nextClose ? [right, centre, left] : [centre, right, left])
        return order.map { min(max($0, rect.x), rect.maxX - w) }
    }
}
