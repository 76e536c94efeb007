internal import CPango

extension ThreadTextCache {
    /// Whether Inter or DejaVu Sans (the fallback fonts.conf names) has a glyph for `s`; asked of
    /// each font once per thread and code point.
    func canDraw(_ s: Unicode.Scalar) -> Bool {
        if let known = coverage[s] { return known }
        if coverageFonts == nil { coverageFonts = loadCoverageFonts() }
        let has = (coverageFonts ?? []).contains { pango_font_has_char(UnsafeMutablePointer($0), gunichar(s.value)) != 0 }
        coverage[s] = has
        return has
    }

    func loadCoverageFonts() -> [OpaquePointer] {
        ["Inter", "DejaVu Sans"].compactMap { family -> OpaquePointer? in
            let desc = pango_font_description_new()
            defer { pango_font_description_free(desc) }
            pango_font_description_set_family(desc, family)
            pango_font_description_set_absolute_size(desc, 10 * Double(PANGO_SCALE))
            return pango_context_load_font(context, desc).map { OpaquePointer($0) }
        }
    }
}
