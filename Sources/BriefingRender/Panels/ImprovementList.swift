import BriefingLayout
import BriefingModel

/// "What must improve": inspectors' list, in their words.
struct ImprovementList {
    let styles: Styles

    func node(for council: Council, limit: Int) -> Node {
        var parts: [Node] = [styles.sectionHeading(PageWording.improvementsHeading)]
        if council.improvements.isEmpty {
            parts.append(.text(PageWording.noImprovements, styles.muted, tag: .paragraph))
        } else {
            let shown = council.improvements.prefix(limit)
            if !shown.isEmpty {
                let items = shown.map { styles.listItem($0.text, maxLines: nil) }
                parts.append(.group(.column(items, spacing: 3), role: .list, alt: nil))
            }
            if let note = Self.note(for: council, limit: limit) { parts.append(.text(note, styles.small, tag: .paragraph)) }
        }
        return .box(.column(parts, spacing: 6), style: .plain, name: "improvements")
    }

    /// Whose list it is and when, for improvements taken from one dated report, and how many are
    /// shown when not all are ("The first 2 of 9, as listed by Ofsted, 3 August 2026.").
    static func note(for council: Council, limit: Int) -> String? {
        let dates = Set(council.improvements.compactMap(\.date))
        let total = council.improvements.count
        // Items are never cut: where not even one fits whole, the page says so.
        if limit == 0, total > 0 {
            return (total == 1 ? "The improvement listed is" : "The \(total) improvements listed are")
                + " too long to show whole on one page; they are in the sources."
        }
        if dates.count == 1, let date = dates.first {
            let who = council.improvements.first.flatMap { council.source($0.source)?.publisher } ?? "the source"
            let which = total > limit ? "The first \(limit) of \(total), as listed" : "As listed"
            return "\(which) by \(who), \(Format.date(date))."
        }
        return total > limit ? "And \(total - limit) more in the sources." : nil
    }
}
