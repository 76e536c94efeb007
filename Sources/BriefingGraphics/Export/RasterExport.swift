import BriefingLayout

/// Paints a ``Frame`` to pixels, for picture tests and previews.
public enum RasterExport {
    /// `frame` on white at `scale` pixels per point, its text set by `text` (this thread's
    /// engine when nil).
    public static func raster(_ frame: Frame, scale: Double, text: TextEngine? = nil) throws(GraphicsError) -> RasterImage {
        let engine: TextEngine
        if let text { engine = text } else { engine = try TextEngine() }
        let image = try ImageSurface(width: Int(frame.size.width * scale), height: Int(frame.size.height * scale))
        let dc = try DrawingContext(image: image, scale: scale, text: engine)
        FramePainter().paint(frame, on: dc)
        try dc.check()
        return image.raster
    }
}
