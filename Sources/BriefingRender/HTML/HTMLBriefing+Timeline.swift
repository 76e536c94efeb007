import BriefingModel

/// The inspection history: a chart as inline SVG (its words in `<title>` and `<desc>`, the
/// PDF figure's alternative text), a legend, and every event as a table.
extension HTMLBriefing {
    func timeline(_ c: Council) -> String {
        var h = "<section aria-labelledby=\"history\">\n<h2 id=\"history\">Inspection history</h2>\n"
        guard !c.inspections.isEmpty else { return h + "<p>\(PageWording.noHistory)</p>\n</section>\n" }
        let dated = c.chronology.filter { $0.date != nil }
        if !dated.isEmpty {
            h += "<figure>\n" + chart(dated, alt: TimelineChart.altText(c)) + legend(c.inspections) + "</figure>\n"
        }
        let undated = c.inspections.filter { $0.date == nil }
        if !undated.isEmpty {
            let list = undated.map { x in x.kind.words.lowercased() + (x.grade.map { " (\($0.words.lowercased()))" } ?? "") }
            h += "<p class=\"note\">Not dated in the sources, so not on the chart: \(e(list.joined(separator: "; "))).</p>\n"
        }
        return h + eventsTable(c) + "</section>\n"
    }

    /// The chart: a year axis across the width, one marker per dated event (colour by grade,
    /// shape by kind), events close together stacked in lanes. Horizontal positions are
    /// percentages, so the chart fills any width and its text stays the same size.
    private func chart(_ dated: [Inspection], alt: String) -> String {
        let (lo, hi) = TimelineGeometry.yearRange(dated)
        let pct = { (v: Double) in 2 + (v - Double(lo)) / Double(hi - lo) * 96 }
        var laneEnds: [Double] = []
        var marks: [(x: Double, lane: Int, event: Inspection)] = []
        var crowded = 0
        for x in dated {
            let p = pct(x.date!.fractionalYear)
            var lane = laneEnds.firstIndex { p - $0 >= 4.5 } ?? laneEnds.count
            if lane == Self.lanes {
                crowded += 1
                lane = Self.lanes - 1
            }
            if lane == laneEnds.count { laneEnds.append(p) } else { laneEnds[lane] = p }
            marks.append((p, lane, x))
        }
        let axisY = 34
        let lanes = max(1, laneEnds.count)
        let height = axisY + lanes * 20 + 20
        let faint = theme.color("faint").hex
        var svg = "<svg role=\"img\" aria-labelledby=\"chart-title chart-desc\" width=\"100%\" height=\"\(height)\">\n"
        svg += "<title id=\"chart-title\">Inspection timeline</title>\n<desc id=\"chart-desc\">\(e(alt))</desc>\n"
        svg += "<line x1=\"2%\" x2=\"98%\" y1=\"\(axisY)\" y2=\"\(axisY)\" stroke=\"\(faint)\" stroke-width=\"1.5\"/>\n"
        let step = hi - lo > 8 ? 2 : 1
        for year in lo...hi {
            let x = f(pct(Double(year)))
            svg += "<line x1=\"\(x)%\" x2=\"\(x)%\" y1=\"\(axisY - 5)\" y2=\"\(axisY + 5)\" stroke=\"\(faint)\"/>\n"
            if year < hi, (year - lo) % step == 0 {
                svg +=
                    "<text x=\"\(f(pct(Double(year) + 0.5)))%\" y=\"\(height - 4)\" text-anchor=\"middle\" font-size=\"12\" fill=\"\(theme.color("muted").hex)\">\(year)</text>\n"
            }
        }
        for m in marks { svg += marker(m.event, x: m.x, y: axisY + m.lane * 20) }
        svg += labels(marks.filter { $0.lane == 0 }.map { ($0.x, $0.event) }, y: axisY - 14) + "</svg>\n"
        if crowded > 0 {
            let events = crowded == 1 ? "1 event is" : "\(crowded) events are"
            svg += "<p class=\"note\">Crowded years: \(events) drawn over others; the table lists every one.</p>\n"
        }
        return svg
    }

    /// Rows of markers below the axis before close events are drawn over each other.
    static var lanes: Int { 4 }

    /// The grade (or the visit's kind) over the markers on the axis that have room for it, the
    /// latest first. The
    /// room is reckoned for the narrowest chart that shows labels (40rem, about 600 px, at
    /// 6.6 px a character of 12 px Inter); a phone's chart shows none (the CSS hides them), and
    /// the legend and the table say it all there.
    private func labels(_ marks: [(x: Double, event: Inspection)], y: Int) -> String {
        var out = ""
        // From the latest back, so the inspection the page leads with always has its label.
        var nextStart = 200.0
        for (p, x) in marks.reversed() {
            let words =
                x.kind != .fullInspection
                ? x.kind.words : x.grade?.words ?? (x.judgements.isEmpty ? TimelineChart.ungradedLabel(x) : "No overall grade")
            let half = Double(words.count) * 6.6 / 600 * 100 / 2
            let anchor = p < half + 2 ? "start" : (p > 98 - half ? "end" : "middle")
            let (start, end) =
                anchor == "start" ? (p, p + 2 * half) : (anchor == "end" ? (p - 2 * half, p) : (p - half, p + half))
            guard end <= nextStart - 1.5 else { continue }
            nextStart = start
            out +=
                "<text class=\"tl-label\" x=\"\(f(p))%\" y=\"\(y)\" text-anchor=\"\(anchor)\" font-size=\"12\" fill=\"\(theme.color("ink").hex)\">\(e(words))</text>\n"
        }
        return out
    }

    /// One event's marker, with its words as a tooltip.
    private func marker(_ x: Inspection, x p: Double, y: Int) -> String {
        let fill = theme.color(for: x.grade).hex
        let paper = theme.color("paper").hex
        let shape: String =
            switch TimelineChart.shape(for: x.kind) {
            case .circle: "<circle r=\"7\""
            case .diamond: "<path d=\"M0 -8L8 0L0 8L-8 0Z\""
            default: "<path d=\"M0 -8L8 6H-8Z\""
            }
        let words = Format.dateNoted(x.date) + ": " + x.kind.words.lowercased() + ", " + gradeWords(x).lowercased()
        return
            "<svg x=\"\(f(p))%\" y=\"\(y)\" width=\"1\" height=\"1\" overflow=\"visible\">\(shape) fill=\"\(fill)\" stroke=\"\(paper)\" stroke-width=\"1.5\"><title>\(e(words))</title></\(shape.contains("circle") ? "circle" : "path")></svg>\n"
    }

    /// What the shapes and colours mean, in words, as the PDF's legend says it.
    private func legend(_ events: [Inspection]) -> String {
        var entries: [(String, String)] = []
        for k in Inspection.Kind.allCases where events.contains(where: { $0.kind == k }) {
            let shape = ["circle", "diamond", "triangle"][Inspection.Kind.allCases.firstIndex(of: k)!]
            entries.append(("<span class=\"sw \(shape)\"></span>", k.words))
        }
        for g in Grade.allCases.reversed() where events.contains(where: { $0.grade == g }) {
            entries.append(("<span class=\"sw \(HTMLText.gradeClass(g))\"></span>", g.words))
        }
        if events.contains(where: { $0.grade == nil && $0.kind != .fullInspection }) {
            entries.append(("<span class=\"sw\"></span>", "Visit, not graded"))
        }
        let ungraded = Set(events.filter { $0.grade == nil && $0.kind == .fullInspection }.map(TimelineChart.ungradedLabel))
        for label in ungraded.sorted() { entries.append(("<span class=\"sw\"></span>", label)) }
        return "<ul class=\"legend\" aria-label=\"Key\">\n" + entries.map { "<li>\($0.0)\(e($0.1))</li>\n" }.joined() + "</ul>\n"
    }

    /// Every inspection and visit, oldest first, with its grade or judgements.
    private func eventsTable(_ c: Council) -> String {
        var h = "<table class=\"stack\">\n<caption>Every inspection and visit in the sources, oldest first</caption>\n"
        h +=
            "<thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Kind</th><th scope=\"col\">Overall grade</th><th scope=\"col\">Judgements</th><th scope=\"col\">Framework</th></tr></thead>\n<tbody>\n"
        for x in c.chronology {
            let judgements = x.judgements.isEmpty ? "–" : x.judgements.map(\.words).joined(separator: "; ")
            h += "<tr><td><strong>\(e(Format.dateNoted(x.date)))</strong></td><td data-label=\"Kind\">\(e(x.kind.words))</td>"
            h += "<td data-label=\"Overall grade\">\(e(gradeWords(x)))</td><td data-label=\"Judgements\">\(e(judgements))</td>"
            h += "<td data-label=\"Framework\">\(e(x.framework ?? "–"))</td></tr>\n"
        }
        return h + "</tbody>\n</table>\n"
    }

    /// An event's overall grade in words, or why it has none.
    private func gradeWords(_ x: Inspection) -> String {
        if let g = x.grade { return g.words }
        if x.kind != .fullInspection { return "Not graded" }
        return x.judgements.isEmpty ? (x.gradeNote ?? "Grade not stated") : "No overall grade"
    }

    /// How each judgement moved, as a table: a row per area the latest inspection judged, a
    /// column per inspection (the PDF's last four that gave judgements); nil with fewer than two.
    func judgementHistory(_ c: Council) -> String? {
        let judged = Array(c.judgedInspections.filter { !$0.judgements.isEmpty }.suffix(4))
        guard judged.count >= 2, let latest = judged.last else { return nil }
        var h = "<section aria-labelledby=\"judgement-history\">\n"
        h += "<h2 id=\"judgement-history\">\(e(PageWording.historyHeading))</h2>\n<table class=\"stack\">\n"
        h += "<caption>History: each judgement at the last \(judged.count) inspections that gave judgements</caption>\n"
        h += "<thead><tr><th scope=\"col\">Judgement</th>"
        for x in judged { h += "<th scope=\"col\">\(e(x.date.map(Format.shortDate) ?? "Date not stated"))</th>" }
        h += "</tr></thead>\n<tbody>\n"
        for j in latest.judgements {
            h += "<tr><th scope=\"row\">\(e(Format.sentenceCase(j.area)))</th>"
            for x in judged {
                let g = x.judgements.first { $0.area == j.area }?.grade
                h +=
                    "<td data-label=\"\(e(x.date.map(Format.shortDate) ?? "Date not stated"))\">"
                    + (g.map { HTMLText.chip($0) } ?? "<span aria-hidden=\"true\">–</span><span class=\"vh\">Not judged</span>")
                    + "</td>"
            }
            h += "</tr>\n"
        }
        return h + "</tbody>\n</table>\n</section>\n"
    }

    /// A percentage with at most two decimals.
    private func f(_ v: Double) -> String {
        let r = (v * 100).rounded() / 100
        return r == r.rounded() ? String(Int(r)) : String(r)
    }
}
