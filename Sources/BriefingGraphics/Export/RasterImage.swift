internal import CCairo

/// Pixels as plain values (RGB, 3 bytes a pixel, row by row), read from or written to PNG
/// through Cairo, for picture tests.
public struct RasterImage: Sendable, Equatable {
    public var width: Int
    public var height: Int
    public var rgb: [UInt8]

    public init(width: Int, height: Int, rgb: [UInt8]) {
        self.width = width
        self.height = height
        self.rgb = rgb
    }

    /// Reads a PNG file.
    public init(png path: String) throws(GraphicsError) {
        guard let s = cairo_image_surface_create_from_png(path) else {
            throw .cairo(operation: "read '\(path)'", reason: "no surface returned")
        }
        defer { cairo_surface_destroy(s) }
        if let error = GraphicsError.check(cairo_surface_status(s), "read '\(path)'") { throw error }
        self.init(surface: s)
    }

    /// The pixels of a surface in Cairo's 32-bit formats (native-endian xRGB).
    init(surface s: OpaquePointer) {
        cairo_surface_flush(s)
        width = Int(cairo_image_surface_get_width(s))
        height = Int(cairo_image_surface_get_height(s))
        let stride = Int(cairo_image_surface_get_stride(s))
        let w = width
        var pixels = [UInt8](repeating: 0, count: w * height * 3)
        if let data = cairo_image_surface_get_data(s) {
            for y in 0..<height {
                let row = data + y * stride
                row.withMemoryRebound(to: UInt32.self, capacity: w) { px in
                    for x in 0..<w {
                        let v = px[x]
                        let i = (y * w + x) * 3
                        pixels[i] = UInt8((v >> 16) & 0xFF)
                        pixels[i + 1] = UInt8((v >> 8) & 0xFF)
                        pixels[i + 2] = UInt8(v & 0xFF)
                    }
                }
            }
        }
        rgb = pixels
    }

    /// Writes the pixels as a PNG file.
    public func writePNG(to path: String) throws(GraphicsError) {
        guard let s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height)) else {
            throw .cairo(operation: "create an image surface", reason: "no surface returned")
        }
        defer { cairo_surface_destroy(s) }
        if let error = GraphicsError.check(cairo_surface_status(s), "create an image surface") { throw error }
        cairo_surface_flush(s)
        let stride = Int(cairo_image_surface_get_stride(s))
        if let data = cairo_image_surface_get_data(s) {
            for y in 0..<height {
                (data + y * stride).withMemoryRebound(to: UInt32.self, capacity: width) { px in
                    for x in 0..<width {
                        let i = (y * width + x) * 3
                        px[x] = UInt32(rgb[i]) << 16 | UInt32(rgb[i + 1]) << 8 | UInt32(rgb[i + 2])
                    }
                }
            }
        }
        cairo_surface_mark_dirty(s)
        if let error = GraphicsError.check(cairo_surface_write_to_png(s, path), "write '\(path)'") { throw error }
    }
}
