extension ReportExtractor {
    /// The inspectors' verdict, strengths and concerns in an ILACS report, read from its structure:
    /// the headline summary, then the numbered paragraphs under each judgement heading. Which
    /// sentences qualify is ``QuoteRules``'; this decides where they are looked for and in what order.
    ///
    /// - Verdict: the headline's first sentence that stands alone and says how children or services fare.
    /// - Strengths: the first sentence (the topic sentence) of each numbered paragraph that stands
    ///   alone and names no shortfall, taking the first of each judgement section before the second
    ///   of any, so every judgement is heard; then the headline's other such sentences that, like
    ///   the verdict, say how children or services fare.
    /// - Concerns: every sentence that stands alone and names a shortfall, headline first, then the
    ///   body in the same section-by-section order.
    enum Findings {
        /// At most this many strengths and concerns each: more than a page could show.
        static let most = 6

        struct Read: Equatable {
            var verdict: String?
            var strengths: [String] = []
            var concerns: [String] = []
        }

        static func read(_ lines: [String], from start: Int, headline: String?) -> Read {
            let top = headline.map { sentences(in: $0) } ?? []
            let standing = top.filter(QuoteRules.standsAlone)
            var out = Read()
            out.verdict = standing.first(where: QuoteRules.isVerdict) ?? standing.first
            let rest = standing.filter { $0 != out.verdict }
            var strengths = rest.filter { QuoteRules.isVerdict($0) && !QuoteRules.isConcern($0) }
            var concerns = rest.filter(QuoteRules.isConcern)
            let sections = paragraphs(lines, from: start)
            var topics: [[String]] = []
            var shortfalls: [[String]] = []
            for section in sections {
                let split = section.map { sentences(in: $0).filter(QuoteRules.standsAlone) }
                topics.append(split.compactMap { $0.first }.filter { !QuoteRules.isConcern($0) })
                shortfalls.append(split.flatMap { $0.filter(QuoteRules.isConcern) })
            }
            strengths = roundRobin(topics) + strengths
            concerns += roundRobin(shortfalls)
            out.strengths = Array(unique(strengths).prefix(most))
            out.concerns = Array(unique(concerns).prefix(most))
            return out
        }

        /// The numbered paragraphs from `start`, one line each, grouped by the judgement heading they
        /// follow. A paragraph runs from its number to the next number or heading; after a blank
        /// line it runs on only if indented or if its last sentence is unfinished (a page break).
        static func paragraphs(_ lines: [String], from start: Int) -> [[String]] {
            var sections: [[String]] = []
            var current: [String] = []
            var open = false
            var afterBlank = false
            func close() {
                if !current.isEmpty, !sections.isEmpty { sections[sections.count - 1].append(Lines.join(current)) }
                current = []
                open = false
            }
            for i in start..<lines.count {
                let line = lines[i]
                let t = line.spacesTrimmed
                if t.isEmpty {
                    afterBlank = true
                    continue
                }
                defer { afterBlank = false }
                if Sections.isJudgementHeading(lines, i) {
                    close()
                    sections.append([])
                } else if let body = Sections.numberedBody(line) {
                    close()
                    current = [body]
                    open = true
                } else if open {
                    let unfinished = current.last.map { !".?!”’)".contains($0.spacesTrimmed.last ?? ".") } ?? false
                    if !afterBlank || line.leadingSpaces > 0 || unfinished { current.append(t) } else { close() }
                }
            }
            close()
            return sections
        }

        /// The first of each list, then the second of each, and so on.
        static func roundRobin(_ lists: [[String]]) -> [String] {
            var out: [String] = []
            var i = 0
            while lists.contains(where: { $0.count > i }) {
                out += lists.compactMap { $0.count > i ? $0[i] : nil }
                i += 1
            }
            return out
        }

        static func unique(_ items: [String]) -> [String] {
            var seen = Set<String>()
            return items.filter { seen.insert($0).inserted }
        }

        /// Splits prose into sentences at a full stop, question or exclamation mark followed by a
        /// space and a capital letter.
        static func sentences(in text: String) -> [String] {
            var out: [String] = []
            var current = ""
            let chars = Array(text)
            for (i, ch) in chars.enumerated() {
                current.append(ch)
                if ".!?".contains(ch), i + 2 < chars.count, chars[i + 1] == " ", chars[i + 2].isUppercase {
                    out.append(current.spacesTrimmed)
                    current = ""
                }
            }
            let rest = current.spacesTrimmed
            if !rest.isEmpty { out.append(rest) }
            return out
        }
    }
}
