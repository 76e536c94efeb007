import BriefingLayout
import BriefingModel

/// Context: workforce, caseloads, leadership and governance facts, and the people named.
struct ContextPanel {
    let styles: Styles

    func node(for council: Council, limit: Int, maxLines: Int) -> Node {
        var parts: [Node] = [styles.sectionHeading("Context")]
        let facts = council.context.prefix(limit).map { f in
            styles.listItem("\(f.topic.rawValue.capitalized): \(f.text)", maxLines: maxLines)
        }
        if facts.isEmpty {
            parts.append(.text(PageWording.noContext, styles.muted, tag: .paragraph))
        } else {
            parts.append(.group(.column(Array(facts), spacing: 3), role: .list, alt: nil))
        }
        if !council.leaders.isEmpty {
            let names = council.leaders.prefix(6).map { "\($0.name), \($0.role)" }.joined(separator: "; ")
            parts.append(.text("Named in the sources: " + names + ".", styles.small, maxLines: 2, tag: .paragraph))
        }
        return .box(.column(parts, spacing: 6), style: .plain, name: "context")
    }
}
