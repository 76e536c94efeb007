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

    func node(for council: Council, limit: Int) -> Node {
        var parts: [Node] = [styles.sectionHeading(PageWording.fundingHeading)]
        let lines = council.funding
        if lines.isEmpty {
            parts.append(.text(PageWording.noFunding, styles.muted, tag: .paragraph))
            return .box(.column(parts, spacing: 6), style: .plain, name: "funding")
        }
        let shown = Self.shown(lines, limit: limit)
        if lines.count <= 2 {
            parts.append(.row(shown.map(card), spacing: 8, weights: []))
        } else {
            parts.append(bars(shown, all: lines))
        }
        parts.append(.text(summary(lines), styles.small, maxLines: 2, tag: .paragraph))
        return .box(.column(parts, spacing: 6), style: .plain, name: "funding")
    }

    private func card(_ f: FundingLine) -> Node {
        let body = Node.column(
            [
                .text(Format.money(f.amount), styles.figure.with(color: theme.color("heading")), maxLines: 1, tag: .paragraph),
                .text(f.label, styles.small.with(color: theme.color("ink")), maxLines: 3, tag: .paragraph),
                .text(f.recurrence.rawValue.uppercased(), styles.label, maxLines: 1, tag: .paragraph),
            ], spacing: 2)
        return .box(body, style: BoxStyle(padding: EdgeInsets(all: 7), fill: theme.color("panel"), radius: 2), name: nil)
    }

    private func bars(_ shown: [FundingLine], all: [FundingLine]) -> Node {
        let maxAmount = Double(shown.map(\.amount).max() ?? 1)
        let style = styles.small.with(color: theme.color("ink"))
        let rowH = style.size * style.lineHeight + 3
        let accent = theme.color("heading")
        let light = theme.color("rule")
        let alt =
            "Funding: " + all.map { "\(Format.money($0.amount)) \($0.label) (\($0.recurrence.rawValue))" }.joined(separator: "; ")
        let canvas = Node.canvas(height: rowH * Double(shown.count)) { rect, measurer in
            var items: [FrameItem] = []
            let labelW = rect.width * 0.46
            let amountW = 44.0
            let barX = rect.x + labelW + 4
            let barMax = rect.maxX - amountW - 4 - barX
            for (i, f) in shown.enumerated() {
                let y = rect.y + Double(i) * rowH
                let label = measurer.clamp(
                    f.label + (f.recurrence == .recurring ? " (recurring)" : ""), style: style, width: labelW, maxLines: 1)
                items.append(
                    .text(
                        TextRun(text: label, style: style, maxLines: 1),
                        in: Rect(x: rect.x, y: y, width: labelW, height: style.size * style.lineHeight)))
                let w = max(1, barMax * Double(f.amount) / maxAmount)
                let fill = f.recurrence == .recurring ? accent : light
                items.append(
                    FrameItem(
                        rect: Rect(x: barX, y: y + 2, width: w, height: rowH - 5),
                        content: .box(fill: fill, stroke: nil, lineWidth: 0, radius: 1), layer: .decoration))
                items.append(
                    .text(
                        TextRun(text: Format.money(f.amount), style: style.with(alignment: .right), maxLines: 1),
                        in: Rect(x: rect.maxX - amountW, y: y, width: amountW, height: style.size * style.lineHeight)))
            }
            return items
        }
        return .group(canvas, role: .figure, alt: alt)
    }

    /// "£1m one-off and £3.5m recurring, as the council announced it."
    static func totals(_ lines: [FundingLine]) -> String {
        let oneOff = lines.filter { $0.recurrence == .oneOff }.map(\.amount).reduce(0, +)
        let recurring = lines.filter { $0.recurrence == .recurring }.map(\.amount).reduce(0, +)
        var parts: [String] = []
        if oneOff > 0 { parts.append("\(Format.money(oneOff)) one-off") }
        if recurring > 0 { parts.append("\(Format.money(recurring)) recurring") }
        return "In all: " + parts.joined(separator: " and ") + ", as the council announced it."
    }

    func summary(_ lines: [FundingLine]) -> String {
        // The bars' shade says recurring or one-off; say it in words too, never by colour alone.
        lines.count > 2
            ? "\(lines.count) lines; dark bars recurring, light bars one-off. " + Self.totals(lines) : Self.totals(lines)
    }
}
