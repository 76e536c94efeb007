import BriefingLayout
import BriefingModel

/// Key-quote panels: inspectors' and the council's words, each with speaker, role and date.
struct QuotePanel {
    let styles: Styles
    var theme: Theme { styles.theme }

    /// Up to `limit` quotes, alternating inspectors and council so both voices are heard.
    static func pick(_ quotes: [Quote], limit: Int) -> [Quote] {
        let inspectors = quotes.filter { $0.voice == .inspectors }
        let council = quotes.filter { $0.voice == .council }
        var out: [Quote] = []
        var i = 0
        while out.count < limit, i < max(inspectors.count, council.count) {
            if i < inspectors.count { out.append(inspectors[i]) }
            if out.count < limit, i < council.count { out.append(council[i]) }
            i += 1
        }
        return out
    }

    /// `missingReport`, the latest inspection when its report's text is not in the data, makes
    /// an empty panel say why.
    func node(
        for council: Council, missingReport: Inspection? = nil, width: Double, limit: Int, maxLines: Int,
        measurer: any TextMeasuring
    ) -> Node {
        var parts: [Node] = [styles.sectionHeading("What inspectors and the council said")]
        let quotes = Self.pick(council.quotes, limit: limit)
        if quotes.isEmpty {
            let text = missingReport.map(PageWording.reportMissing) ?? PageWording.noQuotes
            parts.append(.text(text, styles.muted, tag: .paragraph))
        }
        let padding = EdgeInsets(top: 7, left: 12, bottom: 7, right: 9)
        let textWidth = width - padding.horizontal
        for q in quotes {
            let text = measurer.clamp("“" + q.text + "”", style: styles.quote, width: textWidth, maxLines: maxLines)
            let accent = q.voice == .inspectors ? theme.color("inspectors") : theme.color("council")
            let voice = q.voice == .inspectors ? "INSPECTORS" : "COUNCIL"
            var who = [q.speaker, q.role].compactMap { $0 }.joined(separator: ", ")
            who = "— " + who + " · " + Format.dateNoted(q.date)
            let body = Node.column(
                [
                    .text(voice, styles.label.with(color: accent), maxLines: 1, tag: .paragraph),
                    .text(text, styles.quote, maxLines: maxLines, tag: .paragraph),
                    .text(who, styles.small, maxLines: 2, tag: .paragraph),
                ], spacing: 3)
            parts.append(
                .group(
                    .box(
                        body,
                        style: BoxStyle(padding: padding, fill: theme.color("panel"), radius: 2, accentWidth: 3, accent: accent),
                        name: nil),
                    role: .blockQuote, alt: nil))
        }
        return .box(.column(parts, spacing: 6), style: .plain, name: "quotes")
    }
}
