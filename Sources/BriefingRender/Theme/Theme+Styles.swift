import BriefingLayout
import BriefingModel

/// The text styles the page uses, derived from the theme's type scale and colours.
struct Styles {
    let theme: Theme
    var family: String { theme.file.fonts.family }
    var type: Theme.File.TypeScale { theme.file.type }

    func title(size: Double) -> TextStyle {
        TextStyle(family: family, size: size, weight: .semibold, color: theme.color("ink"), lineHeight: 1.15)
    }
    var subtitle: TextStyle { TextStyle(family: family, size: type.body, color: theme.color("muted")) }
    var heading: TextStyle {
        TextStyle(
            family: family, size: type.heading, weight: .semibold, color: theme.color("heading"), lineHeight: 1.2, tracking: 0.6)
    }
    var body: TextStyle { TextStyle(family: family, size: type.body, color: theme.color("ink"), lineHeight: 1.3) }
    var bodyStrong: TextStyle { body.with(weight: .semibold) }
    var muted: TextStyle { body.with(color: theme.color("muted")) }
    var quote: TextStyle {
        TextStyle(family: family, size: type.quote, italic: true, color: theme.color("ink"), lineHeight: 1.35)
    }
    var small: TextStyle { TextStyle(family: family, size: type.small, color: theme.color("muted"), lineHeight: 1.3) }
    var label: TextStyle {
        TextStyle(family: family, size: type.label, weight: .medium, color: theme.color("muted"), lineHeight: 1.2)
    }
    var figure: TextStyle {
        TextStyle(family: family, size: type.figure, weight: .semibold, color: theme.color("ink"), lineHeight: 1.1)
    }

    /// A list item with a bullet in a hanging indent, tagged LI.
    func listItem(_ text: String, maxLines: Int?) -> Node {
        .bullet(
            .text(text, body, maxLines: maxLines, tag: .listItem),
            marker: .text(TextRun(text: "•", style: body.with(color: theme.color("muted")))), indent: 9)
    }

    /// A grade's colour as a small square before a line of `style` text (a key, a neighbour).
    func gradeSquare(_ grade: Grade?, before style: TextStyle) -> BulletMarker {
        .shape(.square, color: theme.color(for: grade), size: 4, lineHeight: style.size * style.lineHeight)
    }

    /// The one-point rule in the heading colour under a page's header.
    var headerRule: Node {
        let color = theme.color("heading")
        return .canvas(height: 1) { rect, _ in
            let line = FrameItem.Content.line(
                from: Point(x: rect.x, y: rect.midY), to: Point(x: rect.maxX, y: rect.midY), color: color, width: 1, dash: [])
            return [FrameItem(rect: Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), content: line, layer: .decoration)]
        }
    }

    /// A section heading: small capitals-like, tracked, tagged H2.
    func sectionHeading(_ text: String) -> Node {
        .text(text.uppercased(), heading, maxLines: 1, tag: .h2)
    }
}
