import BriefingModel
internal import CPoppler
import Foundation

extension ReportPDF {
    /// One character as poppler placed it on a page: its box in points from the page's top left,
    /// and its font size.
    struct Glyph: Equatable {
        var scalar: Unicode.Scalar
        var x1: Double
        var y1: Double
        var x2: Double
        var y2: Double
        var fontSize: Double

        /// A space or line break poppler put between words and lines: no mark on the page.
        var isSeparator: Bool { scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" }
    }

    /// One PopplerDocument, owned; used on the thread that opened it.
    final class PDFDocument {
        private let document: OpaquePointer
        /// poppler-glib's functions, opened on first use (see CPoppler's shim.h).
        private let api: brief_poppler_api

        /// Opens `bytes` (the file at `path`, named in errors) with poppler.
        init(bytes: Data, path: String) throws(DataError) {
            var failure: UnsafePointer<CChar>?
            guard let loaded = brief_poppler_load(&failure) else {
                let why = failure.map { String(cString: $0) } ?? "no reason given"
                throw .report(
                    path: path,
                    reason: "could not be read: poppler-glib did not open (\(why)); expected libpoppler-glib8 installed")
            }
            api = loaded.pointee
            let gbytes = bytes.withUnsafeBytes { g_bytes_new($0.baseAddress, gsize($0.count)) }
            defer { g_bytes_unref(gbytes) }
            var error: UnsafeMutablePointer<GError>?
            guard let opened = api.document_new_from_bytes(gbytes, nil, &error) else {
                let message = error.map { String(cString: $0.pointee.message) } ?? "no reason given"
                let encrypted = error?.pointee.code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue)
                if let error { g_error_free(error) }
                throw .report(
                    path: path,
                    reason: encrypted
                        ? "is encrypted (poppler: \(message)); expected an Ofsted report PDF that opens without a password"
                        : "is damaged or truncated (poppler: \(message)); expected a complete Ofsted report PDF")
            }
            document = opened
        }

        deinit { g_object_unref(UnsafeMutableRawPointer(document)) }

        var pageCount: Int { Int(api.document_get_n_pages(document)) }

        /// The day the PDF says it was made (its Info dictionary's CreationDate, in UTC), if it says.
        var created: FactDate? {
            let t = api.document_get_creation_date(document)
            guard t > 0 else { return nil }
            var seconds = t
            var parts = tm()
            guard gmtime_r(&seconds, &parts) != nil else { return nil }
            return FactDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
        }

        /// The page at `index` (from 0), or nil when poppler has none there.
        func page(_ index: Int) -> PDFPage? {
            api.document_get_page(document, Int32(index)).map { PDFPage(adopting: $0, api: api) }
        }
    }

    /// One PopplerPage, owned.
    final class PDFPage {
        private let page: OpaquePointer
        private let api: brief_poppler_api

        /// Takes over a page poppler_document_get_page returned (we hold its one reference).
        init(adopting page: OpaquePointer, api: brief_poppler_api) {
            self.page = page
            self.api = api
        }

        deinit { g_object_unref(UnsafeMutableRawPointer(page)) }

        /// Every character of the page's text with its box and font size, in poppler's reading
        /// order; spaces and line breaks between words are included (see ``Glyph/isSeparator``).
        func glyphs() -> [Glyph] {
            guard let text = api.page_get_text(page) else { return [] }
            defer { g_free(text) }
            var rects: UnsafeMutablePointer<PopplerRectangle>?
            var count: guint = 0
            guard api.page_get_text_layout(page, &rects, &count) != 0, let rects else { return [] }
            defer { g_free(rects) }
            let sizes = fontSizes()
            var run = 0
            var out: [Glyph] = []
            out.reserveCapacity(Int(count))
            // The layout has one rectangle per character of the text, in the same order.
            for (i, scalar) in String(cString: text).unicodeScalars.prefix(Int(count)).enumerated() {
                while run < sizes.count, sizes[run].end < i { run += 1 }
                let r = rects[i]
                // Without poppler's size, the box: a font's ascent and descent span about 1.2 times its size.
                var size = run < sizes.count && sizes[run].start <= i ? sizes[run].size : (r.y2 - r.y1) / 1.2
                if !(size.isFinite && size > 0) { size = max(1, (r.y2 - r.y1) / 1.2) }
                out.append(Glyph(scalar: scalar, x1: r.x1, y1: r.y1, x2: r.x2, y2: r.y2, fontSize: size))
            }
            return out
        }

        /// The font size of each run of the page's text: character ranges, inclusive, in order.
        private func fontSizes() -> [(start: Int, end: Int, size: Double)] {
            let list = api.page_get_text_attributes(page)
            defer { api.page_free_text_attributes(list) }
            var out: [(start: Int, end: Int, size: Double)] = []
            var node = list
            while let n = node {
                if let attributes = n.pointee.data?.assumingMemoryBound(to: PopplerTextAttributes.self).pointee {
                    out.append((Int(attributes.start_index), Int(attributes.end_index), attributes.font_size))
                }
                node = n.pointee.next
            }
            return out
        }
    }
}
