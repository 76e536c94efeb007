import BriefingLayout
import BriefingModel

/// Action-plan funding: figure cards for a few sums, a bar chart for many, or a plain statement.
struct FundingFigures {
    let styles: Styles
    var theme: Theme { styles.theme }

    /// The lines the panel shows: both as cards when there are one or two, else the first `limit` as bars.
    static func shown(_ lines: [FundingLine], limit: Int) -> [FundingLine] {
        lines.count <= 2 ? lines : Array(lines.prefix(limit))
    }

    /// The panel `width` points wide; sums too wide for their place are set smaller (down to the
    /// body size), never cut: a sum brief shows is always whole.
    func node(for council: Council, limit: Int, width: Double, measurer: any TextMeasuring) -> Node {
        var parts: [Node] = [styles.sectionHeading(PageWording.fundingHeading)]
        let lines = council.funding
        if lines.isEmpty {
            parts.append(.text(PageWording.noFunding, styles.muted, tag: .paragraph))
            return .box(.column(parts, spacing: 6), style: .plain, name: "funding")
        }
        let shown = Self.shown(lines, limit: limit)
        if lines.count <= 2 {
            let inner = (width - 8 * Double(shown.count - 1)) / Double(shown.count) - 14
            let figure = fitting(shown, styles.figure.with(color: theme.color("heading")), width: inner, measurer: measurer)
            parts.append(.row(shown.map { card($0, figure: figure) }, spacing: 8, weights: []))
        } else {
            // The sums' column is 28% of the row, or as wide as the widest sum needs.
            let style = styles.small.with(color: theme.color("ink")).with(alignment: .right)
            let row = width - 8
            let widest =
                shown.map { measurer.measure(Format.money($0.amount), style: style, width: row, maxLines: 1).width }.max() ?? 0
            let amount = max(28, (widest + 2) / row * 100)
            parts.append(bars(shown, all: lines, amountStyle: style, weights: Self.weights(amount: amount)))
        }
        parts.append(.text(summary(lines, shown: shown.count), styles.small, tag: .paragraph))
        return .box(.column(parts, spacing: 6), style: .plain, name: "funding")
    }

    /// `style`, or smaller (not below the body size, or the style's own when that is smaller),
    /// so that every one of the sums fits on a line `width` points wide.
    private func fitting(_ lines: [FundingLine], _ style: TextStyle, width: Double, measurer: any TextMeasuring) -> TextStyle {
        var s = style
        let floor = min(style.size, styles.type.body)
        while s.size > floor,
            lines.contains(where: {
                measurer.measure(Format.money($0.amount), style: s, width: width, maxLines: nil).lineCount > 1
            })
        {
            s.size = max(floor, s.size - 1)
        }
        return s
    }

    private func card(_ f: FundingLine, figure: TextStyle) -> Node {
        let body = Node.column(
            [
                .text(Format.money(f.amount), figure, maxLines: 2, tag: .paragraph),
                .text(f.label, styles.small.with(color: theme.color("ink")), maxLines: 3, tag: .paragraph),
                .text(PageWording.recurrence(f).uppercased(), styles.label, maxLines: 1, tag: .paragraph),
            ], spacing: 2)
        return .box(body, style: BoxStyle(padding: EdgeInsets(all: 7), fill: theme.color("panel"), radius: 2), name: nil)
    }

    /// The bars' row weights (label, bar, sum) when the sums take `amount` percent: 44, 28, 28 as
    /// drawn before, the label and bar sharing what a wider sum leaves in the same proportion.
    static func weights(amount: Double) -> [Double] {
        let rest = 100 - amount
        return [rest * 44 / 72, rest * 28 / 72, amount]
    }

    /// One row per line: its label, whole, wrapping as it needs; a bar as long as its share of
    /// the largest sum, dark for recurring and light for one-off; the sum.
    private func bars(_ shown: [FundingLine], all: [FundingLine], amountStyle: TextStyle, weights: [Double]) -> Node {
        let maxAmount = Double(shown.map(\.amount).max() ?? 1)
        let style = styles.small.with(color: theme.color("ink"))
        let lineH = style.size * style.lineHeight
        let accent = theme.color("heading")
        let light = theme.color("rule")
        let alt =
            "Funding: "
            + all.map { "\(Format.money($0.amount)) \($0.label) (\(PageWording.recurrence($0)))" }.joined(separator: "; ")
        let rows = shown.map { f -> Node in
            let share = maxAmount > 0 ? Double(f.amount) / maxAmount : 0
            let fill = f.recurrence == .recurring ? accent : light
            let bar = Node.canvas(height: lineH) { rect, _ in
                [
                    FrameItem(
                        rect: Rect(x: rect.x, y: rect.y + 2, width: max(1, rect.width * share), height: lineH - 2),
                        content: .box(fill: fill, stroke: nil, lineWidth: 0, radius: 1), layer: .decoration)
                ]
            }
            let label = f.label + (f.recurrence == .oneOff ? "" : " (\(PageWording.recurrence(f)))")
            return .row(
                [
                    .text(label, style, tag: .paragraph), bar,
                    .text(Format.money(f.amount), amountStyle, maxLines: 2, tag: .paragraph),
                ], spacing: 4, weights: weights)
        }
        return .group(.column(rows, spacing: 3), role: .figure, alt: alt)
    }

    /// "£1m one-off and £3.5m recurring, as the council announced it."
    static func totals(_ lines: [FundingLine]) -> String {
        let oneOff = FundingLine.total(lines.filter { $0.recurrence == .oneOff }.map(\.amount))
        let recurring = FundingLine.total(lines.filter { $0.recurrence == .recurring }.map(\.amount))
        var parts: [String] = []
        if oneOff > 0 { parts.append("\(Format.money(oneOff)) one-off") }
        if recurring > 0 { parts.append("\(Format.money(recurring)) recurring") }
        let unsaid = FundingLine.total(lines.filter { $0.recurrence == .notStated }.map(\.amount))
        if unsaid > 0 { parts.append("\(Format.money(unsaid)) not said to be one-off or recurring") }
        let list =
            parts.count > 2 ? parts.dropLast().joined(separator: ", ") + " and " + parts.last! : parts.joined(separator: " and ")
        return "In all: " + list + ", as the council announced it."
    }

    func summary(_ lines: [FundingLine], shown: Int) -> String {
        guard lines.count > 2 else { return Self.totals(lines) }
        // Where the page has no room for the bars, the totals stand alone.
        guard shown > 0 else { return "\(lines.count) lines, listed in the sources. " + Self.totals(lines) }
        // The bars' shade says recurring or one-off; say it in words too, never by colour alone.
        let which = shown < lines.count ? "The first \(shown) of \(lines.count) lines" : "\(lines.count) lines"
        let light = lines.contains { $0.recurrence == .notStated } ? "one-off or not stated" : "one-off"
        return which + "; dark bars recurring, light bars \(light). " + Self.totals(lines)
    }

}
