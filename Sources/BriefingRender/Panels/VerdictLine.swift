import BriefingLayout
import BriefingModel

/// The inspectors' overall verdict under the banner: the latest report's key sentence, verbatim,
/// with the report's date, so the page says why the council was judged as it was.
struct VerdictLine {
    let styles: Styles

    func node(for council: Council) -> Node? {
        guard let verdict = council.quotes.first(where: { $0.finding == .verdict }) else { return nil }
        let accent = styles.theme.color("inspectors")
        let label = "INSPECTORS’ VERDICT · REPORT OF " + Format.dateNoted(verdict.date).uppercased()
        return .box(
            .column(
                [
                    .text(label, styles.label.with(color: accent), maxLines: 1, tag: .paragraph),
                    .text("“" + verdict.text + "”", styles.quote.with(size: styles.type.quote + 1), tag: .paragraph),
                ], spacing: 3),
            style: BoxStyle(padding: EdgeInsets(top: 0, left: 12, bottom: 0, right: 12), accentWidth: 3, accent: accent),
            name: "verdict")
    }
}
