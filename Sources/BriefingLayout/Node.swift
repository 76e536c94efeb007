/// A layout node: the tree the render module builds and ``LayoutEngine`` turns into a ``Frame``.
public indirect enum Node: Sendable {
    /// Text that wraps to the width it is given.
    case text(TextRun, tag: StructureTag?)
    /// Children one below another with `spacing` points between them.
    case column([Node], spacing: Double)
    /// Children side by side; widths in proportion to `weights` (equal when empty).
    case row([Node], spacing: Double, weights: [Double])
    /// A child inside padding, over an optional filled or stroked box; a `name` makes it a region.
    case box(Node, style: BoxStyle, name: String?)
    /// Items that enclose a child in one structure element (a figure, a quote, a list).
    case group(Node, role: StructureGroup.Role, alt: String?)
    /// A list item: `marker` in a fixed-width gutter, `body` beside it (a hanging indent).
    case bullet(Node, marker: BulletMarker, indent: Double)
    /// Fixed vertical space.
    case spacer(Double)
    /// A drawing of fixed height whose items the closure places inside the given rectangle.
    case canvas(height: Double, draw: @Sendable (Rect, any TextMeasuring) -> [FrameItem])
}

/// How a box looks.
public struct BoxStyle: Sendable, Hashable {
    public var padding: EdgeInsets
    public var fill: Color?
    public var stroke: Color?
    public var lineWidth: Double
    public var radius: Double
    /// A bar drawn along the box's left edge, in points (0 for none), in `accent`.
    public var accentWidth: Double
    public var accent: Color?

    public init(
        padding: EdgeInsets = EdgeInsets(all: 0), fill: Color? = nil, stroke: Color? = nil, lineWidth: Double = 0.75,
        radius: Double = 0, accentWidth: Double = 0, accent: Color? = nil
    ) {
        self.padding = padding
        self.fill = fill
        self.stroke = stroke
        self.lineWidth = lineWidth
        self.radius = radius
        self.accentWidth = accentWidth
        self.accent = accent
    }

    /// No padding and no paint: a plain grouping box.
    public static let plain = BoxStyle()
}

extension Node {
    /// Text with a structure tag, wrapping to the width it is given.
    public static func text(_ text: String, _ style: TextStyle, maxLines: Int? = nil, tag: StructureTag? = .paragraph)
        -> Node
    {
        .text(TextRun(text: text, style: style, maxLines: maxLines), tag: tag)
    }
}

/// What marks a list item: a character (a bullet), or a shape drawn in a colour.
///
/// Shapes stand in for symbol characters (a grade's square, a direction's triangle): each such
/// character would make Cairo embed one more font subset for a single glyph, and a screen reader
/// would read it out as "black down-pointing triangle".
public enum BulletMarker: Sendable {
    case text(TextRun)
    /// A `size`-point shape centred on the item's first line, which is `lineHeight` points tall.
    case shape(MarkerShape, color: Color, size: Double, lineHeight: Double)
}
