import BriefingModel

/// What the composer chose for one page: the quotes in each column, the right column's level
/// and where the judgement history went. ``PageModel`` is built from it.
struct PageChoices: Sendable {
    enum HistoryPlace: Sendable { case right, left, none }
    var quotes: [Quote] = []
    var quotesOffered: [Quote] = []
    var concerns: [Quote] = []
    var concernsOffered: [Quote] = []
    var side = FitPolicy.side[0]
    var history = HistoryPlace.none
    /// Whether quotes were cut short (not even one whole quote fitted).
    var cut = false
}

extension PageModel {
    init(_ b: Briefing, choices: PageChoices) {
        let c = b.council
        slug = c.slug
        council = c.name
        asOf = b.asOf?.iso
        latestInspection = c.latestInspection.map(Latest.init)
        panels = Self.top(b) + Self.left(b, choices) + Self.right(b, choices)
        panels.append(
            Panel(
                title: "Sources", history: false, column: "footer",
                items: c.sources.map { s in
                    Item(text: "“\(s.headline)”, " + (s.publisher ?? "publisher not stated"), date: s.date, source: s.id)
                }))
        leftOut = Self.leftOut(b, choices)
    }

    private static func top(_ b: Briefing) -> [Panel] {
        let c = b.council
        var out = banner(c)
        if let v = c.quotes.first(where: { $0.finding == .verdict }) {
            out.append(Panel(title: "Inspectors’ verdict", history: false, column: "top", items: [item(v)]))
        }
        let events = c.chronology.map { x in
            Item(text: "\(x.kind.words): " + (x.grade?.words ?? x.gradeNote ?? "not graded"), date: x.date, source: x.source)
        }
        out.append(Panel(title: "Inspection history", history: true, column: "top", items: events))
        if !b.neighbours.isEmpty {
            let items = b.neighbours.map { n in
                let words = n.grade?.words ?? "no overall grade; " + n.judgements.map(\.words).joined(separator: ", ")
                return Item(text: "\(n.name): \(words)", date: n.date)
            }
            out.append(Panel(title: "Statistical neighbours", history: false, column: "top", items: items))
        }
        if let s = b.national {
            out.append(
                Panel(
                    title: "Nationally", history: false, column: "top",
                    items: [Item(text: PageWording.national(s, council: c.name))]))
        }
        return out
    }

    /// The banner: the latest inspection's grade or judgements, and the grade before as history.
    private static func banner(_ c: Council) -> [Panel] {
        guard let latest = c.latestInspection else {
            return [
                Panel(
                    title: "Overall effectiveness", history: false, column: "top", items: [Item(text: PageWording.gradeNotKnown)])
            ]
        }
        var out: [Panel] = []
        let x = latest.inspection
        var items: [Item] = []
        if let g = x.grade { items.append(Item(text: "Overall effectiveness: " + g.words, date: x.date, source: x.source)) }
        items += latest.moves.map { m in
            Item(
                text: "\(Format.sentenceCase(m.area)): \(m.grade.words.lowercased())"
                    + (x.grade == nil ? " (" + PageWording.judgementMove(m).lowercased() + ")" : ""),
                date: x.date, source: x.source)
        }
        if x.grade == nil { items.append(Item(text: PageWording.noOverallGradeSince2026)) }
        out.append(
            Panel(
                title: x.grade == nil ? "Ofsted’s judgements" : "Overall effectiveness", history: false, column: "top",
                items: items))
        if let r = c.rating {
            let words = x.grade == nil ? PageWording.lastOverallGrade(r) : PageWording.direction(r).words
            out.append(
                Panel(
                    title: "Before", history: true, column: "top",
                    items: [
                        Item(
                            text: words, date: r.previous?.date ?? r.latest.date,
                            source: r.previous?.source ?? r.latest.source)
                    ]))
        }
        return out
    }

    private static func left(_ b: Briefing, _ k: PageChoices) -> [Panel] {
        let title =
            b.council.quotes.contains { $0.finding != nil } ? "What inspectors found" : "What inspectors and the council said"
        var items = k.quotes.map(item)
        if items.isEmpty { items = [Item(text: b.missingReport.map(PageWording.reportMissing) ?? PageWording.noQuotes)] }
        var out = [Panel(title: title, history: false, column: "left", items: items)]
        if k.history == .left, let h = history(b.council) {
            out.append(Panel(title: h.title, history: true, column: "left", items: h.items))
        }
        return out
    }

    private static func right(_ b: Briefing, _ k: PageChoices) -> [Panel] {
        let c = b.council
        var out: [Panel] = []
        if !c.funding.isEmpty {
            let shown = c.funding.count <= 2 ? c.funding : Array(c.funding.prefix(k.side.fundingLimit))
            out.append(
                Panel(
                    title: "Action-plan funding", history: false, column: "right",
                    items: shown.map {
                        Item(
                            text: "\($0.label): \(Format.money($0.amount)), \($0.recurrence.rawValue)", date: $0.date,
                            source: $0.source)
                    }))
        }
        let improvements = c.improvements.prefix(k.side.improvementLimit).map {
            Item(text: $0.text, date: $0.date, source: $0.source)
        }
        out.append(
            Panel(
                title: "What must improve", history: false, column: "right",
                items: improvements.isEmpty ? [Item(text: PageWording.noImprovements)] : Array(improvements)))
        if k.side.showContext, !(c.context.isEmpty && c.leaders.isEmpty) {
            var items = c.context.prefix(k.side.contextLimit).map {
                Item(text: "\($0.topic.rawValue.capitalized): \($0.text)", date: $0.date, source: $0.source)
            }
            items += c.leaders.prefix(6).map { Item(text: "\($0.name), \($0.role)", source: $0.source) }
            out.append(Panel(title: "Context", history: false, column: "right", items: items))
        }
        if !k.concerns.isEmpty {
            out.append(Panel(title: PageWording.concernsHeading, history: false, column: "right", items: k.concerns.map(item)))
        }
        if k.history == .right, let h = history(c) {
            out.append(Panel(title: h.title, history: true, column: "right", items: h.items))
        }
        return out
    }

    private static func leftOut(_ b: Briefing, _ k: PageChoices) -> [LeftOut] {
        let c = b.council
        let room = "did not fit on the page whole"
        var out: [LeftOut] = []
        let quotes = k.quotesOffered.filter { !k.quotes.contains($0) }
        if !quotes.isEmpty { out.append(LeftOut(panel: "What inspectors found", items: quotes.map(item), reason: room)) }
        if k.cut {
            out.append(
                LeftOut(
                    panel: "What inspectors found", items: k.quotes.map(item),
                    reason: "shown cut short: not even one quote fitted whole"))
        }
        let concerns = k.concernsOffered.filter { !k.concerns.contains($0) }
        if !concerns.isEmpty { out.append(LeftOut(panel: PageWording.concernsHeading, items: concerns.map(item), reason: room)) }
        let improvements = c.improvements.dropFirst(k.side.improvementLimit)
        if !improvements.isEmpty {
            out.append(
                LeftOut(
                    panel: "What must improve", items: improvements.map { Item(text: $0.text, date: $0.date, source: $0.source) },
                    reason: room + "; the page counts them"))
        }
        let context = k.side.showContext ? c.context.dropFirst(k.side.contextLimit) : c.context[...]
        if !context.isEmpty {
            out.append(
                LeftOut(
                    panel: "Context", items: context.map { Item(text: $0.text, date: $0.date, source: $0.source) }, reason: room))
        }
        if k.history == .none, let h = history(c) {
            out.append(LeftOut(panel: h.title, items: h.items, reason: "did not fit in either column"))
        }
        return out
    }

    private static func item(_ q: Quote) -> Item {
        Item(text: q.text, date: q.date, source: q.source, kind: q.finding?.rawValue ?? q.voice.rawValue)
    }

    private static func history(_ c: Council) -> (title: String, items: [Item])? {
        let rows = JudgementHistory.rows(for: c)
        return rows.isEmpty ? nil : ("How each judgement moved", rows.map { Item(text: $0) })
    }
}

extension PageModel.Latest {
    init(_ latest: LatestInspection) {
        let x = latest.inspection
        date = x.date?.iso
        dateInferred = x.date?.isInferred ?? false
        kind = x.kind.rawValue
        framework = x.framework
        overallGrade = x.grade?.rawValue
        judgements = latest.moves.map {
            PageModel.JudgementItem(area: $0.area, grade: $0.grade.rawValue, previous: $0.previous?.rawValue)
        }
        source = x.source
    }
}
