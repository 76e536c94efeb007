import BriefingModel

/// The briefing as one self-contained, semantic HTML page: headings, lists, a table for the
/// timeline, quotes as blockquotes. For screen-reader users, and as an email's HTML body. Its
/// quotes, concerns, improvements and judgement history are the PDF's, from the page model
/// (``PageModel``), so both tell the same; without one (a page that cannot be laid out) it shows
/// every fact in full. In the theme's colours and the page's words (``PageWording``).
struct HTMLBriefing {
    let theme: Theme

    /// The page; `prelude`, an HTML fragment, is placed first in the body (an email's greeting).
    func html(for b: Briefing, model: PageModel, prelude: String = "") -> String {
        let c = b.council
        var h = """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(e(c.name)): children’s services inspection briefing</title>
            <style>
            body{font-family:\(theme.fontFamily),"DejaVu Sans",Arial,sans-serif;color:\(css("ink"));line-height:1.45;max-width:46rem;margin:2rem auto;padding:0 1rem}
            h1{margin-bottom:.2rem}h2{color:\(css("heading"));font-size:1rem;text-transform:uppercase;letter-spacing:.04em;margin-top:2rem}
            .meta,.note,footer{color:\(css("muted"))}table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid \(css("rule"))}
            blockquote{margin:1rem 0;padding:.5rem 1rem;background:\(css("panel"));border-left:4px solid \(css("heading"))}blockquote p{margin:.2rem 0}
            .grade{font-size:1.4rem;font-weight:600}
            </style>
            </head>
            <body>
            \(prelude)<header>
            <h1>\(e(c.name))</h1>

            """
        var place = ["Children’s services inspection briefing"]
        if let r = c.region { place.append(r) }
        if let t = c.councilType { place.append(t.rawValue) }
        h += "<p class=\"meta\">\(place.map(e).joined(separator: " · "))</p>\n"
        h +=
            "<p class=\"meta\">Facts as of \(e(b.asOf.map { Format.dateNoted($0) } ?? "source dates not stated"))</p>\n</header>\n<main>\n"
        h += rating(c)
        if let verdict = model.panels.first(where: { $0.title == PageWording.verdictHeading }) {
            h += panel(verdict, id: "verdict")
        }
        h += timeline(c)
        if !b.neighbours.isEmpty || b.national != nil { h += neighbours(b) }
        let columns = model.panels.filter { $0.column == "left" || $0.column == "right" }
        for (i, p) in columns.enumerated() {
            h += p.title == PageWording.fundingHeading ? funding(c) : panel(p, id: "panel-\(i)")
        }
        h += "</main>\n" + sources(c) + "</body>\n</html>\n"
        return h
    }

    private func rating(_ c: Council) -> String {
        if let latest = c.latestInspection, latest.grade == nil { return judgementsOnly(latest, council: c) }
        var h = "<section aria-labelledby=\"rating\">\n<h2 id=\"rating\">Overall effectiveness</h2>\n"
        guard let r = c.rating else {
            let why =
                c.inspections.isEmpty
                ? PageWording.noInspections : "No overall grade is given in the sources."
            return h + "<p class=\"grade\">\(PageWording.gradeNotKnown)</p>\n<p>\(e(why))</p>\n</section>\n"
        }
        h += "<p class=\"grade\">\(e(r.grade.words))</p>\n"
        var when = r.latest.kind.words
        if let f = r.latest.framework { when += " (\(f))" }
        h += "<p>\(e(when + ", " + Format.dateNoted(r.latest.date)))</p>\n"
        h += "<p>\(e(PageWording.directionLine(r)))</p>\n"
        if let f = r.latest.finding { h += "<p>\(e(PageWording.inspectorsFound + f))</p>\n" }
        if r.latest.judgements.isEmpty {
            h += "<p>\(PageWording.noSubJudgements)</p>\n"
        } else {
            h +=
                "<ul>\n"
                + r.latest.judgements.map {
                    "<li>\(e(Format.sentenceCase($0.area))): \(e($0.grade.rawValue))</li>\n"
                }.joined() + "</ul>\n"
        }
        return h + "</section>\n"
    }

    private func timeline(_ c: Council) -> String {
        var h = "<section aria-labelledby=\"history\">\n<h2 id=\"history\">Inspection history</h2>\n"
        guard !c.inspections.isEmpty else {
            return h + "<p>\(PageWording.noHistory)</p>\n</section>\n"
        }
        h += "<table>\n<caption class=\"note\">\(e(TimelineChart.altText(c)))</caption>\n"
        h +=
            "<thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Kind</th><th scope=\"col\">Overall grade</th><th scope=\"col\">Judgements</th><th scope=\"col\">Framework</th></tr></thead>\n<tbody>\n"
        for x in c.chronology {
            let grade = x.grade?.words ?? (x.kind == .fullInspection ? (x.gradeNote ?? "Grade not stated") : "Not graded")
            let judgements =
                x.judgements.isEmpty ? "–" : x.judgements.map(\.words).joined(separator: "; ")
            h +=
                "<tr><td>\(e(Format.dateNoted(x.date)))</td><td>\(e(x.kind.words))</td><td>\(e(grade))</td><td>\(e(judgements))</td><td>\(e(x.framework ?? "–"))</td></tr>\n"
        }
        return h + "</tbody>\n</table>\n</section>\n"
    }

    private func neighbours(_ b: Briefing) -> String {
        var h = "<section aria-labelledby=\"neighbours\">\n<h2 id=\"neighbours\">Statistical neighbours</h2>\n<ul>\n"
        for n in b.neighbours { h += "<li>\(e(n.name)): \(e(PageWording.neighbourWords(n)))</li>\n" }
        h += "</ul>\n"
        if let s = b.national { h += "<p>\(e(PageWording.national(s, council: b.council.name)))</p>\n" }
        return h + "</section>\n"
    }

    private func funding(_ c: Council) -> String {
        var h = "<section aria-labelledby=\"funding\">\n<h2 id=\"funding\">Action-plan funding</h2>\n"
        if c.funding.isEmpty { return h + "<p>\(PageWording.noFunding)</p>\n</section>\n" }
        h +=
            "<table>\n<thead><tr><th scope=\"col\">What for</th><th scope=\"col\">Amount</th><th scope=\"col\">One-off or recurring</th></tr></thead>\n<tbody>\n"
        for f in c.funding {
            h += "<tr><td>\(e(f.label))</td><td>\(e(Format.money(f.amount)))</td><td>\(e(f.recurrence.rawValue))</td></tr>\n"
        }
        h += "</tbody>\n</table>\n<p>\(e(FundingFigures.totals(c.funding)))</p>\n"
        return h + "</section>\n"
    }

    /// One panel of the page model: quotes as blockquotes, a single sentence of the page's own
    /// words as a paragraph, anything else as a list.
    private func panel(_ p: PageModel.Panel, id: String) -> String {
        var h = "<section aria-labelledby=\"\(id)\">\n<h2 id=\"\(id)\">\(e(p.title))</h2>\n"
        let quotes = p.items.compactMap(\.quote)
        if p.items.count == 1, p.items[0].source == nil {
            h += "<p>\(e(p.items[0].text))</p>\n"
        } else if quotes.count == p.items.count {
            for q in quotes {
                let label = QuotePanel.label(q).lowercased()
                h +=
                    "<blockquote>\n<p>“\(e(q.text))”</p>\n<footer>— \(e(QuotePanel.attribution(q))), \(e(label)) · \(e(Format.dateNoted(q.date)))</footer>\n</blockquote>\n"
            }
        } else {
            h += "<ul>\n" + p.items.map { "<li>\(e($0.text))</li>\n" }.joined() + "</ul>\n"
        }
        if let note = p.note { h += "<p class=\"note\">\(e(note))</p>\n" }
        return h + "</section>\n"
    }

    private func sources(_ c: Council) -> String {
        var h = "<footer>\n<h2>Sources</h2>\n<ol>\n"
        for s in c.sources {
            h +=
                "<li>“\(e(s.headline))”, \(e(s.publisher ?? "publisher not stated")), \(e(s.date.map { Format.dateNoted($0) } ?? "date not stated"))</li>\n"
        }
        let nothing = PageWording.nothingRecorded(for: c).map { "<p>\(e($0))</p>\n" } ?? ""
        return h + "</ol>\n" + nothing + "<p>\(PageWording.inferredNote)</p>\n</footer>\n"
    }

    /// Escapes text for HTML.
    private func e<S: StringProtocol>(_ s: S) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(ch)
            }
        }
        return out
    }

    /// A theme colour as CSS (`#16202A`).
    private func css(_ name: String) -> String { theme.color(name).hex }

    /// The latest inspection's judgements, each with its direction, when it gave no overall
    /// grade; the older overall grade as history.
    private func judgementsOnly(_ latest: LatestInspection, council c: Council) -> String {
        let x = latest.inspection
        var h = "<section aria-labelledby=\"rating\">\n<h2 id=\"rating\">Ofsted’s judgements</h2>\n"
        var when = x.kind.words
        if let f = x.framework { when += " (\(f))" }
        h +=
            "<p>\(e(when + ", " + Format.dateNoted(x.date)))</p>\n<p>\(e(PageWording.noOverallGradeSince2026(judgements: latest.moves.count)))</p>\n<ul>\n"
        for m in latest.moves {
            let area = Format.sentenceCase(m.area)
            h +=
                "<li>\(e(area)): <strong>\(e(m.grade.rawValue))</strong> (\(e(PageWording.judgementMove(m).lowercased())))</li>\n"
        }
        h += "</ul>\n"
        if let r = c.rating { h += "<p>\(e(PageWording.lastOverallGrade(r))).</p>\n" }
        if let f = x.finding { h += "<p>\(e(PageWording.inspectorsFound + f))</p>\n" }
        return h + "</section>\n"
    }
}
