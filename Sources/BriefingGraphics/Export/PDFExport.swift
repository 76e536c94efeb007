import BriefingLayout

/// Writes a ``Document`` as PDF bytes: painting, structure tags, metadata and the catalog update.
///
/// Synchronous, and wholly on the calling thread: the text is set with that thread's Pango font
/// map (``ThreadTextCache``), the same layouts the page was measured with.
public enum PDFExport {
    /// The document as a one-page tagged PDF.
    public static func pdf(_ document: Document) throws(GraphicsError) -> [UInt8] {
        let text = try TextEngine()
        let surface = try PDFSurface(size: document.frame.size, info: document.info)
        do {
            let dc = try DrawingContext(document: surface, text: text)
            FramePainter().paint(document.frame, on: dc)
            try dc.check()
        }
        return PDFCatalogUpdate.apply(
            to: try surface.finish(), language: document.info.language, figureAlts: document.frame.figureAlts,
            headerScopes: document.frame.headerScopes)
    }
}
