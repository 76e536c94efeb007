import BriefingModel

extension ReportExtractor {
    /// The inspectors' verdict, strengths and concerns in an ILACS report, read from its structure:
    /// the headline summary, then the numbered paragraphs under each judgement heading. Which
    /// sentences qualify is ``QuoteRules``'; this decides where they are looked for and in what order.
    ///
    /// - Verdict: the headline's first sentence that stands alone and says how children or services
    ///   fare; for an inadequate council, its first that names a shortfall. None where no sentence
    ///   qualifies: no verdict is better than a slogan or background standing for one.
    /// - Strengths: the first sentence (the topic sentence) of each numbered paragraph, in sections
    ///   judged good or better (or whose grade cannot be read), that stands alone and names no shortfall, taking the first of each judgement section before the second
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

        /// `grade` is the report's overall grade (or, under the 2026 rules, the leaders' judgement)
        /// as the CSV writes it: for an inadequate council the verdict is the headline's first concern.
        static func read(_ lines: [String], from start: Int, headline: String?, grade: String? = nil) -> Read {
            let top = headline.map { sentences(in: $0) } ?? []
            let standing = top.filter(QuoteRules.standsAlone)
            var out = Read()
            // No verdict is better than a slogan or a line of background standing for one.
            let verdicts = standing.filter(QuoteRules.isVerdict)
            let concernsFirst = standing.first { $0.count >= QuoteRules.verdictLength && QuoteRules.isConcern($0) }
            out.verdict = grade == "inadequate" ? concernsFirst : verdicts.first
            let rest = standing.filter { $0 != out.verdict }
            var strengths = rest.filter { QuoteRules.isVerdict($0) && QuoteRules.isStrength($0) }
            var concerns = rest.filter(QuoteRules.isConcern)
            let sections = paragraphs(lines, from: start)
            var topics: [[String]] = []
            var shortfalls: [[String]] = []
            for section in sections {
                let split = section.paragraphs.map { sentences(in: $0) }
                // A weaker section's topic sentences state its shortfalls as often as its strengths.
                let strong = section.grade.map { ["good", "outstanding"].contains($0) } ?? true
                let firsts = strong ? split.compactMap { $0.first(where: QuoteRules.standsAlone) } : []
                topics.append(firsts.filter(QuoteRules.isStrength))
                // The cheaper test first: most sentences name no shortfall.
                shortfalls.append(split.flatMap { $0.filter { QuoteRules.isConcern($0) && QuoteRules.standsAlone($0) } })
            }
            strengths = topics.roundRobin + strengths
            concerns += shortfalls.roundRobin
            out.strengths = Array(unique(strengths).prefix(most))
            out.concerns = Array(unique(concerns).prefix(most))
            return out
        }

        /// The numbered paragraphs from `start`, one line each, grouped by the judgement heading they
        /// follow, with the grade that heading gives (nil where it cannot be read). A paragraph runs from its number to the next number or heading; after a blank
        /// line it runs on only if indented or if its last sentence is unfinished (a page break).
        static func paragraphs(_ lines: [String], from start: Int) -> [(grade: String?, paragraphs: [String])] {
            var sections: [(grade: String?, paragraphs: [String])] = []
            var current: [String] = []
            var open = false
            var afterBlank = false
            // The open paragraph's number: paragraphs are numbered upwards through a report, so a
            // line that starts with a smaller number continues it ("at the age of" / "16. This ...").
            var last = 0
            func number(_ t: String) -> Int { Int(t.prefix { $0.isNumber }) ?? 0 }
            func close() {
                if !current.isEmpty, !sections.isEmpty { sections[sections.count - 1].paragraphs.append(Lines.join(current)) }
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
                    let heading = i + 1 < lines.count ? t + " " + lines[i + 1].spacesTrimmed : t
                    let graded = heading.split(separator: ":").dropFirst().map { Grades.parse(String($0)).first }
                    sections.append((graded.compactMap { $0 }.first, []))
                } else if let body = Sections.numberedBody(line), number(t) > (open ? last : 0) {
                    close()
                    current = [body]
                    open = true
                    last = number(t)
                } else if open {
                    let unfinished = current.last.map { !".?!”’)".contains($0.spacesTrimmed.last ?? ".") } ?? false
                    if !afterBlank || line.leadingSpaces > 0 || unfinished { current.append(t) } else { close() }
                }
            }
            close()
            return sections
        }

        static func unique(_ items: [String]) -> [String] {
            var seen = Set<String>()
            return items.filter { seen.insert($0).inserted }
        }

        /// Splits prose into sentences at a full stop, question or exclamation mark followed by a
        /// space and a capital letter.
        static func sentences(in text: String) -> [String] {
            // Byte by byte, as the line handling is: Character-wise, this was most of a report's reading.
            let bytes = Array(text.utf8)
            var out: [String] = []
            var start = 0
            var i = 0
            while i < bytes.count {
                if bytes[i] == 0x2E || bytes[i] == 0x21 || bytes[i] == 0x3F, i + 2 < bytes.count, bytes[i + 1] == 0x20,
                    startsUppercase(bytes, at: i + 2)
                {
                    out.append(String(decoding: bytes[start...i], as: UTF8.self).spacesTrimmed)
                    start = i + 2
                }
                i += 1
            }
            let rest = String(decoding: bytes[start...], as: UTF8.self).spacesTrimmed
            if !rest.isEmpty { out.append(rest) }
            return out.filter { !$0.isEmpty }
        }

        /// Whether the character at byte `i` is an upper-case letter.
        private static func startsUppercase(_ bytes: [UInt8], at i: Int) -> Bool {
            if (0x41...0x5A).contains(bytes[i]) { return true }
            guard bytes[i] >= 0x80 else { return false }
            let end = min(bytes.count, i + 4)
            return String(decoding: bytes[i..<end], as: UTF8.self).unicodeScalars.first?.properties.isUppercase ?? false
        }
    }
}
