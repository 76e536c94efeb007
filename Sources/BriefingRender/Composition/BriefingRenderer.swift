import BriefingGraphics
import BriefingLayout
import BriefingModel

/// Lays briefings out as one-page documents. Sendable: share one across threads; each call
/// does all its Pango work on the calling thread.
///
/// Render ends at a ``Document`` (a Frame and what the file says about itself); BriefingGraphics'
/// `PDFExport` turns that into bytes, on the same thread.
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
        try withPango { text throws(RenderError) in try layout(briefing, paper: paper, measurer: text) }
    }

    /// The briefing's page and its document information, measured with Pango on this thread.
    ///
    /// `date` is the ISO 8601 creation date the file will carry (never the clock's).
    public func document(for briefing: Briefing, paper: Theme.Paper = .a4, date: String) throws(RenderError) -> Document {
        Document(frame: try layout(briefing, paper: paper).frame, info: .briefing(briefing, date: date))
    }

    /// What the page shows, as data: the same choices as the PDF's layout, measured with Pango on this thread.
    public func pageModel(for briefing: Briefing, paper: Theme.Paper = .a4) throws(RenderError) -> PageModel {
        try page(for: briefing, paper: paper, date: briefing.documentDate).model
    }

    /// The briefing's document and its page model from one layout, measured with Pango on this
    /// thread: for a PDF and its HTML twin together (an email).
    public func page(for briefing: Briefing, paper: Theme.Paper = .a4, date: String) throws(RenderError) -> (
        document: Document, model: PageModel
    ) {
        let (frame, fit) = try withPango { text throws(RenderError) in
            try PageComposer(theme: theme).frame(for: briefing, paper: paper, measurer: text)
        }
        return (Document(frame: frame, info: .briefing(briefing, date: date)), PageModel(briefing, choices: fit.choices))
    }

    /// The national overview laid out on one page; on shorter paper the lists of recent moves
    /// get shorter until it fits.
    public func layoutOverview(_ overview: Overview, source: Source?, paper: Theme.Paper = .a4, measurer: any TextMeasuring)
        throws(RenderError) -> Frame
    {
        try OverviewComposer(theme: theme).frame(for: overview, source: source, paper: paper, measurer: measurer)
    }

    /// The national overview's page and its document information, measured with Pango on this thread.
    public func overviewDocument(_ overview: Overview, source: Source?, paper: Theme.Paper = .a4, date: String)
        throws(RenderError) -> Document
    {
        let frame = try withPango { text throws(RenderError) in
            try layoutOverview(overview, source: source, paper: paper, measurer: text)
        }
        return Document(frame: frame, info: .overview(overview, date: date))
    }

    /// The briefing as one accessible, self-contained HTML page in the theme's colours;
    /// `prelude` is placed first in the body (an email's greeting); `links` says where its
    /// links point (the service's routes, sibling files, or nowhere).
    public func html(for briefing: Briefing, paper: Theme.Paper = .a4, prelude: String = "", links: HTMLLinks = .none)
        -> String
    {
        // Laid out on this thread like the PDF; a page that cannot be laid out shows every fact.
        let model = (try? pageModel(for: briefing, paper: paper)) ?? PageModel(briefing, choices: .everything(briefing.council))
        return html(for: briefing, model: model, prelude: prelude, links: links)
    }

    /// The HTML page for `briefing` with the choices of `model`, its laid-out page.
    public func html(for briefing: Briefing, model: PageModel, prelude: String = "", links: HTMLLinks = .none) -> String {
        HTMLBriefing(theme: theme, links: links).html(for: briefing, model: model, prelude: prelude)
    }

    /// Runs `body` with this thread's Pango text engine, and throws the engine's failure if it had one.
    private func withPango<T>(_ body: (TextEngine) throws(RenderError) -> T) throws(RenderError) -> T {
        let text: TextEngine
        do {
            text = try TextEngine()
        } catch {
            throw .graphics(error)
        }
        let result = try body(text)
        do {
            try text.check()
        } catch {
            throw .graphics(error)
        }
        return result
    }
}
