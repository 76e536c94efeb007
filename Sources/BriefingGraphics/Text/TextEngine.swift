import BriefingLayout
internal import CCairo
internal import CPango

/// Pango text for one render: measures and draws text with identical layouts.
///
/// Uses the calling thread's ``ThreadTextCache`` (its own Pango font map, which must never be
/// shared between threads), so a TextEngine lives inside one render call on one thread. Not
/// Sendable. Text that recurs from page to page is laid out once per thread.
public final class TextEngine: TextMeasuring {
    private let cache: ThreadTextCache
    /// Keeps `ccmp` and automatic fractions on for all text (``TextLayout/features(for:all:)``),
    /// for tests that check switching them off changes nothing.
    var keepsAllFeatures = false
    /// The first failure to make a layout; it sticks, as a Cairo status does, and ``check()`` throws it.
    private var failure: GraphicsError?

    /// Text on this thread's Pango context: 72 dpi, no hinting, no glyph rounding.
    public init() throws(GraphicsError) {
        cache = try ThreadTextCache.current()
    }

    var context: OpaquePointer { cache.context }

    /// The first failure to lay out text since this engine was made, if any. Measuring cannot
    /// throw (``TextMeasuring``), so a layout Pango could not make measures as empty until then.
    public func check() throws(GraphicsError) {
        if let failure { throw failure }
    }

    public func measure(_ text: String, style: TextStyle, width: Double, maxLines: Int?) -> TextMetrics {
        guard let layout = layout(text, style: style, width: width) else {
            return TextMetrics(height: 0, width: 0, lineCount: 0, truncated: false)
        }
        return layout.metrics(lines: maxLines)
    }

    /// The unlimited layout of `text`, shaped once per thread while it stays in the cache, and
    /// reused for every line limit, for clamping and for painting.
    func layout(_ text: String, style: TextStyle, width: Double) -> TextLayout? {
        // Colour is painted, not laid out: the same words in two colours share one layout.
        var shape = style
        shape.color = .black
        let key = ThreadTextCache.Key(text: text, style: shape, width: width, keepsAllFeatures: keepsAllFeatures)
        let made = cache.layout(key) { TextLayout(engine: self, text: text, style: style, width: width, maxLines: nil) }
        if made == nil { noteFailure() }
        return made
    }

    private func noteFailure() {
        if failure == nil { failure = .cairo(operation: "lay out text with Pango", reason: "no layout returned") }
    }

    /// Clamps with Pango's own line breaks: the text up to the end of the last allowed line,
    /// then whole words dropped from its end until the ellipsis fits. Usually two layouts.
    public func clamp(_ text: String, style: TextStyle, width: Double, maxLines: Int) -> String {
        guard let full = layout(text, style: style, width: width), full.lineExtents.count > maxLines, maxLines > 0,
            let line = pango_layout_get_line_readonly(full.pointer, Int32(maxLines - 1))
        else { return text }
        let end = Int(line.pointee.start_index + line.pointee.length)
        var words = String(decoding: Array(text.utf8).prefix(end), as: UTF8.self).split(separator: " ")
        while !words.isEmpty {
            var cut = words.joined(separator: " ")
            while let last = cut.last, ",;:–—-( ".contains(last) { cut.removeLast() }
            let candidate = cut + "…"
            if measure(candidate, style: style, width: width, maxLines: nil).lineCount <= maxLines { return candidate }
            words.removeLast()
        }
        return "…"
    }

    /// The code points of `text` that neither Inter nor its fallback (DejaVu Sans) has, each once,
    /// in order: Pango would draw them as boxes. White space and default-ignorable code points
    /// (joiners, variation selectors) draw nothing and are never listed.
    public func undrawable(_ text: String) -> [Unicode.Scalar] {
        var seen = Set<Unicode.Scalar>()
        return text.unicodeScalars.filter { s in
            guard s.value >= 0x80, !s.properties.isWhitespace, !s.properties.isDefaultIgnorableCodePoint,
                !cache.canDraw(s), !seen.contains(s)
            else { return false }
            seen.insert(s)
            return true
        }
    }

    /// Glyphs Pango could not find in the fonts for `text` in `style`: 0 means no missing-glyph boxes.
    public func unknownGlyphs(_ text: String, style: TextStyle, width: Double) -> Int {
        guard let layout = TextLayout(engine: self, text: text, style: style, width: width, maxLines: nil) else {
            noteFailure()
            return 0
        }
        return layout.unknownGlyphs
    }
}
