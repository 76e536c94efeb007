import BriefingModel

/// Checks that a draft invents nothing: every value it gives is in its document's text (the
/// words of brief's own labels, "Ofsted report", "role not stated", and dates marked inferred
/// with their reason, aside).
enum IngestEvidence {
    static let labels: Set<String> = ["ofsted report", "ofsted letter", "role not stated", "council spokesperson", "the council"]

    static func unfounded(in d: IngestDraft) -> [String] {
        let key = QuoteText.key(d.text)
        let words = Set(Language.words(in: d.text.lowercased()).map { QuoteText.key(String($0)) })
        let has = { (value: String) in key.includes(QuoteText.key(value)) }
        let allWords = { (value: String) in
            Language.words(in: value.lowercased()).allSatisfy { words.contains(QuoteText.key(String($0))) }
        }
        var out: [String] = []
        func need(_ ok: Bool, _ what: String) { if !ok { out.append(what) } }
        need(has(d.source.headline), "headline “\(d.source.headline)”")
        if let p = d.source.publisher { need(has(p), "publisher “\(p)”") }
        if let date = d.source.date, date.inferred == nil { need(has(String(date.year)), "source date \(date.year)") }
        for q in d.quotes {
            need(has(q.fact.text), "quote “\(q.fact.text.prefix(40))…”")
            if let s = q.fact.speaker { need(allWords(s), "speaker \(s)") }
            // "councillor" is what the title "Cllr" says.
            let titled = q.fact.role == "councillor" && (key.includes("cllr") || key.includes("councillor"))
            if !labels.contains(q.fact.role.lowercased()) && !titled { need(has(q.fact.role), "role \(q.fact.role)") }
        }
        for f in d.funding {
            need(f.evidence.map(has) ?? false, "sum \(f.fact.amount)")
            need(allWords(f.fact.label.replacingOccurrences(of: "…", with: " ")), "label “\(f.fact.label)”")
        }
        for l in d.leaders {
            need(allWords(l.fact.name), "leader \(l.fact.name)")
            need(has(l.fact.role), "role \(l.fact.role)")
        }
        for i in d.inspections {
            if let date = i.fact.date, date.inferred == nil { need(has(String(date.year)), "inspection year \(date.year)") }
            if let g = i.fact.grade {
                let word = g == .requiresImprovement ? "improvement" : g.rawValue
                need(words.contains(word), "grade \(g.rawValue)")
            }
        }
        for c in d.context { need(has(c.fact.text), "context “\(c.fact.text.prefix(40))…”") }
        return out
    }
}
