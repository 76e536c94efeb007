import BriefingModel

/// Every direct quote of a sentence or more in a document, verbatim, with who said it.
///
/// A quoted passage (``QuoteScanner``) is a quote of a sentence or more when it opens a
/// sentence (at the start of a paragraph, after a colon, a full stop or a speech verb) with a
/// capital letter or a digit, and has five words or more, or three or more and ends with a full
/// stop, question or exclamation mark: "described as “fragile”" and the heading ‘Let down’
/// are not. Its speaker comes from ``Attribution``; a quote whose speaker cannot be told, or
/// who is neither Ofsted nor the council's (an MP, a union, a parent), is left out and listed
/// in ``Result/skipped``. A quote inside a longer one (a headline repeating the body) is
/// dropped.
struct QuoteFinder {
    struct Found: Equatable {
        var text: String
        var voice: Quote.Voice
        var speaker: String?
        var role: String
        var line: Int
    }

    struct Result {
        var quotes: [Found] = []
        var skipped: [String] = []
        var people: [People.Mention] = []
    }

    let paragraphs: [ArticleText.Paragraph]
    let council: String
    let places: Set<String>

    func run() -> Result {
        var walk = Walk(finder: self)
        for n in walk.spans.indices { walk.take(n) }
        walk.readRest()
        var result = walk.result
        result.quotes = Self.withoutRepeats(result.quotes)
        result.people = walk.registry.people
        return result
    }

    /// The quote's words: its parts joined by single spaces, a comma before the closing mark dropped.
    /// The quote's words: its parts joined by single spaces, a comma before the closing mark
    /// dropped (and whether there was one: it stands for the full stop before an attribution).
    static func text(_ span: QuoteScanner.Span, _ scalars: [[Unicode.Scalar]]) -> (String, Bool) {
        let parts = span.parts.map { String(String.UnicodeScalarView(scalars[$0.paragraph][$0.start..<$0.end])).trimmed }
        var t = parts.filter { !$0.isEmpty }.joined(separator: " ")
        let comma = t.hasSuffix(",")
        while t.hasSuffix(",") { t = String(t.dropLast()).trimmed }
        return (t, comma)
    }

    static func isSentence(_ text: String, comma: Bool = false) -> Bool {
        guard let f = text.first(where: { $0.isLetter || $0.isNumber }), f.isUppercase || f.isNumber else { return false }
        let words = text.split(separator: " ").count
        let ends = comma || (text.last.map { ".!?…".contains($0) } ?? false)
        return words >= 5 || (words >= 3 && ends)
    }

    /// Whether a quote opening at `mark` starts a sentence: nothing before it in the paragraph,
    /// or a colon, full stop, question or exclamation mark, closing quotation mark, dash or
    /// speech verb (with or without a comma) just before it.
    static func opensSentence(_ s: [Unicode.Scalar], _ mark: Int) -> Bool {
        let before = String(String.UnicodeScalarView(s[..<max(mark, 0)])).trimming(.whitespaces)
        guard let last = before.last else { return true }
        if ":.!?”’\"'—–".contains(last) { return true }
        let word = before.split(separator: " ").last.map { $0.trimming(.punctuationCharacters).lowercased() }
        return word.map { Attribution.verbs.contains($0) } ?? false
    }

    /// The paragraph's words outside its quotes (in `range`, all by default), for finding people
    /// and reported speech.
    func prose(_ s: [Unicode.Scalar], _ parts: [QuoteScanner.Part], _ range: Range<Int>? = nil) -> String {
        let range = range ?? 0..<s.count
        var out = String.UnicodeScalarView()
        var i = range.lowerBound
        for part in parts where part.start - 1 >= i && part.start - 1 < range.upperBound {
            out.append(contentsOf: s[i..<(part.start - 1)])
            out.append(contentsOf: " … ".unicodeScalars)
            i = min(range.upperBound, part.end + 1)
        }
        if i < range.upperBound { out.append(contentsOf: s[i..<range.upperBound]) }
        return String(out)
    }

    /// The words of the sentence before the mark at `mark`, outside other quotes.
    func sentenceBefore(_ s: [Unicode.Scalar], _ mark: Int, _ parts: [QuoteScanner.Part]) -> String {
        let before = prose(s, parts, 0..<max(mark, 0))
        var cut = before.startIndex
        var k = before.startIndex
        while k < before.endIndex {
            let next = before.index(after: k)
            if ".!?".contains(before[k]), next == before.endIndex || before[next] == " " { cut = next }
            k = next
        }
        return String(before[cut...]).trimmed
    }

    /// The last sentence of `text`.
    static func lastSentence(_ text: String) -> String {
        Sentences.split(text).last ?? text
    }

    /// The words after a quote's closing mark, up to the next quotation mark.
    func textAfter(_ s: [Unicode.Scalar], _ from: Int) -> String {
        guard from < s.count else { return "" }
        let rest = s[from...]
        let end = rest.firstIndex { "“‘\"".unicodeScalars.contains($0) } ?? s.count
        return String(String.UnicodeScalarView(s[from..<end]))
    }

    /// The quotes, without one said twice, or whose words are inside a quote near it (a
    /// headline or a pull quote repeating the story: looked for among the 20 quotes either side,
    /// so that a long document costs time in proportion to its length).
    static func withoutRepeats(_ quotes: [Found]) -> [Found] {
        let keys = quotes.map { QuoteText.key($0.text) }
        var seen = Set<String>()
        return quotes.indices.filter { i in
            guard seen.insert(keys[i]).inserted else { return false }
            let near = max(0, i - 20)..<min(keys.count, i + 21)
            return !near.contains { j in j != i && keys[j].count > keys[i].count && keys[j].includes(keys[i]) }
        }.map { quotes[$0] }
    }
}
