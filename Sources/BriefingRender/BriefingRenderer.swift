import BriefingGraphics
import BriefingLayout
import BriefingModel

/// Renders briefings to one-page PDFs. Sendable: share one across threads; each `render` call
/// does all its Cairo and Pango work on the calling thread.
public struct BriefingRenderer: Sendable {
    public let theme: Theme

    /// Loads the theme from the templates folder and points fontconfig at its fonts.conf.
    public init(templates: String) throws(RenderError) {
        theme = try Theme(directory: templates)
        do {
            try FontSetup.configure(fontsConf: theme.fontsConf, family: theme.fontFamily)
        } catch {
            throw .graphics(error)
        }
    }

    /// The laid-out page for `briefing`, measured with `measurer`, and how far the fit policy
    /// had to go (0 = everything shown in full; see ``FitPolicy``).
    public func layout(_ briefing: Briefing, paper: Theme.Paper = .a4, measurer: any TextMeasuring) throws(RenderError) -> (
        frame: Frame, fitLevel: Int
    ) {
        let (frame, fit) = try PageComposer(theme: theme).frame(for: briefing, paper: paper, measurer: measurer)
        return (frame, fit.total)
    }

    /// The laid-out page measured with Pango on this thread.
    public func layout(_ briefing: Briefing, paper: Theme.Paper = .a4) throws(RenderError) -> (frame: Frame, fitLevel: Int) {
        let text = try wrap { () throws(GraphicsError) in try TextEngine() }
        return try layout(briefing, paper: paper, measurer: text)
    }

    /// The briefing as PDF bytes. Synchronous; runs wholly on the calling thread.
    ///
    /// `date` is the ISO 8601 creation date written into the PDF (never the clock's).
    public func render(_ briefing: Briefing, paper: Theme.Paper = .a4, date: String) throws(RenderError) -> [UInt8] {
        let text = try wrap { () throws(GraphicsError) in try TextEngine() }
        let (frame, _) = try layout(briefing, paper: paper, measurer: text)
        let c = briefing.council
        var subject = "Ofsted judgements of \(c.name)'s children's services"
        if let r = c.rating { subject += ": latest overall grade \(r.grade.words.lowercased())" }
        let meta = PDFMetadata(
            title: "\(c.name): children’s services inspection briefing",
            author: "brief", subject: subject,
            keywords: ["children's services", "Ofsted", c.name, c.rating?.grade.words ?? "not graded"].joined(separator: ", "),
            creator: "brief", date: date)
        return try pdf(frame, text: text, metadata: meta)
    }

    private func pdf(_ frame: Frame, text: TextEngine, metadata meta: PDFMetadata) throws(RenderError) -> [UInt8] {
        try wrap { () throws(GraphicsError) in
            let doc = try PDFDocument(size: frame.size, metadata: meta)
            do {
                let dc = try DrawingContext(document: doc, text: text)
                FramePainter().paint(frame, on: dc)
                try dc.check()
            }
            return PDFCatalogUpdate.apply(to: try doc.finish(), figureAlts: frame.figureAlts)
        }
    }

    /// The national overview laid out on one page; on shorter paper the lists of recent moves
    /// get shorter until it fits.
    public func layoutOverview(_ overview: Overview, source: Source?, paper: Theme.Paper = .a4, measurer: any TextMeasuring)
        throws(RenderError) -> Frame
    {
        let box = theme.contentBox(for: paper)
        let engine = LayoutEngine(measurer: measurer)
        var needed = 0.0
        for limit in [8, 6, 5, 4, 3] {
            var o = overview
            o.improved = Array(o.improved.prefix(limit))
            o.declined = Array(o.declined.prefix(limit))
            let (body, footer) = OverviewPage(theme: theme).node(for: o, source: source, width: box.width)
            let footerH = engine.height(of: footer, width: box.width)
            let bodyH = engine.height(of: body, width: box.width)
            needed = bodyH + footerH + theme.file.grid.sectionGap
            guard needed <= box.height else { continue }
            var frame = engine.frame(for: body, page: theme.size(of: paper), origin: Point(x: box.x, y: box.y), width: box.width)
            let f = engine.frame(for: footer, page: frame.size, origin: Point(x: box.x, y: box.maxY - footerH), width: box.width)
            frame.items += f.items
            frame.regions += f.regions
            return frame
        }
        throw .doesNotFit(council: "england", needed: needed, available: box.height)
    }

    /// The national overview as PDF bytes, on the calling thread.
    public func renderOverview(_ overview: Overview, source: Source?, paper: Theme.Paper = .a4, date: String) throws(RenderError)
        -> [UInt8]
    {
        let text = try wrap { () throws(GraphicsError) in try TextEngine() }
        let frame = try layoutOverview(overview, source: source, paper: paper, measurer: text)
        let meta = PDFMetadata(
            title: "England: children’s services inspection overview", author: "brief",
            subject: "Ofsted overall effectiveness grades of \(overview.councilCount) councils",
            keywords: "children's services, Ofsted, England",
            creator: "brief", date: date)
        return try pdf(frame, text: text, metadata: meta)
    }

    /// Paints the laid-out page to pixels at `scale` pixels per point, for picture tests.
    public func raster(_ briefing: Briefing, paper: Theme.Paper = .a4, scale: Double) throws(RenderError) -> RasterImage {
        let text = try wrap { () throws(GraphicsError) in try TextEngine() }
        let (frame, _) = try layout(briefing, paper: paper, measurer: text)
        return try raster(frame, text: text, scale: scale)
    }

    /// Paints `frame` to pixels at `scale` pixels per point.
    public func raster(_ frame: Frame, text: TextEngine, scale: Double) throws(RenderError) -> RasterImage {
        try wrap { () throws(GraphicsError) in
            let image = try ImageSurface(width: Int(frame.size.width * scale), height: Int(frame.size.height * scale))
            let dc = try DrawingContext(image: image, scale: scale, text: text)
            FramePainter().paint(frame, on: dc)
            try dc.check()
            return image.raster
        }
    }

    private func wrap<T>(_ body: () throws(GraphicsError) -> T) throws(RenderError) -> T {
        do {
            return try body()
        } catch {
            throw .graphics(error)
        }
    }
}
