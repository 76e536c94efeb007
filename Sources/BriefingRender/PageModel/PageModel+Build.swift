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

    /// Everything, whole: for an HTML twin whose page could not be laid out.
    static func everything(_ c: Council) -> PageChoices {
        let all = FitPolicy.Side(
            fundingLimit: c.funding.count, improvementLimit: c.improvements.count, contextLimit: max(c.context.count, 1))
        let quotes = c.quotes.filter { $0.finding != .verdict && $0.finding != .concern }
        let concerns = c.quotes.filter { $0.finding == .concern }
        return PageChoices(
            quotes: QuotePanel.readingOrder(quotes), quotesOffered: quotes, concerns: concerns, concernsOffered: concerns,
            side: all, history: .right)
    }
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
                } + (PageWording.nothingRecorded(for: c).map { [Item(text: $0)] } ?? [])))
        leftOut = Self.leftOut(b, choices)
    }

    private static func top(_ b: Briefing) -> [Panel] {
        let c = b.council
        var out = banner(c)
        if let v = c.quotes.first(where: { $0.finding == .verdict }) {
            out.append(Panel(title: PageWording.verdictHeading, history: false, column: "top", items: [item(v)]))
        }
        let events = c.chronology.map { x in
            Item(text: "\(x.kind.words): " + (x.grade?.words ?? x.gradeNote ?? "not graded"), date: x.date, source: x.source)
        }
        out.append(Panel(title: "Inspection history", history: true, column: "top", items: events))
        if !b.neighbours.isEmpty {
            let items = b.neighbours.prefix(NeighboursStrip.shown).map { n in
                Item(text: "\(n.name): \(PageWording.neighbourWords(n))", date: n.date)
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
        if x.grade == nil { items.append(Item(text: PageWording.noOverallGradeSince2026(judgements: latest.moves.count))) }
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
        var items = k.quotes.map(item)
        if items.isEmpty {
            let offered = k.quotesOffered.count
            items = [Item(text: offered > 0 ? PageWording.quotesTooLong(offered) : PageWording.noQuotes(for: b))]
        }
        var out = [Panel(title: PageWording.quotesHeading(b.council), history: false, column: "left", items: items)]
        if k.history == .left, let h = history(b.council, column: "left") { out.append(h) }
        return out
    }

    private static func right(_ b: Briefing, _ k: PageChoices) -> [Panel] {
        let c = b.council
        var out: [Panel] = []
        if !c.funding.isEmpty {
            let shown = FundingFigures.shown(c.funding, limit: k.side.fundingLimit)
            out.append(Panel(title: PageWording.fundingHeading, history: false, column: "right", items: shown.map(item)))
        }
        let improvements = c.improvements.prefix(k.side.improvementLimit).map(item)
        out.append(
            Panel(
                title: PageWording.improvementsHeading, history: false, column: "right",
                items: improvements.isEmpty ? [Item(text: PageWording.noImprovements)] : improvements,
                note: ImprovementList.note(for: c, limit: k.side.improvementLimit)))
        if k.side.showContext, !(c.context.isEmpty && c.leaders.isEmpty) {
            var items = c.context.prefix(k.side.contextLimit).map(item)
            if items.isEmpty { items = [Item(text: PageWording.noContext)] }
            if let names = PageWording.namedLeaders(ContextPanel.leaders(c)) { items.append(Item(text: names)) }
            out.append(Panel(title: PageWording.contextHeading, history: false, column: "right", items: items))
        }
        if !k.concerns.isEmpty {
            out.append(Panel(title: PageWording.concernsHeading, history: false, column: "right", items: k.concerns.map(item)))
        }
        if k.history == .right, let h = history(c, column: "right") { out.append(h) }
        return out
    }

    private static func leftOut(_ b: Briefing, _ k: PageChoices) -> [LeftOut] {
        let c = b.council
        let room = "did not fit on the page whole"
        var out: [LeftOut] = []
        func add(_ panel: String, _ items: [Item], _ reason: String) {
            if !items.isEmpty { out.append(LeftOut(panel: panel, items: items, reason: reason)) }
        }
        let heading = PageWording.quotesHeading(c)
        add(heading, k.quotesOffered.filter { !k.quotes.contains($0) }.map(item), room)
        add(
            PageWording.concernsHeading,
            k.concernsOffered.filter { !k.concerns.contains($0) && !k.quotes.contains($0) }.map(item), room)
        add(
            PageWording.fundingHeading,
            c.funding.filter { !FundingFigures.shown(c.funding, limit: k.side.fundingLimit).contains($0) }.map(item),
            room + "; the totals count them")
        add(
            PageWording.improvementsHeading, c.improvements.dropFirst(k.side.improvementLimit).map(item),
            room + "; the page counts them")
        if k.side.showContext {
            add(PageWording.contextHeading, c.context.dropFirst(k.side.contextLimit).map(item), room)
        } else {
            add(
                PageWording.contextHeading,
                c.context.map(item) + (PageWording.namedLeaders(ContextPanel.leaders(c)).map { [Item(text: $0)] } ?? []), room)
        }
        if k.history == .none, let h = history(c, column: "") { add(h.title, h.items, "did not fit in either column") }
        return out
    }

    private static func item(_ f: FundingLine) -> Item {
        Item(text: "\(f.label): \(Format.money(f.amount)), \(PageWording.recurrence(f))", date: f.date, source: f.source)
    }

    private static func item(_ i: Improvement) -> Item { Item(text: i.text, date: i.date, source: i.source) }

    private static func item(_ f: ContextFact) -> Item {
        Item(text: PageWording.contextItem(f), date: f.date, source: f.source)
    }

    private static func item(_ q: Quote) -> Item {
        var i = Item(text: q.text, date: q.date, source: q.source, kind: q.finding?.rawValue ?? q.voice.rawValue)
        i.attribution = QuotePanel.attribution(q)
        i.quote = q
        return i
    }

    private static func history(_ c: Council, column: String) -> Panel? {
        let rows = JudgementHistory.rows(for: c)
        guard !rows.isEmpty else { return nil }
        return Panel(title: PageWording.historyHeading, history: true, column: column, items: rows.map { Item(text: $0) })
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
