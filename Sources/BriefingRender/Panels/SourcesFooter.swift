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
        // Panels with nothing to show say so here, in one line, instead of taking a panel's room.
        let note = (PageWording.nothingRecorded(for: council).map { $0 + " " } ?? "") + PageWording.inferredNote
        return .box(
            .column(
                [
                    .text(text, styles.small, maxLines: maxLines, tag: .paragraph),
                    .text(note, styles.small, maxLines: 2, tag: .paragraph),
                ], spacing: 2),
            style: BoxStyle(padding: EdgeInsets(top: 6, left: 0, bottom: 0, right: 0)), name: "sources")
    }
}
