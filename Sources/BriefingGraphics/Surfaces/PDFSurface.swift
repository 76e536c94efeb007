import BriefingLayout
internal import CCairo

/// Collects the bytes Cairo writes; lives as long as the surface that writes into it.
///
/// Cairo writes a page in thousands of small pieces, so each is one copy into a raw buffer,
/// reached through a pointer: an array in a class's stored property costs an exclusivity check,
/// a uniqueness check and a capacity check per piece.
final class ByteSink {
    private struct Buffer {
        var base: UnsafeMutableRawPointer
        var count: Int
        var capacity: Int
    }

    private let buffer: UnsafeMutablePointer<Buffer>

    /// Room for a whole page as Cairo writes it (60–70 KB, its content stream plain), below
    /// glibc's 128 KB threshold past which each page's buffer would be a fresh mmap.
    init(capacity: Int = 96 << 10) {
        buffer = .allocate(capacity: 1)
        buffer.initialize(to: Buffer(base: .allocate(byteCount: capacity, alignment: 1), count: 0, capacity: capacity))
    }

    var bytes: [UInt8] { Array(UnsafeRawBufferPointer(start: buffer.pointee.base, count: buffer.pointee.count)) }

    /// What Cairo's write function is given: the buffer itself, so a write touches no reference
    /// count (the surface keeps the sink alive).
    var context: UnsafeMutableRawPointer { UnsafeMutableRawPointer(buffer) }

    func append(_ data: UnsafePointer<UInt8>, count n: Int) { Self.append(data, count: n, to: buffer) }

    /// Appends to the buffer a ``context`` points at.
    static func append(_ data: UnsafePointer<UInt8>, count n: Int, context: UnsafeMutableRawPointer) {
        append(data, count: n, to: context.assumingMemoryBound(to: Buffer.self))
    }

    private static func append(_ data: UnsafePointer<UInt8>, count n: Int, to buffer: UnsafeMutablePointer<Buffer>) {
        var b = buffer.pointee
        if b.count + n > b.capacity {
            let capacity = max(b.capacity * 2, b.count + n)
            let base = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 1)
            base.copyMemory(from: b.base, byteCount: b.count)
            b.base.deallocate()
            (b.base, b.capacity) = (base, capacity)
        }
        (b.base + b.count).copyMemory(from: data, byteCount: n)
        b.count += n
        buffer.pointee = b
    }

    deinit {
        buffer.pointee.base.deallocate()
        buffer.deinitialize(count: 1)
        buffer.deallocate()
    }
}

/// A one-page PDF surface that writes into memory.
///
/// Not Sendable: create, draw and finish it on one thread inside one export. Cairo writes its
/// content streams plain (``PDFSettings``): ``PDFCatalogUpdate`` deflates them once it has
/// marked the page's artifacts.
final class PDFSurface {
    let surface: OpaquePointer
    /// Outlives the surface: properties are released after `deinit` has destroyed it.
    private let sink: ByteSink
    private var finished = false

    /// Creates an in-memory PDF surface of `size` points carrying `info`.
    init(size: Size, info: DocumentInfo) throws(GraphicsError) {
        PDFSettings.prepare()
        let sink = ByteSink()
        let write: cairo_write_func_t = { context, data, length in
            guard let context, let data else { return CAIRO_STATUS_WRITE_ERROR }
            ByteSink.append(data, count: Int(length), context: context)
            return CAIRO_STATUS_SUCCESS
        }
        guard let s = cairo_pdf_surface_create_for_stream(write, sink.context, size.width, size.height) else {
            throw .cairo(operation: "create a PDF surface", reason: "no surface returned")
        }
        if let error = GraphicsError.check(cairo_surface_status(s), "create a PDF surface") {
            cairo_surface_destroy(s)
            throw error
        }
        self.surface = s
        self.sink = sink
        cairo_pdf_surface_restrict_to_version(s, CAIRO_PDF_VERSION_1_5)
        let fields: [(cairo_pdf_metadata_t, String)] = [
            (CAIRO_PDF_METADATA_TITLE, info.title), (CAIRO_PDF_METADATA_AUTHOR, info.author),
            (CAIRO_PDF_METADATA_SUBJECT, info.subject), (CAIRO_PDF_METADATA_KEYWORDS, info.keywords),
            (CAIRO_PDF_METADATA_CREATOR, info.creator), (CAIRO_PDF_METADATA_CREATE_DATE, info.date),
            (CAIRO_PDF_METADATA_MOD_DATE, info.date),
        ]
        for (key, value) in fields { cairo_pdf_surface_set_metadata(s, key, value) }
    }

    /// Ends the document and returns its bytes. Call once, after drawing.
    func finish() throws(GraphicsError) -> [UInt8] {
        guard !finished else { return sink.bytes }
        finished = true
        cairo_surface_finish(surface)
        if let error = GraphicsError.check(cairo_surface_status(surface), "write the PDF") { throw error }
        return sink.bytes
    }

    deinit {
        cairo_surface_destroy(surface)
    }
}
