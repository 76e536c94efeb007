/// How a run of text looks: font, size, weight, colour, line height.
public struct TextStyle: Codable, Sendable, Hashable {
    /// Font weights the theme uses; Inter ships each as a real face.
    public enum Weight: String, Codable, Sendable {
        case regular, medium, semibold, bold
    }

    /// Where text sits within its box.
    public enum Alignment: String, Codable, Sendable {
        case left, center, right
    }

    public var family: String
    public var size: Double
    public var weight: Weight
    public var italic: Bool
    public var color: Color
    /// Baseline-to-baseline distance as a multiple of `size`.
    public var lineHeight: Double
    public var alignment: Alignment
    /// Extra space between letters, in points (for small capitals-like labels).
    public var tracking: Double

    public init(
        family: String = "Inter", size: Double, weight: Weight = .regular, italic: Bool = false,
        color: Color = .black, lineHeight: Double = 1.25, alignment: Alignment = .left, tracking: Double = 0
    ) {
        self.family = family
        self.size = size
        self.weight = weight
        self.italic = italic
        self.color = color
        self.lineHeight = lineHeight
        self.alignment = alignment
        self.tracking = tracking
    }

    /// The same style at another size, colour, weight or alignment.
    public func with(
        size: Double? = nil, weight: Weight? = nil, color: Color? = nil, italic: Bool? = nil,
        alignment: Alignment? = nil
    ) -> TextStyle {
        var s = self
        if let size { s.size = size }
        if let weight { s.weight = weight }
        if let color { s.color = color }
        if let italic { s.italic = italic }
        if let alignment { s.alignment = alignment }
        return s
    }
}

/// What a measurer reports for a block of text set in a given width.
public struct TextMetrics: Sendable, Hashable {
    /// Height of the lines actually shown, in points.
    public var height: Double
    /// Width of the widest shown line, in points.
    public var width: Double
    /// Lines shown (after any line limit).
    public var lineCount: Int
    /// Whether the text was cut short with an ellipsis to meet the line limit.
    public var truncated: Bool

    public init(height: Double, width: Double, lineCount: Int, truncated: Bool) {
        self.height = height
        self.width = width
        self.lineCount = lineCount
        self.truncated = truncated
    }
}

/// Sizes text for layout. The render module adapts Pango to it; tests use a fixed-width one.
public protocol TextMeasuring {
    /// Sets `text` in `style` within `width` points, at most `maxLines` lines (nil: no limit).
    func measure(_ text: String, style: TextStyle, width: Double, maxLines: Int?) -> TextMetrics

    /// The longest word-boundary prefix of `text` that fits `maxLines` lines, with an ellipsis
    /// when anything was cut. A default implementation works through ``measure(_:style:width:maxLines:)``.
    func clamp(_ text: String, style: TextStyle, width: Double, maxLines: Int) -> String
}

/// A measurer in which every character is half an em wide and lines break at spaces.
///
/// It makes layout tests exact and independent of fonts.
public struct FixedWidthMeasurer: TextMeasuring {
    public init() {}

    public func measure(_ text: String, style: TextStyle, width: Double, maxLines: Int?) -> TextMetrics {
        let charWidth = style.size * 0.5
        let perLine = max(1, Int((width / charWidth).rounded(.down)))
        var lines = 0
        var widest = 0
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var current = 0
            lines += 1
            for word in paragraph.split(separator: " ") {
                var w = word.count
                let need = current == 0 ? w : current + 1 + w
                if need <= perLine {
                    current = need
                } else {
                    if current > 0 { lines += 1 }
                    while w > perLine {
                        lines += 1
                        w -= perLine
                    }
                    current = w
                }
                widest = max(widest, current)
            }
        }
        let shown = maxLines.map { min($0, lines) } ?? lines
        return TextMetrics(
            height: Double(shown) * style.size * style.lineHeight, width: Double(min(widest, perLine)) * charWidth,
            lineCount: shown, truncated: shown < lines)
    }
}
