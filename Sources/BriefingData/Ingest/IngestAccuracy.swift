import BriefingModel
import Foundation

/// `brief ingest` measured over a folder of documents against what each should yield
/// (``IngestTruth``): recall and precision of quotes (text and speaker), funding (amount and
/// recurrence), leaders (name) and dated inspections (kind and date), every miss listed, and
/// every value of a draft that is not in its document (an invented fact).
public struct IngestAccuracy: Sendable {
    public struct Tally: Sendable {
        /// Facts the truth lists, and how many of them the drafts found.
        public var expected = 0
        public var recalled = 0
        /// Facts the drafts give, and how many of them the truth lists.
        public var given = 0
        public var right = 0

        public var recall: Double { expected == 0 ? 1 : Double(recalled) / Double(expected) }
        public var precision: Double { given == 0 ? 1 : Double(right) / Double(given) }
        public var summary: String {
            "recall \(recalled)/\(expected) = " + String(format: "%.2f", recall) + ", precision \(right)/\(given) = "
                + String(format: "%.2f", precision)
        }

        mutating func add<T, U>(truth: [T], found: [U], same: (T, U) -> Bool) {
            expected += truth.count
            given += found.count
            recalled += truth.filter { t in found.contains { same(t, $0) } }.count
            right += found.filter { f in truth.contains { same($0, f) } }.count
        }
    }

    public var documents = 0
    public var councils = Tally()
    public var quotes = Tally()
    public var funding = Tally()
    public var leaders = Tally()
    public var inspections = Tally()
    /// Values of the drafts not found in their documents.
    public var invented: [String] = []
    public var misses: [String] = []

    public init() {}

    /// Adds one document: `draft` is what ingest made of it (or the error it gave), `text` its body.
    public mutating func add(file: String, draft: Result<IngestDraft, IngestError>, truth: IngestTruth) {
        documents += 1
        let name = (file as NSString).lastPathComponent
        switch draft {
        case .failure(let e):
            councils.add(truth: [truth.council ?? "refused"], found: ["refused"], same: { $0 == $1 })
            if truth.council != nil { misses.append("\(name): refused: \(e)") }
            if case .severalCouncils(let c) = e.reason, truth.council == nil,
                !truth.candidates.allSatisfy({ slug in
                    c.contains { $0.lowercased().hasPrefix(slug.replacingOccurrences(of: "-", with: " ")) }
                })
            {
                misses.append(
                    "\(name): refused, but the candidates listed are \(c.joined(separator: ", ")), not \(truth.candidates.joined(separator: ", "))"
                )
            }
            // A refused article finds none of what it should have.
            quotes.expected += truth.quotes.count
            funding.expected += truth.funding.count
            leaders.expected += truth.leaders.count
        case .success(let d):
            councils.add(truth: [truth.council ?? "refused"], found: [d.slug], same: { $0 == $1 })
            if truth.council != d.slug { misses.append("\(name): council '\(d.slug)', expected \(truth.council ?? "a refusal")") }
            compare(name, d, truth)
            invented += IngestEvidence.unfounded(in: d).map { "\(name): \($0)" }
        }
    }

    mutating func compare(_ name: String, _ d: IngestDraft, _ truth: IngestTruth) {
        let said = d.quotes.map { IngestTruth.Said(text: $0.fact.text, speaker: $0.fact.speaker) }
        let sameQuote = { (a: IngestTruth.Said, b: IngestTruth.Said) in
            QuoteText.same(a.text, b.text) && People.key(a.speaker) == People.key(b.speaker)
        }
        quotes.add(truth: truth.quotes, found: said, same: sameQuote)
        for t in truth.quotes where !said.contains(where: { sameQuote(t, $0) }) {
            let near = said.first { QuoteText.same($0.text, t.text) }
            let what =
                near.map { "speaker \($0.speaker ?? "none (inspectors)"), expected \(t.speaker ?? "none (inspectors)")" }
                ?? "not found"
            misses.append("\(name): quote “\(t.text.prefix(50))…”: \(what)")
        }
        for f in said where !truth.quotes.contains(where: { QuoteText.same($0.text, f.text) }) {
            misses.append("\(name): quote not in the truth: “\(f.text.prefix(50))…” (\(f.speaker ?? "inspectors"))")
        }
        let money = d.funding.map { IngestTruth.Money(amount: $0.fact.amount, recurrence: $0.fact.recurrence) }
        funding.add(truth: truth.funding, found: money, same: { $0 == $1 })
        for t in truth.funding where !money.contains(t) {
            let near = money.first { $0.amount == t.amount }
            misses.append(
                "\(name): funding \(t.amount) \(t.recurrence.rawValue): "
                    + (near.map { "found as \($0.recurrence.rawValue)" } ?? "not found"))
        }
        for f in money where !truth.funding.contains(where: { $0.amount == f.amount }) {
            misses.append("\(name): funding not in the truth: \(f.amount) \(f.recurrence.rawValue)")
        }
        let borderline = Set(truth.borderline.map(People.key))
        let named = d.leaders.filter { !borderline.contains(People.key($0.fact.name)) }
        let people = named.map { People.key($0.fact.name) }
        leaders.add(truth: truth.leaders.map(People.key), found: people, same: { $0 == $1 })
        for t in truth.leaders where !people.contains(People.key(t)) { misses.append("\(name): leader \(t): not found") }
        for (l, p) in zip(named, people) where !truth.leaders.map(People.key).contains(p) {
            misses.append("\(name): leader not in the truth: \(l.fact.name) (\(l.fact.role))")
        }
        guard let visits = truth.inspections else { return }
        let dated = d.inspections.compactMap { i in
            i.fact.date.map { IngestTruth.Visit(kind: i.fact.kind, year: $0.year, month: $0.month) }
        }
        inspections.add(truth: visits, found: dated, same: { $0 == $1 })
        for v in visits where !dated.contains(v) {
            misses.append("\(name): inspection \(v.kind.rawValue) \(v.year)\(v.month.map { "-\($0)" } ?? ""): not found")
        }
        for v in dated where !visits.contains(v) {
            misses.append("\(name): inspection not in the truth: \(v.kind.rawValue) \(v.year)\(v.month.map { "-\($0)" } ?? "")")
        }
    }
}

extension IngestAccuracy {
    /// Runs ingest over every `.txt`, `.md`, `.html` and `.htm` file in `folder` (but a README) that has a truth: a
    /// record in `records` citing it by `seed_file`, or an answer key beside it. `progress` hears
    /// how many of how many files are done and the one being read.
    public static func measure(
        folder: String, records: [Council], known: [CouncilMatcher.Known],
        progress: (_ done: Int, _ total: Int, _ file: String) -> Void = { _, _, _ in }
    ) throws(DataError) -> IngestAccuracy {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            throw .folder(path: folder, reason: "cannot be read; expected a folder of articles")
        }
        // The articles: plain text, Markdown and HTML, less a folder's README.
        let documents = names.filter { n in
            ["txt", "md", "html", "htm"].contains((n as NSString).pathExtension.lowercased()) && !n.hasPrefix("README")
        }.sorted()
        var accuracy = IngestAccuracy()
        for (n, name) in documents.enumerated() {
            progress(n, documents.count, name)
            let path = (folder as NSString).appendingPathComponent(name)
            let keyPath = (folder as NSString).appendingPathComponent((name as NSString).deletingPathExtension + ".expected.yaml")
            let truth: IngestTruth
            if let t = records.lazy.compactMap({ IngestTruth(record: $0, file: name) }).first {
                truth = t
            } else if FileManager.default.fileExists(atPath: keyPath) {
                truth = try IngestTruth(key: keyPath)
            } else {
                accuracy.misses.append("\(name): no record cites it and it has no answer key; not measured")
                continue
            }
            let data: Data
            switch BoundedFile.read(path, limit: ArticleText.limit) {
            case .success(let d): data = d
            case .failure(let f): throw .report(path: path, reason: f.reason)
            }
            let draft = Result { () throws(IngestError) in try IngestDraft.make(data: data, file: path, known: known) }
            accuracy.add(file: path, draft: draft, truth: truth)
        }
        progress(documents.count, documents.count, "")
        return accuracy
    }
}
