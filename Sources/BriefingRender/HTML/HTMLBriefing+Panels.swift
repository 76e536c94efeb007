import BriefingModel

/// The page model's panels, the funding table, the neighbours and the sources.
extension HTMLBriefing {
    /// One panel of the page model: quotes as blockquotes, a single sentence of the page's own
    /// words as a paragraph, anything else as a list.
    func panel(_ p: PageModel.Panel, id: String, _ c: Council, css: String? = nil) -> String {
        var h = "<section\(css.map { " class=\"\($0)\"" } ?? "") aria-labelledby=\"\(id)\">\n"
        h += "<h2 id=\"\(id)\">\(e(p.title))</h2>\n"
        let quotes = p.items.compactMap(\.quote)
        if p.items.count == 1, p.items[0].source == nil {
            h += "<p>\(e(p.items[0].text))</p>\n"
        } else if quotes.count == p.items.count {
            for q in quotes {
                let label = QuotePanel.label(q).lowercased()
                h += "<blockquote class=\"\(q.voice.rawValue)\">\n<p>“\(e(q.text))”</p>\n"
                h +=
                    "<footer>— \(e(QuotePanel.attribution(q))), \(e(label)) · \(e(Format.dateNoted(q.date)))</footer>\n</blockquote>\n"
            }
        } else {
            h += "<ul class=\"plain\">\n" + p.items.map { "<li>\(e($0.text))</li>\n" }.joined() + "</ul>\n"
        }
        if let note = p.note { h += "<p class=\"note\">\(e(note))</p>\n" }
        return h + "</section>\n"
    }

    /// Every funding line and the totals, as a table.
    func funding(_ c: Council) -> String {
        var h = "<section aria-labelledby=\"funding\">\n<h2 id=\"funding\">\(PageWording.fundingHeading)</h2>\n"
        if c.funding.isEmpty { return h + "<p>\(PageWording.noFunding)</p>\n</section>\n" }
        h += "<table class=\"stack\">\n<caption>What the council has put behind its plan, as the sources state it</caption>\n"
        h +=
            "<thead><tr><th scope=\"col\">What for</th><th scope=\"col\" class=\"num\">Amount</th><th scope=\"col\">One-off or recurring</th></tr></thead>\n<tbody>\n"
        for f in c.funding {
            h +=
                "<tr><td><strong>\(e(f.label))</strong></td><td class=\"num\" data-label=\"Amount\">\(e(Format.money(f.amount)))</td><td data-label=\"One-off or recurring\">\(e(PageWording.recurrence(f)))</td></tr>\n"
        }
        h += "</tbody>\n</table>\n<p class=\"total\">\(e(FundingFigures.totals(c.funding)))</p>\n"
        return h + "</section>\n"
    }

    /// The neighbours as the PDF's strip shows them, each linked to its own page where `links`
    /// allows, with its grade in colour and words; then where the council stands nationally.
    func neighbours(_ b: Briefing) -> String {
        let title = b.neighbours.isEmpty ? "Nationally" : "Statistical neighbours"
        var h = "<section aria-labelledby=\"neighbours\">\n<h2 id=\"neighbours\">\(title)</h2>\n"
        if !b.neighbours.isEmpty {
            h += "<ul class=\"neighbours\">\n"
            for n in b.neighbours.prefix(NeighboursStrip.shown) {
                let name = n.slug.flatMap(links.council).map { "<a href=\"\($0)\">\(e(n.name))</a>" } ?? e(n.name)
                let grade = n.judgements.isEmpty ? n.grade?.words ?? "No overall grade" : "No overall grade"
                h += "<li><span class=\"name\">\(name)</span>\(HTMLText.chip(n.grade, grade))"
                if let d = n.date { h += " <span class=\"muted\">\(e(Format.dateNoted(d)))</span>" }
                if !n.judgements.isEmpty {
                    h += "<span class=\"note\">\(e(n.judgements.map(\.words).joined(separator: ", ")))</span>"
                }
                h += "</li>\n"
            }
            h += "</ul>\n"
        }
        if let s = b.national { h += "<p>\(e(PageWording.national(s, council: b.council.name)))</p>\n" }
        return h + "</section>\n"
    }

    /// Where every fact comes from, and what the sources do not record.
    func sources(_ c: Council) -> String {
        var h = "<footer class=\"sources\">\n<div class=\"wrap\">\n<h2>Sources</h2>\n<ol>\n"
        for s in c.sources {
            h +=
                "<li>“\(e(s.headline))”, \(e(s.publisher ?? "publisher not stated")), \(e(s.date.map { Format.dateNoted($0) } ?? "date not stated"))</li>\n"
        }
        let nothing = PageWording.nothingRecorded(for: c).map { "<p>\(e($0))</p>\n" } ?? ""
        return h + "</ol>\n" + nothing + "<p>\(PageWording.inferredNote)</p>\n</div>\n</footer>\n"
    }
}
