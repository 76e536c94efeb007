import BriefingModel

/// The banner: the latest inspection's overall grade, or its judgements where it gave none,
/// each in its colour and in words, and what came before, labelled as history.
extension HTMLBriefing {
    func rating(_ c: Council) -> String {
        if let latest = c.latestInspection, latest.grade == nil { return judgementsOnly(latest, council: c) }
        var h = "<section class=\"banner\" aria-labelledby=\"rating\">\n<div class=\"lead\">\n"
        h += "<h2 id=\"rating\">Overall effectiveness</h2>\n"
        guard let r = c.rating else {
            let why = c.inspections.isEmpty ? PageWording.noInspections : "No overall grade is given in the sources."
            return h
                + "<p>\(HTMLText.chip(nil, PageWording.gradeNotKnown, big: true))</p>\n<p>\(e(why))</p>\n</div>\n</section>\n"
        }
        h += "<p>\(HTMLText.chip(r.grade, big: true))</p>\n"
        h += "<p class=\"when\">\(e(when(r.latest)))</p>\n"
        h += "<p>\(direction(r))</p>\n</div>\n<div>\n"
        if r.latest.judgements.isEmpty {
            h += "<p class=\"muted\">\(PageWording.noSubJudgements)</p>\n"
        } else {
            h += "<h3>The judgements</h3>\n<ul class=\"judgements\">\n"
            for j in r.latest.judgements {
                h += "<li><span class=\"area\">\(e(Format.sentenceCase(j.area)))</span> \(HTMLText.chip(j.grade))</li>\n"
            }
            h += "</ul>\n"
        }
        if let f = r.latest.finding { h += "<p>\(e(PageWording.inspectorsFound + f))</p>\n" }
        return h + "</div>\n</section>\n"
    }

    /// The latest inspection's judgements, each with its direction, when it gave no overall
    /// grade; the older overall grade as history.
    private func judgementsOnly(_ latest: LatestInspection, council c: Council) -> String {
        let x = latest.inspection
        var h = "<section class=\"banner\" aria-labelledby=\"rating\">\n<div class=\"lead\">\n"
        h += "<h2 id=\"rating\">Ofsted’s judgements</h2>\n"
        h += "<p>\(HTMLText.chip(nil, "No overall grade", big: true))</p>\n"
        h += "<p class=\"when\">\(e(when(x)))</p>\n"
        h += "<p>\(e(PageWording.noOverallGradeSince2026(judgements: latest.moves.count)))</p>\n"
        if let r = c.rating { h += "<p class=\"muted\">\(e(PageWording.lastOverallGrade(r))).</p>\n" }
        h += "</div>\n<div>\n<h3>The judgements</h3>\n<ul class=\"judgements\">\n"
        for m in latest.moves {
            h += "<li><span class=\"area\">\(e(Format.sentenceCase(m.area)))</span> \(HTMLText.chip(m.grade))"
            h += "<span class=\"move\">\(e(PageWording.judgementMove(m)))</span></li>\n"
        }
        h += "</ul>\n"
        if let f = x.finding { h += "<p>\(e(PageWording.inspectorsFound + f))</p>\n" }
        return h + "</div>\n</section>\n"
    }

    /// "Full inspection (ILACS standard), 12 May 2025".
    private func when(_ x: Inspection) -> String {
        var when = x.kind.words
        if let f = x.framework { when += " (\(f))" }
        return when + ", " + Format.dateNoted(x.date)
    }

    /// The direction since the grade before, its arrow hidden from screen readers (the words say it).
    private func direction(_ r: Rating) -> String {
        let (direction, words) = PageWording.direction(r)
        let arrow: String? =
            switch direction {
            case .improved: "▲"
            case .declined: "▼"
            case .unchanged: "►"
            case nil: nil
            }
        return (arrow.map { "<span aria-hidden=\"true\">\($0)</span> " } ?? "") + e(words)
    }
}
