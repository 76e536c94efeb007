import BriefingModel
import Foundation

/// Sums of money in a document, and which of them are money for the service.
///
/// Rules:
/// 1. **Sums.** "£" and a number, with "m", "bn", "k", "million", "billion" or "thousand"
///    after it ("£1 million", "£3.5m", "£1.64 million", "£250,000", "£400k"); a number or
///    number words before "million", "billion" or "thousand" and "pound(s)" ("SIX MILLION
///    pound", "half a million pounds", "1.5 million pounds").
/// 2. **Money for the service**, in an article about a council's children's services, is every
///    sum but those the words next to it (four either side, in its sentence) say are something
///    else: an overspend, a deficit, savings or cuts; a price or a wage ("£7,500 a week", "per
///    child", "a salary of", "who is paid"); a fine or damages; a national fund ("a national
///    £15m programme", "for all councils"); or a budget's size ("a £1.2bn budget", "a net
///    revenue budget of £412m", "budget of about £290m"). Those are listed apart, never as funding.
/// 3. **Recurrence**, from the words of its clause (its sentence cut at "; ", ", and ", ", but ",
///    " while "): "one-off" (and "one off", "one-time"); else "recurring", "ongoing",
///    "permanently" or "base budget" make it recurring; else "from reserves" makes it one-off;
///    else "a year", "per year", "each year", "every year", "annually", "per annum" make it
///    recurring; else "over the next year", "this year", "package" or "lump sum" make it one-off;
///    otherwise it is not stated. The words just before the sum are read first, then those just
///    after it, then the clause: "ongoing growth of £4.2m and the one-off allocation of £180,000".
/// 4. **Label**: the clause, verbatim (less a closing ", the council said"); a long one cut to the
///    words around the sum, an ellipsis marking the cut.
/// 5. A sum given twice (a headline and its story) is kept once, where its recurrence is stated.
enum MoneyFinder {
    struct Sum: Equatable {
        var amount: Int
        /// The words of the sum as written ("£3.5 million").
        var written: String
        var clause: String
        var label: String
        var recurrence: FundingLine.Recurrence
        /// Nil for money for the service; else why it is not.
        var notFunding: String?
        var line: Int
    }

    /// Words near a sum that make it something other than money for the service, and what.
    static let notService: [(String, String)] = [
        ("overspen", "an overspend"), ("deficit", "a deficit"), ("shortfall", "a shortfall"), ("saving", "savings"),
        (" save ", "savings"),
        ("cuts", "cuts"), ("cut of", "cuts"), ("budget gap", "a budget gap"), ("gap in", "a budget gap"),
        (" a week", "a price"), (" per week", "a price"), (" each week", "a price"), (" a night", "a price"),
        (" per night", "a price"), (" a day", "a price"), (" per day", "a price"), (" per hour", "a price"),
        (" an hour", "a price"), ("per child", "a price"), ("each child", "a price"), ("per placement", "a price"),
        ("salary", "a salary"), ("is paid", "a salary"), ("was paid", "a salary"), (" earns", "a salary"),
        ("pockets", "a salary"), (" fine", "a fine"), ("fined", "a fine"), ("damages", "damages"),
        ("compensation", "damages"), ("national", "a national fund"), ("nationally", "a national fund"),
        ("nationwide", "a national fund"), ("all councils", "a national fund"), ("all local authorities", "a national fund"),
        ("every council", "a national fund"), ("across england", "a national fund"), ("across the country", "a national fund"),
        ("government’s", "a national fund"), ("government's", "a national fund"), ("weekly", "a price"),
        (" a month", "a price"), (" per month", "a price"), ("monthly", "a price"),
    ]

    /// Every sum in `paragraphs`, in order; a sum for the service repeated later is kept once.
    static func sums(in paragraphs: [ArticleText.Paragraph]) -> [Sum] {
        let headline = paragraphs.first?.line
        var out: [Sum] = []
        for p in paragraphs {
            for sentence in Sentences.split(p.text) {
                for clause in clauses(sentence) {
                    for found in MoneyWords.amounts(in: clause) {
                        out.append(classify(found, clause, sentence: sentence, line: p.line))
                    }
                }
            }
        }
        // "a net budget of £286m, an increase of £14m": a change in a whole budget is not funding either.
        for i in out.indices where out[i].notFunding == nil {
            let lower = out[i].clause.lowercased()
            let change = ["increase of", "rise of", "up from", "down from", "compared with"].contains {
                lower.includes($0 + " " + out[i].written.lowercased())
            }
            if change, out.contains(where: { $0.clause == out[i].clause && $0.notFunding == "a whole budget" }) {
                out[i].notFunding = "a change in a whole budget"
            }
        }
        // A sum given twice (a headline and its story) is kept once: where its recurrence is stated, if anywhere.
        var best: [Int: Int] = [:]
        for (i, s) in out.enumerated() where s.notFunding == nil {
            // Stated beats not stated; otherwise the story's words beat the headline's.
            if let b = best[s.amount],
                out[b].recurrence != .notStated || (s.recurrence == .notStated && out[b].line != headline)
            {
                continue
            }
            best[s.amount] = i
        }
        let kept = Set(best.values)
        return out.enumerated().filter { $0.element.notFunding != nil || kept.contains($0.offset) }.map(\.element)
    }

    static func classify(
        _ found: (amount: Int, written: String, words: Range<Int>), _ clause: String, sentence: String, line: Int
    ) -> Sum {
        let words = sentence.split(separator: " ")
        let offset = Self.offset(of: clause, in: sentence)
        let at = (found.words.lowerBound + offset)..<(found.words.upperBound + offset)
        let near =
            " " + words[max(0, at.lowerBound - 4)..<min(words.count, at.upperBound + 4)].joined(separator: " ").lowercased() + " "
        var why = notService.first { near.includes($0.0) }?.1
        if why == nil, isBudgetSize(words, at) { why = "a whole budget" }
        if why == nil, found.amount > FundingLine.largest { why = "more than brief can show" }
        // The recurrence the words just before the sum give, else just after it, else its clause.
        let before = " " + words[max(0, at.lowerBound - 4)..<at.lowerBound].joined(separator: " ").lowercased() + " "
        let after = " " + words[at.upperBound..<min(words.count, at.upperBound + 4)].joined(separator: " ").lowercased() + " "
        let stated = [before, after, " " + clause.lowercased() + " "].lazy.map(recurrence).first { $0 != .notStated }
        return Sum(
            amount: found.amount, written: found.written, clause: clause, label: label(clause, around: found.words),
            recurrence: stated ?? .notStated, notFunding: why, line: line)
    }

    /// How many words of `sentence` come before `clause`.
    static func offset(of clause: String, in sentence: String) -> Int {
        guard let r = sentence.range(of: clause) else { return 0 }
        return sentence[..<r.lowerBound].split(separator: " ").count
    }

    static func recurrence(_ lower: String) -> FundingLine.Recurrence {
        let has: ([String]) -> Bool = { $0.contains(where: lower.includes) }
        if has(["one-off", "one off", "one-time"]) { return .oneOff }
        if has(["recurring", "recurrent", "ongoing", "on-going", "permanently", "permanent increase", "base budget"]) {
            return .recurring
        }
        if has(["from reserves", "from its reserves", "from the council’s reserves", "from the council's reserves"]) {
            return .oneOff
        }
        if has([
            " a year", " per year", " each year", " every year", " every single year", "year after year", "annually", "per annum",
            " a-year",
        ]) {
            return .recurring
        }
        if has(["over the next year", "this year", "package", "lump sum"]) { return .oneOff }
        return .notStated
    }

    /// Whether the sum at `at` is a budget's size: "£1.2bn budget", "£300m net budget", "a
    /// budget of about £290m", "net revenue budget for 2025/26 is £318m".
    static func isBudgetSize(_ words: [Substring], _ at: Range<Int>) -> Bool {
        let bare = words.map { $0.trimming(.punctuationCharacters).lowercased() }
        let after = bare[at.upperBound..<min(bare.count, at.upperBound + 3)]
        if let f = after.first, f.hasPrefix("budget") { return true }
        if after.count > 1, ["net", "revenue", "annual", "total", "overall", "gross"].contains(after.first!),
            after.dropFirst().contains(where: { $0.hasPrefix("budget") })
        {
            return true
        }
        let before = bare[max(0, at.lowerBound - 6)..<at.lowerBound]
        let increase = ["increase", "increased", "added", "add", "extra", "additional", "uplift", "rise", "boost", "by"]
        return before.contains { $0.hasPrefix("budget") } && !before.contains { increase.contains($0) }
            && ["of", "is", "was", "about", "around", "almost", "nearly", "some", "at", "totalling", "totals"].contains(
                before.last ?? "")
    }

    /// A sentence cut into clauses at "; ", ", and ", ", but ", " while ".
    static func clauses(_ sentence: String) -> [String] {
        var parts = [sentence]
        for sep in ["; ", ", and ", ", but ", " while ", ", whereas "] {
            parts = parts.flatMap { $0.split(separator: sep, omittingEmptySubsequences: false).map(String.init) }
        }
        return parts.map(\.trimmed).filter { !$0.isEmpty }
    }

    /// The clause as the text words it, without a closing attribution (", the council said")
    /// or end punctuation, its first letter a capital; a clause of more than 16 words is cut to
    /// the six before the sum and the eight after it, an ellipsis where words are left out.
    static func label(_ clause: String, around sum: Range<Int>) -> String {
        var t = clause.trimming(.whitespaces.union(CharacterSet(charactersIn: ",.;:")))
        for tail in [", the council said", ", the council says", ", it said", ", it says"] where t.hasSuffix(tail) {
            t = String(t.dropLast(tail.count))
        }
        let words = t.split(separator: " ")
        if words.count > 16 {
            let from = max(0, sum.lowerBound - 6)
            let to = min(words.count, sum.upperBound + 8)
            let cut = words[from..<to].joined(separator: " ").trimming(CharacterSet(charactersIn: ",;:"))
            t = (from > 0 ? "…" : "") + cut + (to < words.count ? "…" : "")
        }
        guard let f = t.first else { return t }
        return f.uppercased() + t.dropFirst()
    }
}
