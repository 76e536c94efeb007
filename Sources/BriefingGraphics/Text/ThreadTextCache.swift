import BriefingLayout
internal import CCairo
internal import CPango
import Foundation

/// Text laid out on one thread and kept from one render to the next: the thread's font map, its
/// Pango context and its most recently used layouts.
///
/// A Pango font map must never be shared between threads, so neither is this: each thread has
/// its own (``current()``), and nothing in it crosses threads. The font map is this cache's own,
/// not the thread's default: a font map keeps the fonts of the fontconfig configuration that was
/// current when it first looked, so one made before ``FontSetup`` loaded fonts.conf would draw
/// with the system's fonts for the rest of the thread's life. A new configuration makes a new
/// cache, and with it a new font map. A kept layout is exactly the layout a fresh one would be
/// (same text, style, width, features and context), so whether a render finds its text here
/// never changes the PDF's bytes. Labels, grades, years,
/// headings and neighbours' names recur from page to page and are laid out once per thread.
final class ThreadTextCache {
    /// Layouts kept per thread. A page lays out about 150; after eviction the most recent 256
    /// stay, which always include the text every page shares. About 2 MB at most per thread.
    static let capacity = 512

    let fontMap: UnsafeMutablePointer<PangoFontMap>
    let context: OpaquePointer
    /// The font configuration the layouts were made with (``FontSetup/generation``).
    let fontGeneration: Int
    private var layouts: [Key: (layout: TextLayout, lastUse: Int)] = [:]
    /// Whether the fonts have each code point asked about (``canDraw(_:)``).
    var coverage: [Unicode.Scalar: Bool] = [:]
    /// Inter and DejaVu Sans as this thread's font map loads them, once asked for.
    var coverageFonts: [OpaquePointer]?
    private var uses = 0

    /// What a layout is made from. Text is compared and hashed as UTF-8 bytes (what Pango sees),
    /// which is much faster than String's Unicode-aware hashing for text with curly quotes.
    struct Key: Hashable {
        var text: String
        var style: TextStyle
        var width: Double
        var keepsAllFeatures: Bool

        static func == (a: Key, b: Key) -> Bool {
            guard a.width == b.width, a.keepsAllFeatures == b.keepsAllFeatures, a.style == b.style else { return false }
            var (x, y) = (a.text, b.text)
            return x.withUTF8 { p in
                y.withUTF8 { q in
                    guard p.count == q.count else { return false }
                    guard let pStart = p.baseAddress, let qStart = q.baseAddress else { return true }
                    return memcmp(pStart, qStart, p.count) == 0
                }
            }
        }

        /// Hashes the text's length and at most 16 bytes from each end, with the size, weight,
        /// slant and width: enough to tell a page's texts apart (equality still compares all of
        /// them), for less work than hashing every byte and the whole style.
        func hash(into hasher: inout Hasher) {
            var bytes = text
            bytes.withUTF8 { p in
                hasher.combine(p.count)
                hasher.combine(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: p.prefix(16))))
                if p.count > 16 { hasher.combine(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: p.suffix(16)))) }
            }
            hasher.combine(style.size)
            hasher.combine(style.weight)
            hasher.combine(style.italic)
            hasher.combine(width)
            hasher.combine(keepsAllFeatures)
        }
    }

    /// Creates a font map on the current fontconfig configuration and a Pango context on it:
    /// 72 dpi, no hinting, no glyph rounding.
    private init(fontGeneration: Int) throws(GraphicsError) {
        guard let map = pango_cairo_font_map_new() else {
            throw .cairo(operation: "create a Pango font map", reason: "none returned")
        }
        guard let ctx = pango_font_map_create_context(map) else {
            g_object_unref(UnsafeMutableRawPointer(map))
            throw .cairo(operation: "create a Pango context", reason: "no font map")
        }
        fontMap = map
        context = ctx
        self.fontGeneration = fontGeneration
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

    deinit {
        // Layouts hold the context; let them go first.
        layouts.removeAll()
        for font in coverageFonts ?? [] { g_object_unref(UnsafeMutableRawPointer(font)) }
        g_object_unref(UnsafeMutableRawPointer(context))
        g_object_unref(UnsafeMutableRawPointer(fontMap))
    }

    /// The layout for `key`, made by `make` unless this thread already has it.
    func layout(_ key: Key, make: () -> TextLayout?) -> TextLayout? {
        uses += 1
        // One hash for a hit: find the entry, then stamp it through its index.
        if let i = layouts.index(forKey: key) {
            layouts.values[i].lastUse = uses
            return layouts.values[i].layout
        }
        guard let layout = make() else { return nil }
        layouts[key] = (layout, uses)
        if layouts.count > Self.capacity { evictOldest() }
        return layout
    }

    /// Drops the least recently used half, so eviction costs little per layout.
    private func evictOldest() {
        let keep = Self.capacity / 2
        let cutoff = layouts.values.map(\.lastUse).sorted(by: >)[keep - 1]
        layouts = layouts.filter { $0.value.lastUse >= cutoff }
    }

    /// This thread's cache, made on first use, and made anew if the font configuration changed.
    static func current() throws(GraphicsError) -> ThreadTextCache {
        let generation = FontSetup.generation
        if let raw = pthread_getspecific(threadKey) {
            let cache = Unmanaged<ThreadTextCache>.fromOpaque(raw).takeUnretainedValue()
            if cache.fontGeneration == generation { return cache }
            pthread_setspecific(threadKey, nil)
            Unmanaged<ThreadTextCache>.fromOpaque(raw).release()
        }
        let cache = try ThreadTextCache(fontGeneration: generation)
        pthread_setspecific(threadKey, Unmanaged.passRetained(cache).toOpaque())
        return cache
    }

    /// The thread-local slot; a thread's cache is released when the thread ends.
    private static let threadKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { raw in
            if let raw { Unmanaged<ThreadTextCache>.fromOpaque(raw).release() }
        }
        return key
    }()
}
