import BriefingLayout
import BriefingModel

/// Context: workforce, caseloads, leadership and governance facts, and the people named.
struct ContextPanel {
    let styles: Styles

    /// The people the panel names: the first six.
    static func leaders(_ council: Council) -> [Leader] { Array(council.leaders.prefix(6)) }

    func node(for council: Council, limit: Int) -> Node {
        var parts: [Node] = [styles.sectionHeading(PageWording.contextHeading)]
        let facts = council.context.prefix(limit).map { f in
            styles.listItem(PageWording.contextItem(f), maxLines: nil)
        }
        if facts.isEmpty {
            parts.append(.text(PageWording.noContext, styles.muted, tag: .paragraph))
        } else {
            parts.append(.group(.column(Array(facts), spacing: 3), role: .list, alt: nil))
        }
        if let names = PageWording.namedLeaders(Self.leaders(council)) {
            parts.append(.text(names, styles.small, tag: .paragraph))
        }
        return .box(.column(parts, spacing: 6), style: .plain, name: "context")
    }
}
