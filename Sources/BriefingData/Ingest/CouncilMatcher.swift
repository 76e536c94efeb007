/// Which council an article is about, matched loosely to the known councils' names.
///
/// Rules, from how English news and council papers name councils:
/// 1. **Names and short forms.** A council is named by its name, its name with "and" written
///    "&", without a trailing "Borough", or by a short form in common use (``shortForms``:
///    "Hull", "BCP", "County Durham", "Stoke"). The longest name at a place wins, so "North
///    Somerset" is not also "Somerset".
/// 2. **Whole, capitalised words.** "reading the report" is not Reading; a word in capitals
///    (a tabloid's "WAKEFIELD") counts.
/// 3. **Not part of another name.** Not after "New" or "Greater" ("New York", "Greater
///    Manchester"), and not before another capitalised word unless that word is part of how
///    councils and their services are named ("Sutton Coldfield" and "Manchester United" are
///    not councils; "Wakefield Council" and "Sandwell Children’s Trust" are).
/// 4. **Ordinary words.** A name that is also an ordinary word ("Reading", "Bury") counts at
///    the start of a sentence only when "Council", "Borough" or a possessive follows it.
/// 5. **The clear winner.** A mention in the headline counts three times. The council named
///    most wins when it is named at least twice as often as the next; otherwise the article is
///    refused with the candidates, as it is when it names none.
public struct CouncilMatcher: Sendable {
    public struct Known: Sendable, Hashable {
        public var slug: String
        public var name: String
        public init(slug: String, name: String) {
            self.slug = slug
            self.name = name
        }
    }

    /// Short forms in common use for councils whose names are long or formal.
    static let shortForms: [String: [String]] = [
        "Kingston Upon Hull": ["Hull", "Kingston upon Hull", "Hull City"],
        "Bournemouth, Christchurch and Poole": ["BCP"],
        "Durham": ["County Durham"],
        "Bristol": ["City of Bristol"],
        "Newcastle upon Tyne": ["Newcastle"],
        "Richmond upon Thames": ["Richmond"],
        "Kingston upon Thames": ["Kingston"],
        "Stoke-on-Trent": ["Stoke"],
        "Southend-on-Sea": ["Southend"],
        "Stockton-on-Tees": ["Stockton"],
        "Telford and Wrekin": ["Telford"],
        "Blackburn with Darwen": ["Blackburn"],
        "Bath and North East Somerset": ["B&NES", "BANES"],
        "Redcar and Cleveland": ["Redcar"],
        "Brighton and Hove": ["Brighton"],
        "Windsor and Maidenhead": ["RBWM"],
        "Cheshire West and Chester": ["Cheshire West"],
        "East Riding of Yorkshire": ["East Riding"],
        "St Helens": ["St. Helens"],
        "Barking and Dagenham": ["Barking"],
        "Hammersmith and Fulham": ["Hammersmith"],
        "Kensington and Chelsea": ["RBKC"],
        "Isles of Scilly": ["Scilly"],
    ]
    /// Names that are also ordinary English words.
    static let ordinaryWords: Set<String> = ["Reading", "Bury"]
    /// Capitalised words that may follow a council's name in how the council is named.
    static let namingWords: Set<String> = [
        "Council", "Borough", "City", "County", "Metropolitan", "MBC", "BC", "CC", "Children’s", "Children's", "Children",
        "Childrens", "Social", "Services", "Safeguarding", "Partnership", "Trust", "Cabinet", "Ofsted", "Family",
        "Families", "Local", "Authority", "LA", "Corporation", "Royal", "Improvement", "Scrutiny", "Care",
    ]

    let phrases: [[String]: String]
    let firstWords: Set<String>
    let longest: Int
    let names: [String: String]

    public init(_ known: [Known]) {
        var phrases: [[String]: String] = [:]
        for k in known {
            var forms = [k.name, k.name.replacingOccurrences(of: " and ", with: " & ")]
            if k.name.hasSuffix(" Borough") { forms.append(String(k.name.dropLast(" Borough".count))) }
            forms += Self.shortForms[k.name] ?? []
            for f in forms { phrases[Self.tokens(f).map(\.word)] = k.slug }
        }
        self.phrases = phrases
        firstWords = Set(phrases.keys.compactMap(\.first))
        longest = phrases.keys.map(\.count).max() ?? 1
        names = Dictionary(known.map { ($0.slug, $0.name) }, uniquingKeysWith: { a, _ in a })
    }

    /// The slug of the council `headline` and `paragraphs` are about.
    public func match(headline: String, paragraphs: [String]) -> Result<String, IngestError.Reason> {
        var counts: [String: Int] = [:]
        for (slug, n) in mentions(in: headline) { counts[slug, default: 0] += 3 * n }
        for p in paragraphs { for (slug, n) in mentions(in: p) { counts[slug, default: 0] += n } }
        let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        guard let top = ranked.first else { return .failure(.noCouncil) }
        let second = ranked.dropFirst().first?.value ?? 0
        if top.value >= 2 * second { return .success(top.key) }
        let close = ranked.filter { 2 * $0.value > top.value }.map { "\(names[$0.key] ?? $0.key) (\($0.value))" }
        return .failure(.severalCouncils(close))
    }

    /// How often each council is named in `text`, by the rules above.
    func mentions(in text: String) -> [String: Int] {
        let words = Self.tokens(text)
        var found: [String: Int] = [:]
        var i = 0
        while i < words.count {
            guard firstWords.contains(words[i].word) else {
                i += 1
                continue
            }
            var matched = 0
            for n in stride(from: min(longest, words.count - i), through: 1, by: -1) {
                let phrase = words[i..<i + n].map(\.word)
                guard let slug = phrases[phrase] else { continue }
                if counts(words, from: i, length: n) { found[slug, default: 0] += 1 }
                matched = n
                break
            }
            i += max(matched, 1)
        }
        return found
    }

    /// Whether the name at `words[i..<i+n]` counts as a mention (rules 3 and 4).
    private func counts(_ words: [Token], from i: Int, length n: Int) -> Bool {
        if i > 0, !words[i].startsSentence, ["New", "Greater"].contains(words[i - 1].word) { return false }
        let last = words[i + n - 1]
        let next = i + n < words.count && !words[i + n].startsSentence ? words[i + n] : nil
        if let next, next.capitalised, !last.possessive, !Self.namingWords.contains(next.word) { return false }
        if words[i].startsSentence, n == 1, Self.ordinaryWords.contains(words[i].word) {
            return last.possessive || next.map { Self.namingWords.contains($0.word) } == true
        }
        return true
    }

    struct Token {
        var word: String
        var possessive: Bool
        var startsSentence: Bool
        var capitalised: Bool { word.first?.isUppercase == true }
    }

    /// The words of `text` for matching: letters, digits, "&", hyphens and inner apostrophes;
    /// a possessive "’s" is taken off and noted; a word in capitals is read in title case when it
    /// is a known council word.
    static func tokens(_ text: String) -> [Token] {
        var out: [Token] = []
        var sentenceStart = true
        for piece in text.split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == "(" || $0 == ")" || $0 == "/" }) {
            var w = Substring(piece)
            let ends = w.last.map { ".!?:;".contains($0) } ?? false
            w = w.drop { !($0.isLetter || $0.isNumber || $0 == "&") }
            while let l = w.last, !(l.isLetter || l.isNumber || l == "&") { w = w.dropLast() }
            var possessive = false
            for s in ["’s", "'s", "’", "'"] where w.hasSuffix(s) && w.count > s.count {
                w = w.dropLast(s.count)
                possessive = true
                break
            }
            if !w.isEmpty {
                let word =
                    w.count > 4 && w.allSatisfy { ($0.isLetter && !$0.isLowercase) || $0 == "-" }
                    ? w.prefix(1) + w.dropFirst().lowercased() : String(w)
                out.append(Token(word: String(word), possessive: possessive, startsSentence: sentenceStart))
            }
            sentenceStart = ends
        }
        return out
    }
}
