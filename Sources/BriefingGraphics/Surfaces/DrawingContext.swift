import BriefingLayout
internal import CCairo
internal import CPango
import Foundation

/// A Cairo drawing context on a PDF or image surface. Not Sendable: one render call, one thread.
final class DrawingContext {
    let cr: OpaquePointer
    let text: TextEngine

    /// Draws on `document`'s single page, setting text with `text`.
    convenience init(document: PDFSurface, text: TextEngine) throws(GraphicsError) {
        try self.init(surface: document.surface, scale: 1, text: text)
    }

    /// Draws on `image`, scaling points to pixels by `scale`.
    convenience init(image: ImageSurface, scale: Double, text: TextEngine) throws(GraphicsError) {
        try self.init(surface: image.surface, scale: scale, text: text)
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
    }

    private init(surface: OpaquePointer, scale: Double, text: TextEngine) throws(GraphicsError) {
        guard let c = cairo_create(surface) else { throw .cairo(operation: "create a drawing context", reason: "none returned") }
        if let error = GraphicsError.check(cairo_status(c), "create a drawing context") {
            cairo_destroy(c)
            throw error
        }
        cr = c
        self.text = text
        cairo_scale(c, scale, scale)
    }

    deinit { cairo_destroy(cr) }

    /// The first error Cairo or the text engine met while drawing, if any.
    func check() throws(GraphicsError) {
        if let error = GraphicsError.check(cairo_status(cr), "draw the page") { throw error }
        try text.check()
    }

    private func setColor(_ c: Color) { cairo_set_source_rgb(cr, c.red, c.green, c.blue) }

    private func path(_ r: Rect, radius: Double) {
        // A new path first, or the arc joins the last text's current point.
        cairo_new_path(cr)
        let rad = min(radius, r.width / 2, r.height / 2)
        guard rad > 0 else {
            cairo_rectangle(cr, r.x, r.y, r.width, r.height)
            return
        }
        cairo_arc(cr, r.maxX - rad, r.y + rad, rad, -Double.pi / 2, 0)
        cairo_arc(cr, r.maxX - rad, r.maxY - rad, rad, 0, Double.pi / 2)
        cairo_arc(cr, r.x + rad, r.maxY - rad, rad, Double.pi / 2, Double.pi)
        cairo_arc(cr, r.x + rad, r.y + rad, rad, Double.pi, 3 * Double.pi / 2)
        cairo_close_path(cr)
    }

    /// Fills and/or strokes a (rounded) rectangle.
    func box(_ r: Rect, fill: Color?, stroke: Color?, lineWidth: Double, radius: Double) {
        if let fill {
            path(r, radius: radius)
            setColor(fill)
            cairo_fill(cr)
        }
        if let stroke, lineWidth > 0 {
            let half = lineWidth / 2
            path(Rect(x: r.x + half, y: r.y + half, width: r.width - lineWidth, height: r.height - lineWidth), radius: radius)
            setColor(stroke)
            cairo_set_line_width(cr, lineWidth)
            cairo_stroke(cr)
        }
    }

    /// A straight line, optionally dashed.
    func line(from a: Point, to b: Point, color: Color, width: Double, dash: [Double]) {
        cairo_new_path(cr)
        cairo_move_to(cr, a.x, a.y)
        cairo_line_to(cr, b.x, b.y)
        setColor(color)
        cairo_set_line_width(cr, width)
        dash.withUnsafeBufferPointer { cairo_set_dash(cr, $0.baseAddress, Int32($0.count), 0) }
        cairo_stroke(cr)
        cairo_set_dash(cr, nil, 0, 0)
    }

    /// A chart marker filling `r`, outlined in `stroke`.
    func marker(_ shape: MarkerShape, in r: Rect, fill: Color, stroke: Color) {
        cairo_new_path(cr)
        switch shape {
        case .circle:
            cairo_arc(cr, r.midX, r.midY, min(r.width, r.height) / 2 - 0.5, 0, 2 * Double.pi)
        case .square:
            cairo_rectangle(cr, r.x + 0.5, r.y + 0.5, r.width - 1, r.height - 1)
        case .diamond:
            cairo_move_to(cr, r.midX, r.y)
            cairo_line_to(cr, r.maxX, r.midY)
            cairo_line_to(cr, r.midX, r.maxY)
            cairo_line_to(cr, r.x, r.midY)
            cairo_close_path(cr)
        case .triangle:
            cairo_move_to(cr, r.midX, r.y + 0.5)
            cairo_line_to(cr, r.maxX - 0.5, r.maxY - 0.5)
            cairo_line_to(cr, r.x + 0.5, r.maxY - 0.5)
            cairo_close_path(cr)
        case .triangleDown:
            cairo_move_to(cr, r.x + 0.5, r.y + 0.5)
            cairo_line_to(cr, r.maxX - 0.5, r.y + 0.5)
            cairo_line_to(cr, r.midX, r.maxY - 0.5)
            cairo_close_path(cr)
        case .triangleRight:
            cairo_move_to(cr, r.x + 0.5, r.y + 0.5)
            cairo_line_to(cr, r.maxX - 0.5, r.midY)
            cairo_line_to(cr, r.x + 0.5, r.maxY - 0.5)
            cairo_close_path(cr)
        }
        setColor(fill)
        cairo_fill_preserve(cr)
        setColor(stroke)
        cairo_set_line_width(cr, 1)
        cairo_stroke(cr)
    }

    /// Sets `run` with Pango at the top-left of `r`, wrapped to its width.
    func text(_ run: TextRun, in r: Rect) {
        // The layout engine has already clamped the text to its line limit, so the unlimited layout
        // (the one measured) is exactly what shows.
        guard let layout = text.layout(run.text, style: run.style, width: r.width) else { return }
        cairo_new_path(cr)
        setColor(run.style.color)
        cairo_move_to(cr, r.x, r.y)
        pango_cairo_show_layout(cr, layout.pointer)
    }

    /// Opens a structure element (`H1`, `P`, `Figure`...) in a tagged PDF.
    func beginTag(_ name: String) { cairo_tag_begin(cr, name, "") }

    /// Closes the innermost structure element named `name`.
    func endTag(_ name: String) { cairo_tag_end(cr, name) }
}
