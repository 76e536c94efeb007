import BriefingLayout
internal import CCairo
internal import CPango

/// Pango text for one render: measures and draws text with identical layouts.
///
/// Uses the calling thread's default Pango font map, which must never be shared between threads,
/// so a TextEngine lives inside one render call on one thread. Not Sendable.
public final class TextEngine: TextMeasuring {
    let context: OpaquePointer
    private var cache: [CacheKey: TextMetrics] = [:]

    private struct CacheKey: Hashable {
        var text: String
        var style: TextStyle
        var width: Double
        var maxLines: Int?
    }

    /// Creates a Pango context on this thread's font map: 72 dpi, no hinting, no glyph rounding.
    public init() throws(GraphicsError) {
        guard let map = pango_cairo_font_map_get_default(), let ctx = pango_font_map_create_context(map) else {
            throw .cairo(operation: "create a Pango context", reason: "no font map")
        }
        context = ctx
        pango_cairo_context_set_resolution(ctx, 72)
        pango_context_set_round_glyph_positions(ctx, 0)
        if let options = cairo_font_options_create() {
            cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
            cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
            cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
            pango_cairo_context_set_font_options(ctx, options)
            cairo_font_options_destroy(options)
        }
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(context)) }

    public func measure(_ text: String, style: TextStyle, width: Double, maxLines: Int?) -> TextMetrics {
        let key = CacheKey(text: text, style: style, width: width, maxLines: maxLines)
        if let hit = cache[key] { return hit }
        let layout = TextLayout(engine: self, text: text, style: style, width: width, maxLines: maxLines)
        let m = layout.metrics
        cache[key] = m
        return m
    }

    /// Glyphs Pango could not find in the fonts for `text` in `style`: 0 means no missing-glyph boxes.
    public func unknownGlyphs(_ text: String, style: TextStyle, width: Double) -> Int {
        TextLayout(engine: self, text: text, style: style, width: width, maxLines: nil).unknownGlyphs
    }
}

/// One PangoLayout, owned.
final class TextLayout {
    let layout: OpaquePointer

    /// Creates and configures a layout for `text` set in `style` at `width` points.
    init(engine: TextEngine, text: String, style: TextStyle, width: Double, maxLines: Int?) {
        let l = pango_layout_new(engine.context)!
        layout = l
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
        pango_layout_set_attributes(l, attrs)
        pango_attr_list_unref(attrs)
        if let maxLines {
            pango_layout_set_height(l, -Int32(maxLines))
            pango_layout_set_ellipsize(l, PANGO_ELLIPSIZE_END)
        }
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(layout)) }

    var pointer: OpaquePointer { layout }

    var metrics: TextMetrics {
        var logical = PangoRectangle()
        pango_layout_get_extents(pointer, nil, &logical)
        let scale = Double(PANGO_SCALE)
        return TextMetrics(
            height: Double(logical.height) / scale, width: Double(logical.width) / scale,
            lineCount: Int(pango_layout_get_line_count(pointer)), truncated: pango_layout_is_ellipsized(pointer) != 0)
    }

    var unknownGlyphs: Int { Int(pango_layout_get_unknown_glyphs_count(pointer)) }

    static func weight(_ w: TextStyle.Weight) -> PangoWeight {
        switch w {
        case .regular: PANGO_WEIGHT_NORMAL
        case .medium: PANGO_WEIGHT_MEDIUM
        case .semibold: PANGO_WEIGHT_SEMIBOLD
        case .bold: PANGO_WEIGHT_BOLD
        }
    }
}
