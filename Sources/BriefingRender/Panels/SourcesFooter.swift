import BriefingLayout
import BriefingModel

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
