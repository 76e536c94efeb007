import BriefingLayout
import BriefingModel

/// "What must improve": inspectors' list, in their words.
struct ImprovementList {
    let styles: Styles

    func node(for council: Council, limit: Int, maxLines: Int) -> Node {
        var parts: [Node] = [styles.sectionHeading("What must improve")]
        if council.improvements.isEmpty {
            parts.append(.text("No improvements are listed in the sources.", styles.muted, tag: .paragraph))
        } else {
            let shown = council.improvements.prefix(limit)
            let items = shown.map { styles.listItem($0.text, maxLines: maxLines) }
            parts.append(.group(.column(items, spacing: 3), role: .list, alt: nil))
            // Improvements taken from a report carry its date: say whose list it is and when.
            let dates = Set(council.improvements.compactMap(\.date))
            if dates.count == 1, let date = dates.first {
                let who = council.improvements.first.flatMap { council.source($0.source)?.publisher } ?? "the source"
                parts.append(.text("As listed by \(who), \(Format.date(date)).", styles.small, maxLines: 1, tag: .paragraph))
            }
            if council.improvements.count > limit {
                parts.append(
                    .text(
                        "and \(council.improvements.count - limit) more in the sources.", styles.small, maxLines: 1,
                        tag: .paragraph))
            }
        }
        return .box(.column(parts, spacing: 6), style: .plain, name: "improvements")
    }
}

/// Context: workforce, caseloads, leadership and governance facts, and the people named.
struct ContextPanel {
    let styles: Styles

    func node(for council: Council, limit: Int, maxLines: Int) -> Node {
        var parts: [Node] = [styles.sectionHeading("Context")]
        let facts = council.context.prefix(limit).map { f in
            styles.listItem("\(f.topic.rawValue.capitalized): \(f.text)", maxLines: maxLines)
        }
        if facts.isEmpty {
            parts.append(.text("No workforce or leadership facts are recorded in the sources.", styles.muted, tag: .paragraph))
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

/// The sources footer: headline, publisher and date of each source.
struct SourcesFooter {
    let styles: Styles

    func node(for council: Council, maxLines: Int) -> Node {
        let list = council.sources.map { s -> String in
            var t = "“\(s.headline)”"
            t += ", " + (s.publisher ?? "publisher not stated")
            t += ", " + (s.date.map { Format.dateNoted($0) } ?? "date not stated")
            return t
        }
        let text = "Sources: " + (list.isEmpty ? "none recorded." : list.joined(separator: "; ") + ".")
        let note =
            "Dates marked inferred are implied by a source, not stated in it. Grades are Ofsted’s overall effectiveness judgements."
        return .box(
            .column(
                [
                    .text(text, styles.small, maxLines: maxLines, tag: .paragraph),
                    .text(note, styles.small, maxLines: 1, tag: .paragraph),
                ], spacing: 2),
            style: BoxStyle(padding: EdgeInsets(top: 6, left: 0, bottom: 0, right: 0)), name: "sources")
    }
}
