import BriefingLayout
import BriefingModel

/// Key-quote panels: the inspectors' strengths and concerns and the council's words, each with
/// speaker, role and date. The composer chooses which quotes fit (``FitPolicy``); this draws them.
struct QuotePanel {
    let styles: Styles
    var theme: Theme { styles.theme }

    /// The quotes the left column may show, in the order the fit policy offers them: a strength,
    /// then the council's voice (or curated inspectors' words), and round again, so every voice is
    /// heard before any is heard twice; at most ``FitPolicy/mostOfOneKind`` of each. The verdict
    /// stands under the banner (``VerdictLine``) and concerns in the right column (``concerns``).
    static func candidates(_ quotes: [Quote]) -> [Quote] {
        let strengths = quotes.filter { $0.finding == .strength }
        let inspectors = quotes.filter { $0.voice == .inspectors && $0.finding == nil }
        let council = quotes.filter { $0.voice == .council }
        return [strengths, inspectors, council].map { Array($0.prefix(FitPolicy.mostOfOneKind)) }.roundRobin
    }

    /// The concerns the right column may show, best first.
    static func concerns(_ quotes: [Quote]) -> [Quote] {
        Array(quotes.filter { $0.finding == .concern }.prefix(FitPolicy.mostOfOneKind))
    }

    /// The panel headed `heading` showing `quotes` (strengths first, then the rest in the order
    /// given), each clamped to `maxLines`; with no quotes, `emptyText` says why.
    func node(
        for quotes: [Quote], heading: String, emptyText: String, width: Double, maxLines: Int, measurer: any TextMeasuring,
        name: String = "quotes"
    ) -> Node {
        var parts: [Node] = [styles.sectionHeading(heading)]
        if quotes.isEmpty { parts.append(.text(emptyText, styles.muted, tag: .paragraph)) }
        let padding = EdgeInsets(top: 7, left: 12, bottom: 7, right: 9)
        for q in Self.readingOrder(quotes) {
            let text = measurer.clamp(
                "“" + q.text + "”", style: styles.quote, width: width - padding.horizontal, maxLines: maxLines)
            let accent = q.voice == .inspectors ? theme.color("inspectors") : theme.color("council")
            let who = "— " + Self.attribution(q) + " · " + Format.dateNoted(q.date)
            let body = Node.column(
                [
                    .text(Self.label(q), styles.label.with(color: accent), maxLines: 1, tag: .paragraph),
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
        return .box(.column(parts, spacing: 6), style: .plain, name: name)
    }

    /// Who said `q`: "Peter Box, leader of the council", "Ofsted inspection report".
    static func attribution(_ q: Quote) -> String { [q.speaker, q.role].compactMap { $0 }.joined(separator: ", ") }

    /// Strengths first, then concerns, then the rest in the order given: the order the page reads in.
    static func readingOrder(_ quotes: [Quote]) -> [Quote] {
        let rank: (Quote) -> Int = { q in q.finding == .strength ? 0 : q.finding == .concern ? 1 : 2 }
        return quotes.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(\.element)
    }

    /// "INSPECTORS", "COUNCIL", or for a report's finding "INSPECTORS · STRENGTH" / "· CONCERN".
    static func label(_ q: Quote) -> String {
        let voice = q.voice == .inspectors ? "INSPECTORS" : "COUNCIL"
        switch q.finding {
        case .strength: return voice + " · STRENGTH"
        case .concern: return voice + " · CONCERN"
        case .verdict, nil: return voice
        }
    }
}
