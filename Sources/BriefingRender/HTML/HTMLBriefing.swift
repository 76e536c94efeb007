import BriefingModel

/// The briefing as one self-contained web page: the banner with the grades in colour and in
/// words, the timeline as an inline SVG with its text alternative, the inspections and the
/// judgement history as tables, the quotes, funding, improvements, neighbours (linked where
/// `links` allows) and sources. No script, no file fetched from anywhere; one column on a
/// phone, two on a wide screen, plain on paper.
///
/// Its quotes, concerns, improvements and judgement history are the PDF's, from the page model
/// (``PageModel``), so both tell the same era; without one (a page that cannot be laid out) it
/// shows every fact in full. In the theme's colours and the page's words (``PageWording``). It
/// is also an email's HTML body.
struct HTMLBriefing {
    let theme: Theme
    var links: HTMLLinks = .none

    /// The page; `prelude`, an HTML fragment, is placed first in the body (an email's greeting).
    func html(for b: Briefing, model: PageModel, prelude: String = "") -> String {
        let c = b.council
        var h = HTMLStyle.head(title: "\(e(c.name)): children’s services inspection briefing", theme: theme)
        h += """
            <a class="skip" href="#main">Skip to the briefing</a>
            \(prelude)
            """
        h += masthead(b)
        h += "<main id=\"main\" class=\"wrap\">\n" + rating(c)
        if let verdict = model.panels.first(where: { $0.title == PageWording.verdictHeading }) {
            h += panel(verdict, id: "verdict", c, css: "verdict")
        }
        h += timeline(c)
        if !b.neighbours.isEmpty || b.national != nil { h += neighbours(b) }
        h += columns(b, model)
        h += "</main>\n" + sources(c) + "</body>\n</html>\n"
        return h
    }

    /// The council's name, what the page is, its as-of date and, on the service, the way back
    /// to every council and to the PDF.
    private func masthead(_ b: Briefing) -> String {
        let c = b.council
        var place = ["Children’s services inspection briefing"]
        if let r = c.region { place.append(r) }
        if let t = c.councilType { place.append(t.rawValue) }
        var h = "<header class=\"masthead\">\n<div class=\"wrap\">\n"
        h += "<p class=\"kicker\">\(place.map(e).joined(separator: " · "))</p>\n<h1>\(e(c.name))</h1>\n"
        h += "<p class=\"asof\">Facts as of \(e(b.asOf.map { Format.dateNoted($0) } ?? "source dates not stated"))</p>\n"
        var nav: [String] = []
        if let index = links.index { nav.append("<li><a href=\"\(index)\">All councils</a></li>") }
        if let pdf = links.pdf(c.slug) { nav.append("<li><a href=\"\(pdf)\">The briefing as a one-page PDF</a></li>") }
        if !nav.isEmpty { h += "<nav aria-label=\"Pages\">\n<ul>\n" + nav.joined(separator: "\n") + "\n</ul>\n</nav>\n" }
        return h + "</div>\n</header>\n"
    }

    /// The page model's two columns: quotes on the left; funding, improvements, context,
    /// concerns and the judgement history on the right.
    private func columns(_ b: Briefing, _ model: PageModel) -> String {
        let c = b.council
        var left = ""
        var right = ""
        for (i, p) in model.panels.enumerated() where p.column == "left" || p.column == "right" {
            let html: String
            switch p.title {
            case PageWording.fundingHeading: html = funding(c)
            case PageWording.historyHeading: html = judgementHistory(c) ?? panel(p, id: "panel-\(i)", c)
            default: html = panel(p, id: "panel-\(i)", c)
            }
            if p.column == "left" { left += html } else { right += html }
        }
        // The PDF had no room for the judgement history; the web page has.
        if model.leftOut.contains(where: { $0.panel == PageWording.historyHeading }), let h = judgementHistory(c) {
            right += h
        }
        return "<div class=\"columns\">\n<div>\n\(left)</div>\n<div>\n\(right)</div>\n</div>\n"
    }

    /// Escapes text for HTML.
    func e<S: StringProtocol>(_ s: S) -> String { HTMLText.escape(s) }
}
