import BriefingLayout
import BriefingModel

/// "What must improve": inspectors' list, in their words.
struct ImprovementList {
    let styles: Styles

    func node(for council: Council, limit: Int, maxLines: Int) -> Node {
        var parts: [Node] = [styles.sectionHeading("What must improve")]
        if council.improvements.isEmpty {
            parts.append(.text(PageWording.noImprovements, styles.muted, tag: .paragraph))
        } else {
            let shown = council.improvements.prefix(limit)
            let items = shown.map { styles.listItem($0.text, maxLines: maxLines) }
            parts.append(.group(.column(items, spacing: 3), role: .list, alt: nil))
            // Improvements taken from a report carry its date: say whose list it is and when.
            let dates = Set(council.improvements.compactMap(\.date))
            let total = council.improvements.count
            var note: String?
            if dates.count == 1, let date = dates.first {
                let who = council.improvements.first.flatMap { council.source($0.source)?.publisher } ?? "the source"
                let which = total > limit ? "The first \(limit) of \(total), as listed" : "As listed"
                note = "\(which) by \(who), \(Format.date(date))."
            } else if total > limit {
                note = "And \(total - limit) more in the sources."
            }
            if let note { parts.append(.text(note, styles.small, maxLines: 1, tag: .paragraph)) }
        }
        return .box(.column(parts, spacing: 6), style: .plain, name: "improvements")
    }
}
