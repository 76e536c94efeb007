internal import CCairo

/// A raster surface, for painting a Frame to pixels in picture tests.
final class ImageSurface {
    let surface: OpaquePointer

    /// Creates a white RGB image of `width` x `height` pixels.
    init(width: Int, height: Int) throws(GraphicsError) {
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
    var raster: RasterImage { RasterImage(surface: surface) }

    deinit { cairo_surface_destroy(surface) }
}
