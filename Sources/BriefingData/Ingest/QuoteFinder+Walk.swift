extension QuoteFinder {
    /// One pass over a document's quotes in order, reading the people named between them.
    struct Walk {
        let finder: QuoteFinder
        let scalars: [[Unicode.Scalar]]
        let spans: [QuoteScanner.Span]
        /// Each paragraph's parts of quotes, in order.
        let parts: [[QuoteScanner.Part]]
        var registry: Registry
        var result = Result()
        /// The last speaker found and the paragraph their quote ended in.
        var lastSpeaker: (Attribution.Speaker, Int)?
        var lastInspectors: Attribution.Speaker?
        /// How far the registry has read: a paragraph and a place in it.
        var seen = 0
        var offset = 0

        init(finder: QuoteFinder) {
            self.finder = finder
            scalars = finder.paragraphs.map { Array($0.text.unicodeScalars) }
            spans = QuoteScanner.spans(scalars)
            var parts = Array(repeating: [QuoteScanner.Part](), count: scalars.count)
            for span in spans { for part in span.parts { parts[part.paragraph].append(part) } }
            self.parts = parts
            registry = Registry(council: finder.council)
        }

        /// The quote `spans[n]`: kept with its speaker, or listed as skipped, or passed over as
        /// a fragment.
        mutating func take(_ n: Int) {
            let span = spans[n]
            let (first, last) = (span.parts[0], span.parts[span.parts.count - 1])
            read(upTo: first, after: last)
            let lead = finder.sentenceBefore(scalars[first.paragraph], first.start - 1, parts[first.paragraph])
            let tail = finder.textAfter(scalars[last.paragraph], last.end + (last.closed ? 1 : 0))
            let (text, comma) = QuoteFinder.text(span, scalars)
            guard QuoteFinder.isSentence(text, comma: comma),
                QuoteFinder.opensSentence(scalars[first.paragraph], first.start - 1)
            else { return }
            let line = finder.paragraphs[first.paragraph].line
            let speaker = self.speaker(first, lead: lead, tail: tail, n: n)
            guard let resolved = speaker.flatMap({ registry.resolve($0, inspectors: lastInspectors) }) else {
                result.skipped.append("line \(line): no speaker found for “\(text.prefix(60))…”")
                return
            }
            lastSpeaker = (resolved.speaker, last.paragraph)
            if case .inspectors = resolved.speaker { lastInspectors = resolved.speaker }
            guard let voice = resolved.voice else {
                result.skipped.append(
                    "line \(line): \(resolved.name ?? "a speaker") (\(resolved.role)) is not Ofsted or the council")
                return
            }
            result.quotes.append(Found(text: text, voice: voice, speaker: resolved.name, role: resolved.role, line: line))
        }

        /// Who a quote is by: named after it, before it (in its sentence, or in a paragraph of its
        /// own ending in a colon), the speaker of the quote just before (a quote continued or
        /// interrupted), or of reported speech in the paragraph before.
        func speaker(_ first: QuoteScanner.Part, lead: String, tail: String, n: Int) -> Attribution.Speaker? {
            if let s = Attribution.after(tail) ?? Attribution.before(lead) { return s }
            let p = first.paragraph
            guard p > 0 else { return nil }
            let previous = finder.prose(scalars[p - 1], parts[p - 1]).trimmed
            if lead.isEmpty, previous.hasSuffix(":"), let s = Attribution.before(QuoteFinder.lastSentence(previous)) {
                return s
            }
            if let (s, q) = lastSpeaker, n > 0, p - q <= 1, lead.isEmpty { return s }
            return Attribution.reported(previous)
        }

        /// Reads the prose up to where `first` opens, then skips past the quote to after `last`.
        mutating func read(upTo first: QuoteScanner.Part, after last: QuoteScanner.Part) {
            while seen < first.paragraph {
                registry.read(finder.prose(scalars[seen], parts[seen], offset..<scalars[seen].count), places: finder.places)
                (seen, offset) = (seen + 1, 0)
            }
            if first.start - 1 > offset {
                registry.read(finder.prose(scalars[seen], parts[seen], offset..<(first.start - 1)), places: finder.places)
            }
            let after = min(last.end + 1, scalars[last.paragraph].count)
            (seen, offset) = (last.paragraph, max(after, last.paragraph == seen ? offset : 0))
        }

        /// Reads the prose after the last quote.
        mutating func readRest() {
            for p in seen..<scalars.count {
                registry.read(
                    finder.prose(scalars[p], parts[p], (p == seen ? offset : 0)..<scalars[p].count), places: finder.places)
            }
        }
    }
}
