import BriefingLayout
import BriefingModel

/// The page header: council name, where it is, what the page is, and the as-of date.
struct Header {
    let styles: Styles

    func node(for briefing: Briefing, width: Double, measurer: any TextMeasuring) -> Node {
        let c = briefing.council
        // Shrink a long name towards the floor before clamping it to two lines.
        var size = styles.type.title
        while size > styles.type.titleFloor,
            measurer.measure(c.name, style: styles.title(size: size), width: width * 0.72, maxLines: nil).lineCount > 1
        {
            size -= 1
        }
        let titleStyle = styles.title(size: size)
        let name = measurer.clamp(c.name, style: titleStyle, width: width * 0.72, maxLines: 2)
        var place: [String] = []
        if let region = c.region { place.append(region) }
        if let type = c.councilType { place.append(type.rawValue) }
        var subtitle = "Children’s services inspection briefing"
        if !place.isEmpty { subtitle += "\n" + place.joined(separator: "  ·  ") }
        let asOf = "Facts as of\n" + (briefing.asOf.map { Format.dateNoted($0) } ?? "source dates not stated")
        let right = Node.text(asOf, styles.small.with(alignment: .right), maxLines: 2, tag: .paragraph)
        let left = Node.column(
            [.text(name, titleStyle, maxLines: 2, tag: .h1), .text(subtitle, styles.subtitle, maxLines: 3, tag: .paragraph)],
            spacing: 3)
        return .box(
            .row([left, right], spacing: 12, weights: [0.72, 0.28]),
            style: BoxStyle(padding: EdgeInsets(top: 0, left: 0, bottom: 8, right: 0)), name: "header")
    }
}
