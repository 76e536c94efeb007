import BriefingModel
import Foundation

/// What `brief ingest` reads from one document: a draft council record, each fact with the line
/// of the file it comes from.
public struct IngestDraft: Sendable {
    public struct Line<T: Sendable>: Sendable {
        public var fact: T
        public var line: Int
        /// The words the fact was read from, where they are not in the fact itself (a sum as written).
        public var evidence: String?

        init(fact: T, line: Int, evidence: String? = nil) {
            self.fact = fact
            self.line = line
            self.evidence = evidence
        }
    }

    public var slug: String
    public var name: String
    public var file: String
    /// The document's text, as read (its paragraphs, one per line).
    public var text: String
    public var source: Source
    /// The lines the source's headline, publisher and date come from.
    public var sourceLines: (headline: Int, publisher: Int?, date: Int?)
    public var quotes: [Line<Quote>]
    public var funding: [Line<FundingLine>]
    /// Sums that are not money for the service, and why.
    public var otherSums: [Line<String>]
    public var leaders: [Line<Leader>]
    public var inspections: [Line<Inspection>]
    public var context: [Line<ContextFact>]
    /// Quotes left out, and why.
    public var skipped: [String]

    /// Reads `data`, the document at `file`, against the councils `known`; `council` forces the
    /// council's slug. Throws one line naming the file.
    public static func make(
        data: Data, file: String, known: [CouncilMatcher.Known], council forced: String? = nil
    ) throws(IngestError) -> IngestDraft {
        let article: ArticleText
        do {
            article = try ArticleText.read(data)
        } catch {
            throw IngestError(file: file, reason: error)
        }
        let facts = SourceFacts(article)
        let slug: String
        if let forced {
            slug = forced
        } else {
            switch CouncilMatcher(known).match(headline: facts.headline.0, paragraphs: article.body.map(\.text)) {
            case .success(let s): slug = s
            case .failure(let reason): throw IngestError(file: file, reason: reason)
            }
        }
        let name = known.first { $0.slug == slug }?.name ?? slug
        return build(article, facts, slug: slug, name: name, file: file, data: data, known: known)
    }

    static func build(
        _ article: ArticleText, _ facts: SourceFacts, slug: String, name: String, file: String, data: Data,
        known: [CouncilMatcher.Known]
    ) -> IngestDraft {
        let base = (file as NSString).lastPathComponent
        let id = "ingest-\(slug)-\(Fingerprint.hex(data))"
        let source = Source(
            id: id, publisher: facts.publisher?.0, headline: facts.headline.0, date: facts.date?.0, seedFile: base)
        let places = Set(known.map(\.name))
        // What the source says is dated by the source: said or announced by then.
        let dated = facts.date.map { d in
            FactDate(
                year: d.0.year, month: d.0.month, day: d.0.day,
                inferred: "the date of the source that reports it (\(Format.date(d.0)))" + (d.0.inferred.map { "; \($0)" } ?? ""))
        }
        let found = QuoteFinder(paragraphs: article.body, council: name, places: places).run()
        let quotes = found.quotes.map {
            Line(
                fact: Quote(text: $0.text, voice: $0.voice, speaker: $0.speaker, role: $0.role, date: dated, source: id),
                line: $0.line)
        }
        let sums = MoneyFinder.sums(in: article.body)
        let funding = sums.filter { $0.notFunding == nil }.map {
            Line(
                fact: FundingLine(label: $0.label, amount: $0.amount, recurrence: $0.recurrence, date: dated, source: id),
                line: $0.line, evidence: $0.written)
        }
        let other = sums.compactMap { s in s.notFunding.map { Line(fact: "\(s.written): \($0) (“\(s.clause)”)", line: s.line) } }
        let leaders = leaders(found.people, article: article, source: id)
        let inspections = InspectionMentions.find(in: article.body, documentDate: facts.date?.0).map {
            Line(fact: Inspection(kind: $0.kind, date: $0.date, grade: $0.grade, source: id), line: $0.line)
        }
        let context = ContextFinder.find(in: article.body, quotes: found.quotes.map(\.text)).map {
            Line(fact: ContextFact(topic: $0.topic, text: $0.text, source: id), line: $0.line)
        }
        return IngestDraft(
            slug: slug, name: name, file: file, text: (article.body + article.trailer).map(\.text).joined(separator: "\n"),
            source: source,
            sourceLines: (facts.headline.1, facts.publisher?.1, facts.date?.1), quotes: quotes, funding: funding,
            otherSums: other, leaders: leaders, inspections: inspections, context: context, skipped: found.skipped)
    }

    /// The council's people named with an office, each at the first line that names them.
    static func leaders(_ people: [People.Mention], article: ArticleText, source: String) -> [Line<Leader>] {
        people.compactMap { p in
            // A councillor with no office named speaks for the council but does not lead it.
            guard let role = p.role, People.isCouncilRole(role), role != "councillor" else { return nil }
            let surname = p.name.split(separator: " ").last.map(String.init) ?? p.name
            let line = article.body.first { $0.text.contains(surname) }?.line ?? 1
            return Line(fact: Leader(name: p.name, role: role, source: source), line: line)
        }
    }
}

/// A short, stable name for a file's bytes: FNV-1a, 64 bits, as 8 hex digits of its top half.
enum Fingerprint {
    static func hex(_ data: Data) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in data {
            h ^= UInt64(b)
            h &*= 0x100_0000_01b3
        }
        return String(format: "%08x", UInt32(truncatingIfNeeded: h >> 32))
    }
}
