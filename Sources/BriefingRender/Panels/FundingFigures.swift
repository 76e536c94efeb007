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
        parts.append(.text(summary(lines, shown: shown.count), styles.small, tag: .paragraph))
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

    /// One row per line: its label, whole, wrapping as it needs; a bar as long as its share of
    /// the largest sum, dark for recurring and light for one-off; the sum.
    private func bars(_ shown: [FundingLine], all: [FundingLine]) -> Node {
        let maxAmount = Double(shown.map(\.amount).max() ?? 1)
        let style = styles.small.with(color: theme.color("ink"))
        let lineH = style.size * style.lineHeight
        let accent = theme.color("heading")
        let light = theme.color("rule")
        let alt =
            "Funding: " + all.map { "\(Format.money($0.amount)) \($0.label) (\($0.recurrence.rawValue))" }.joined(separator: "; ")
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
            let label = f.label + (f.recurrence == .recurring ? " (recurring)" : "")
            return .row(
                [
                    .text(label, style, tag: .paragraph), bar,
                    .text(Format.money(f.amount), style.with(alignment: .right), maxLines: 1, tag: .paragraph),
                ], spacing: 4, weights: [44, 28, 28])
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
        return "In all: " + parts.joined(separator: " and ") + ", as the council announced it."
    }

    func summary(_ lines: [FundingLine], shown: Int) -> String {
        guard lines.count > 2 else { return Self.totals(lines) }
        // Where the page has no room for the bars, the totals stand alone.
        guard shown > 0 else { return "\(lines.count) lines, listed in the sources. " + Self.totals(lines) }
        // The bars' shade says recurring or one-off; say it in words too, never by colour alone.
        let which = shown < lines.count ? "The first \(shown) of \(lines.count) lines" : "\(lines.count) lines"
        return which + "; dark bars recurring, light bars one-off. " + Self.totals(lines)
    }
}
