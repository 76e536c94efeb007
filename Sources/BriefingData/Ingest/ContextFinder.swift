import BriefingModel

/// Sentences of a document about the service's workforce, caseloads, leadership and
/// governance, verbatim: the first topic whose words the sentence has, in that order of
/// precedence (caseloads, workforce, leadership, governance). Sentences that are wholly a
/// quote or hold one (already among the quotes), that name a sum (the funding's), and headings
/// are left out.
enum ContextFinder {
    static let topics: [(ContextFact.Topic, [String])] = [
        (.caseloads, ["caseload", "workload", "child protection plan", "cases"]),
        (
            .workforce,
            ["social worker", "agency", "turnover", "vacanc", "recruit", "staff", "workforce", "asye", "newly qualified"]
        ),
        (.leadership, ["director", "chief executive", "leader", "leadership", "appointed", "in post", "management"]),
        (.governance, ["trust", "improvement board", "commissioner", "company", "intervention", "council-owned"]),
    ]
    /// At most this many facts, the first in the document.
    static let most = 12

    struct Fact: Equatable {
        var topic: ContextFact.Topic
        var text: String
        var line: Int
    }

    /// The facts of `paragraphs`, leaving out sentences inside or holding one of `quotes`.
    static func find(in paragraphs: [ArticleText.Paragraph], quotes: [String]) -> [Fact] {
        let full = quotes.map(QuoteText.key)
        let heads = full.map { String($0.prefix(40)) }
        var out: [Fact] = []
        for p in paragraphs.dropFirst() where !p.heading {
            for sentence in Sentences.split(p.text) where sentence.split(separator: " ").count >= 6 {
                let opensQuote = sentence.first.map { "“‘\"'".contains($0) } ?? false
                // A sentence with a sum is the funding's (or left out with it), not context.
                guard !opensQuote, !sentence.contains("£"), sentence.last.map({ ".!?”’\"".contains($0) }) == true else {
                    continue
                }
                let lower = sentence.lowercased()
                guard let topic = topics.first(where: { $0.1.contains(where: lower.includes) })?.0 else { continue }
                let key = QuoteText.key(sentence)
                let head = String(key.prefix(40))
                guard !heads.indices.contains(where: { key.includes(heads[$0]) || full[$0].includes(head) }) else { continue }
                out.append(Fact(topic: topic, text: sentence, line: p.line))
                if out.count == most { return out }
            }
        }
        return out
    }
}
