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

    /// Glyphs Pango could not find in the fonts for `text` in `style`: 0 means no missing-glyph boxes.
    public func unknownGlyphs(_ text: String, style: TextStyle, width: Double) -> Int {
        guard let layout = TextLayout(engine: self, text: text, style: style, width: width, maxLines: nil) else {
            noteFailure()
            return 0
        }
        return layout.unknownGlyphs
    }
}

/// One PangoLayout, owned.
final class TextLayout {
    let layout: OpaquePointer
    /// Baseline-to-baseline distance in points.
    let lineStep: Double

    /// Creates and configures a layout for `text` set in `style` at `width` points; nil when
    /// Pango returns none.
    init?(engine: TextEngine, text: String, style: TextStyle, width: Double, maxLines: Int?) {
        guard let l = pango_layout_new(engine.context) else { return nil }
        layout = l
        lineStep = Double(Int32(style.size * style.lineHeight * Double(PANGO_SCALE))) / Double(PANGO_SCALE)
        pango_layout_set_text(l, text, -1)
        let desc = pango_font_description_new()
        pango_font_description_set_family(desc, style.family)
        pango_font_description_set_weight(desc, TextLayout.weight(style.weight))
        pango_font_description_set_style(desc, style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        pango_font_description_set_absolute_size(desc, style.size * Double(PANGO_SCALE))
        pango_layout_set_font_description(l, desc)
        pango_font_description_free(desc)
        pango_layout_set_width(l, Int32((width * Double(PANGO_SCALE)).rounded(.down)))
        pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR)
        switch style.alignment {
        case .left: pango_layout_set_alignment(l, PANGO_ALIGN_LEFT)
        case .center: pango_layout_set_alignment(l, PANGO_ALIGN_CENTER)
        case .right: pango_layout_set_alignment(l, PANGO_ALIGN_RIGHT)
        }
        let attrs = pango_attr_list_new()
        pango_attr_list_insert(
            attrs, pango_attr_line_height_new_absolute(Int32(style.size * style.lineHeight * Double(PANGO_SCALE))))
        if style.tracking != 0 {
            pango_attr_list_insert(attrs, pango_attr_letter_spacing_new(Int32(style.tracking * Double(PANGO_SCALE))))
        }
        pango_attr_list_insert(attrs, pango_attr_font_features_new(TextLayout.features(for: text, all: engine.keepsAllFeatures)))
        pango_layout_set_attributes(l, attrs)
        pango_attr_list_unref(attrs)
        if let maxLines {
            pango_layout_set_height(l, -Int32(maxLines))
            pango_layout_set_ellipsize(l, PANGO_ELLIPSIZE_END)
        }
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(layout)) }

    var pointer: OpaquePointer { layout }

    /// Each line's bottom edge and width, in points, from the top of the layout.
    ///
    /// Every line is exactly `size x lineHeight` tall (an absolute line-height attribute), so
    /// only widths are asked of Pango, and only logical ones: ink extents would make Pango
    /// interpret every glyph's outline.
    private(set) lazy var lineExtents: [(bottom: Double, width: Double)] = {
        let count = Int(pango_layout_get_line_count(pointer))
        let scale = Double(PANGO_SCALE)
        return (0..<count).map { i in
            var logical = PangoRectangle()
            if let line = pango_layout_get_line_readonly(pointer, Int32(i)) {
                pango_layout_line_get_extents(line, nil, &logical)
            }
            return (Double(i + 1) * lineStep, Double(logical.width) / scale)
        }
    }()

    /// The size of the first `lines` lines (all when nil), and whether any were left out.
    func metrics(lines: Int?) -> TextMetrics {
        let all = lineExtents
        let shown = lines.map { min($0, all.count) } ?? all.count
        guard shown > 0 else { return TextMetrics(height: 0, width: 0, lineCount: 0, truncated: !all.isEmpty) }
        let width = all.prefix(shown).map(\.width).max() ?? 0
        return TextMetrics(height: all[shown - 1].bottom, width: width, lineCount: shown, truncated: shown < all.count)
    }

    var unknownGlyphs: Int { Int(pango_layout_get_unknown_glyphs_count(pointer)) }

    /// The OpenType features switched off for `text`, as Pango's font-features string.
    ///
    /// - `calt`, always: Inter's contextual alternates raise brackets, dashes and colons beside
    ///   capitals and digits. Those glyphs have no Unicode code, so Cairo would embed one more
    ///   font (a CID subset) for them on most pages.
    /// - `ccmp`, unless the text ``mayCompose(_:)``.
    /// - `frac`, `numr` and `dnom`, unless the text has a fraction slash (U+2044): HarfBuzz sets
    ///   automatic fractions only around one, yet walks every glyph through their 15 lookups in
    ///   Inter. `CompositionTests` checks that the glyphs are the same either way.
    ///
    /// With `all`, only `calt` is off.
    static func features(for text: String, all: Bool = false) -> String {
        switch (all || mayCompose(text), all || hasFractionSlash(text)) {
        case (false, false): "calt=0,ccmp=0,frac=0,numr=0,dnom=0"
        case (false, true): "calt=0,ccmp=0"
        case (true, false): "calt=0,frac=0,numr=0,dnom=0"
        case (true, true): "calt=0"
        }
    }

    /// Whether `text` has U+2044, looked for in its UTF-8 bytes (faster than walking its scalars).
    static func hasFractionSlash(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            guard b.count >= 3 else { return false }
            for i in 0..<(b.count - 2) where b[i] == 0xE2 && b[i + 1] == 0x81 && b[i + 2] == 0x84 { return true }
            return false
        }
    }

    /// Whether glyph composition (OpenType `ccmp`) could change how `text` is set.
    ///
    /// In Inter and DejaVu Sans, every `ccmp` rule needs a combining mark, a private-use glyph,
    /// a modifier symbol or a Hebrew letter. Text with none of those is set exactly the same
    /// without `ccmp`, and HarfBuzz 6 would spend most of its shaping time trying Inter's `ccmp`
    /// ligatures on every letter, so it is switched off for such text.
    /// `CompositionTests` checks that the glyphs are the same either way.
    static func mayCompose(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            guard scalar.value >= 0x80 else { return false }
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark, .privateUse, .modifierSymbol, .otherLetter, .unassigned:
                return true
            default:
                return false
            }
        }
    }

    static func weight(_ w: TextStyle.Weight) -> PangoWeight {
        switch w {
        case .regular: PANGO_WEIGHT_NORMAL
        case .medium: PANGO_WEIGHT_MEDIUM
        case .semibold: PANGO_WEIGHT_SEMIBOLD
        case .bold: PANGO_WEIGHT_BOLD
        }
    }
}
