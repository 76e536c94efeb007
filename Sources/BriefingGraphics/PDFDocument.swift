import BriefingLayout
internal import CCairo

/// Document information written into the PDF.
public struct PDFMetadata: Sendable, Hashable {
    public var title: String
    public var author: String
    public var subject: String
    public var keywords: String
    public var creator: String
    /// ISO 8601 date (`2018-07-01T00:00:00Z`) for both creation and modification, so output is reproducible.
    public var date: String

    public init(title: String, author: String, subject: String, keywords: String, creator: String, date: String) {
        self.title = title
        self.author = author
        self.subject = subject
        self.keywords = keywords
        self.creator = creator
        self.date = date
    }
}

/// Collects the bytes Cairo writes; lives as long as the surface that writes into it.
final class ByteSink {
    var bytes: [UInt8] = []
}

/// A one-document PDF surface that writes into memory.
///
/// Not Sendable: create, draw and finish it on one thread inside one render call.
public final class PDFDocument {
    let surface: OpaquePointer
    private let sink: ByteSink
    private let sinkRef: Unmanaged<ByteSink>
    private var finished = false

    /// Creates an in-memory PDF surface of `size` points with `metadata`.
    public init(size: Size, metadata: PDFMetadata) throws(GraphicsError) {
        let sink = ByteSink()
        let ref = Unmanaged.passRetained(sink)
        let write: cairo_write_func_t = { closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
            let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
            sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
            return CAIRO_STATUS_SUCCESS
        }
        guard let s = cairo_pdf_surface_create_for_stream(write, ref.toOpaque(), size.width, size.height) else {
            ref.release()
            throw .cairo(operation: "create a PDF surface", reason: "no surface returned")
        }
        if let error = GraphicsError.check(cairo_surface_status(s), "create a PDF surface") {
            cairo_surface_destroy(s)
            ref.release()
            throw error
        }
        self.surface = s
        self.sink = sink
        self.sinkRef = ref
        cairo_pdf_surface_restrict_to_version(s, CAIRO_PDF_VERSION_1_5)
        let fields: [(cairo_pdf_metadata_t, String)] = [
            (CAIRO_PDF_METADATA_TITLE, metadata.title), (CAIRO_PDF_METADATA_AUTHOR, metadata.author),
            (CAIRO_PDF_METADATA_SUBJECT, metadata.subject), (CAIRO_PDF_METADATA_KEYWORDS, metadata.keywords),
            (CAIRO_PDF_METADATA_CREATOR, metadata.creator), (CAIRO_PDF_METADATA_CREATE_DATE, metadata.date),
            (CAIRO_PDF_METADATA_MOD_DATE, metadata.date),
        ]
        for (key, value) in fields { cairo_pdf_surface_set_metadata(s, key, value) }
    }

    /// Ends the document and returns its bytes. Call once, after drawing.
    public func finish() throws(GraphicsError) -> [UInt8] {
        guard !finished else { return sink.bytes }
        finished = true
        cairo_surface_finish(surface)
        if let error = GraphicsError.check(cairo_surface_status(surface), "write the PDF") { throw error }
        return sink.bytes
    }

    deinit {
        cairo_surface_destroy(surface)
        sinkRef.release()
    }
}

/// A raster surface, for painting a Frame to pixels in picture tests.
public final class ImageSurface {
    let surface: OpaquePointer

    /// Creates a white RGB image of `width` x `height` pixels.
    public init(width: Int, height: Int) throws(GraphicsError) {
        guard let s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height)) else {
            throw .cairo(operation: "create an image surface", reason: "no surface returned")
        }
        if let error = GraphicsError.check(cairo_surface_status(s), "create an image surface") {
            cairo_surface_destroy(s)
            throw error
        }
        surface = s
    }

    /// The image's pixels.
    public var raster: RasterImage { RasterImage(surface: surface) }

    /// Writes the image as PNG to `path`.
    public func writePNG(to path: String) throws(GraphicsError) {
        cairo_surface_flush(surface)
        if let error = GraphicsError.check(cairo_surface_write_to_png(surface, path), "write '\(path)'") { throw error }
    }

    deinit { cairo_surface_destroy(surface) }
}
