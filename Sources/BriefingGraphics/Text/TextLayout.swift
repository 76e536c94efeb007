import BriefingLayout
internal import CPango

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
