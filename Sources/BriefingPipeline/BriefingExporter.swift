import BriefingGraphics
import BriefingLayout
import BriefingModel
import BriefingRender

/// Briefings to bytes: Render lays the page out as a Document, and Graphics' `PDFExport` writes
/// it, both on the calling thread (Pango's font map is the thread's). Sendable: share one
/// across threads and run pages in parallel above it.
public struct BriefingExporter: Sendable {
    public let renderer: BriefingRenderer

    public init(renderer: BriefingRenderer) { self.renderer = renderer }

    /// The exporter with the theme and fonts of the templates folder `templates`.
    public init(templates: String) throws(PipelineError) {
        do {
            renderer = try BriefingRenderer(templates: templates)
        } catch {
            throw .render(error)
        }
    }

    /// The briefing as a one-page PDF, created on `date` (ISO 8601).
    public func pdf(for briefing: Briefing, paper: Theme.Paper = .a4, date: String) throws(PipelineError) -> [UInt8] {
        let document: Document
        do {
            document = try renderer.document(for: briefing, paper: paper, date: date)
        } catch {
            throw .render(error)
        }
        return try export(document)
    }

    /// The briefing as a one-page PDF dated `fixed` (SOURCE_DATE_EPOCH) when given, else by
    /// its data (``Briefing/documentDate``); never by the clock.
    public func pdf(for briefing: Briefing, paper: Theme.Paper = .a4, fixed: DocumentDate?) throws(PipelineError) -> [UInt8] {
        try pdf(for: briefing, paper: paper, date: fixed?.timestamp ?? briefing.documentDate)
    }

    /// The national overview as a one-page PDF, dated `fixed` when given, else by its newest inspection.
    public func overviewPDF(_ overview: Overview, source: Source?, paper: Theme.Paper = .a4, fixed: DocumentDate?)
        throws(PipelineError) -> [UInt8]
    {
        let date = fixed?.timestamp ?? overview.latestDate?.timestamp ?? FactDate.undatedTimestamp
        let document: Document
        do {
            document = try renderer.overviewDocument(overview, source: source, paper: paper, date: date)
        } catch {
            throw .render(error)
        }
        return try export(document)
    }

    /// Lays `briefing` out without writing it (for the benchmark's split by phase).
    public func layout(_ briefing: Briefing) throws(PipelineError) {
        do {
            _ = try renderer.layout(briefing)
        } catch {
            throw .render(error)
        }
    }

    /// What the briefing's page shows, as JSON (``PageModel``): pretty-printed, keys sorted, so
    /// the same data always gives the same bytes.
    public func json(for briefing: Briefing, paper: Theme.Paper = .a4) throws(PipelineError) -> [UInt8] {
        let model: PageModel
        do {
            model = try renderer.pageModel(for: briefing, paper: paper)
        } catch {
            throw .render(error)
        }
        // Encoding plain strings, numbers and arrays cannot fail.
        return (try? JSONOutput.pretty(model)) ?? []
    }

    /// The briefing as a one-page PDF and its page model, from one layout (an email's attachment
    /// and its HTML body), dated as ``pdf(for:paper:fixed:)`` dates it.
    public func pdfAndModel(for briefing: Briefing, paper: Theme.Paper = .a4, fixed: DocumentDate?) throws(PipelineError)
        -> (pdf: [UInt8], model: PageModel)
    {
        let page: (document: Document, model: PageModel)
        do {
            page = try renderer.page(for: briefing, paper: paper, date: fixed?.timestamp ?? briefing.documentDate)
        } catch {
            throw .render(error)
        }
        return (try export(page.document), page.model)
    }

    /// The briefing as one accessible HTML page, with the choices of its page laid out on
    /// `paper`; `prelude` opens its body (an email's greeting); `links` says where its links point.
    public func html(for briefing: Briefing, paper: Theme.Paper = .a4, prelude: String = "", links: HTMLLinks = .none)
        -> String
    {
        renderer.html(for: briefing, paper: paper, prelude: prelude, links: links)
    }

    /// The HTML page with the choices of `model`, the page already laid out.
    public func html(for briefing: Briefing, model: PageModel, prelude: String = "") -> String {
        renderer.html(for: briefing, model: model, prelude: prelude)
    }

    private func export(_ document: Document) throws(PipelineError) -> [UInt8] {
        do {
            return try PDFExport.pdf(document)
        } catch {
            throw .export(error)
        }
    }
}
