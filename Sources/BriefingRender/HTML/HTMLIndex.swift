import BriefingModel

/// The service's front page: every council in a table, filtered and sorted by the query string
/// (a plain GET form and links in the column headers, no script), each council linked to its
/// page and its PDF.
public struct HTMLIndex: Sendable {
    public let theme: Theme

    public init(theme: Theme) { self.theme = theme }

    /// The page for `view` over `all` councils; the region filter offers every region among them.
    public func html(_ all: [CouncilSummary], view: CouncilIndex) -> String {
        let rows = view.rows(all)
        var h = HTMLStyle.head(title: "Children’s services inspections: every council in England", theme: theme)
        h += """
            <a class="skip" href="#main">Skip to the list of councils</a>
            <header class="masthead">
            <div class="wrap">
            <p class="kicker">Children’s services inspection briefings</p>
            <h1>Every council in England</h1>
            <p class="asof">Each council’s latest Ofsted inspection, with a one-page briefing on it.</p>
            </div>
            </header>
            <main id="main" class="wrap">

            """
        h += form(all, view) + table(rows, of: all.count, view)
        return h + "</main>\n</body>\n</html>\n"
    }

    /// The filters and the sort: a GET form with labelled selects (the column headers sort
    /// too, but a phone's narrow table does not show them).
    private func form(_ all: [CouncilSummary], _ view: CouncilIndex) -> String {
        let regions = Set(all.compactMap(\.region)).sorted()
        var h = "<form class=\"filters\" method=\"get\" action=\"/\">\n"
        h += "<div><label for=\"region\">Region</label>\n<select id=\"region\" name=\"region\">\n"
        h += option("", "All regions", view.region == nil)
        for r in regions { h += option(r, r, view.region == r) }
        h += "</select></div>\n<div><label for=\"grade\">Latest grade</label>\n<select id=\"grade\" name=\"grade\">\n"
        h += option("", "All grades", view.grade == nil)
        for g in CouncilIndex.GradeFilter.all {
            h += option(g.value, Self.words(g), view.grade == g)
        }
        h += "</select></div>\n<div><label for=\"sort\">Sort by</label>\n<select id=\"sort\" name=\"sort\">\n"
        for s in CouncilIndex.Sort.allCases { h += option(s.rawValue, Self.columnWords(s).capitalizedFirst, view.sort == s) }
        h += "</select></div>\n<div><label for=\"order\">Order</label>\n<select id=\"order\" name=\"order\">\n"
        h += option("asc", "Ascending", view.ascending) + option("desc", "Descending", !view.ascending)
        h += "</select></div>\n<div><button type=\"submit\">Show councils</button></div>\n"
        if view.region != nil || view.grade != nil {
            h +=
                "<p><a href=\"/\(e(CouncilIndex(sort: view.sort, ascending: view.ascending).query()))\">Clear the filters</a></p>\n"
        }
        return h + "</form>\n"
    }

    /// The table, its caption saying what it shows and how it is sorted.
    private func table(_ rows: [CouncilSummary], of total: Int, _ view: CouncilIndex) -> String {
        var shown = rows.count == total ? "All \(total) councils" : "\(rows.count) of \(total) councils"
        var filters: [String] = []
        if let r = view.region { filters.append("in \(r)") }
        if let g = view.grade {
            filters.append(g == .none ? "with no overall grade" : "latest grade \(Self.words(g).lowercased())")
        }
        if !filters.isEmpty { shown += ", " + filters.joined(separator: ", ") }
        let order = view.ascending ? "ascending" : "descending"
        var h =
            "<table class=\"stack index\">\n<caption>\(e(shown)); sorted by \(Self.columnWords(view.sort)), \(order).</caption>\n"
        h += "<thead><tr>"
        for (sort, title) in [
            (CouncilIndex.Sort.name, "Council"), (.region, "Region"), (.grade, "Latest grade"), (.date, "Inspected"),
        ] {
            h += header(sort, title, view)
        }
        h += "<th scope=\"col\">Briefing</th></tr></thead>\n<tbody>\n"
        for s in rows { h += row(s) }
        if rows.isEmpty { h += "<tr><td colspan=\"5\">No council matches these filters.</td></tr>\n" }
        return h + "</tbody>\n</table>\n"
    }

    /// A column header whose link sorts by it: ascending first, the other way when it is the
    /// column sorted by already.
    private func header(_ sort: CouncilIndex.Sort, _ title: String, _ view: CouncilIndex) -> String {
        let current = view.sort == sort
        let next = current ? !view.ascending : true
        let mark = current ? (view.ascending ? " ▲" : " ▼") : ""
        let aria = current ? " aria-sort=\"\(view.ascending ? "ascending" : "descending")\"" : ""
        let href = "/" + view.query(sort: sort, ascending: next)
        return
            "<th scope=\"col\"\(aria)><a href=\"\(e(href))\">\(title)<span aria-hidden=\"true\">\(mark)</span><span class=\"vh\"> (sort \(next ? "ascending" : "descending"))</span></a></th>"
    }

    private func row(_ s: CouncilSummary) -> String {
        let grade = HTMLText.chip(
            s.latestGrade, s.latestGrade?.words ?? (s.date == nil ? "No inspection recorded" : "No overall grade"))
        let date =
            s.date.flatMap { FactDate(iso: $0) }.map { Format.date($0) + (s.dateInferred ? " (inferred)" : "") } ?? "Not recorded"
        var h = "<tr><th scope=\"row\"><a href=\"/councils/\(s.slug)\">\(e(s.name))</a></th>"
        h += "<td data-label=\"Region\">\(e(s.region ?? "Not recorded"))</td><td data-label=\"Latest grade\">\(grade)</td>"
        h += "<td data-label=\"Inspected\">\(e(date))</td>"
        return h
            + "<td><a href=\"/councils/\(s.slug)/briefing.pdf\">PDF<span class=\"vh\"> briefing on \(e(s.name))</span></a></td></tr>\n"
    }

    private func option(_ value: String, _ label: String, _ selected: Bool) -> String {
        "<option value=\"\(e(value))\"\(selected ? " selected" : "")>\(e(label))</option>\n"
    }

    static func words(_ g: CouncilIndex.GradeFilter) -> String {
        switch g {
        case .grade(let grade): grade.words
        case .none: "No overall grade"
        }
    }

    static func columnWords(_ s: CouncilIndex.Sort) -> String {
        switch s {
        case .name: "council"
        case .region: "region"
        case .grade: "latest grade"
        case .date: "date of latest inspection"
        }
    }

    private func e<S: StringProtocol>(_ s: S) -> String { HTMLText.escape(s) }
}

extension String {
    fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
