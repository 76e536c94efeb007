import BriefingModel
import Foundation

/// Sums of money in a document, and which of them are money for the service.
///
/// Rules:
/// 1. **Sums.** "£" and a number, with "m", "bn", "k", "million", "billion" or "thousand"
///    after it ("£1 million", "£3.5m", "£1.64 million", "£250,000", "£400k"); a number or
///    number words before "million", "billion" or "thousand" and "pound(s)" ("SIX MILLION
///    pound", "half a million pounds", "1.5 million pounds").
/// 2. **Money for the service.** The clause the sum is in (a sentence cut at "; ", ", and ",
///    ", but ", " while ") says it is given: "fund", "package", "invest", "grant", "allocated",
///    "made available", "extra", "additional", "boost", "increase", ... A sum in a clause about
///    an overspend, a deficit, savings, cuts, costs, a whole or net budget, or a national fund
///    ("national", "across England", "for councils") is not, whatever else it says; nor is one
///    with no word of giving. Those are listed apart, never as funding.
/// 3. **Recurrence**, from the clause's words: "one-off" (and "one off", "one-time"); else
///    "recurring", "ongoing", "permanent" or "base budget" make it recurring; else "from
///    reserves" makes it one-off; else "a year", "per year", "each year", "every year",
///    "annually", "per annum" make it recurring; else "a further", "over the next year", "this
///    year", "package" or "lump sum" make it one-off; otherwise it is not stated.
/// 4. **Label**: the clause in the text's words, the sum taken out.
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

    static let giving = [
        "fund", "package", "invest", "grant", "allocat", "made available", "extra", "additional", "boost", "injection",
        "earmark", "set aside", "committed", "put into", "increase", "uplift", "added to", "agreed", "approved",
        "to recruit", "to pay for", "secured", "awarded", "provided", "be spent", "payment", "pour", "pump",
    ]
    static let notService: [(String, String)] = [
        ("overspen", "an overspend"), ("deficit", "a deficit"), ("shortfall", "a shortfall"), ("saving", "savings"),
        ("cuts", "cuts"), ("cut of", "cuts"), ("budget gap", "a budget gap"), ("net budget", "a whole budget"),
        ("total budget", "a whole budget"), ("whole budget", "a whole budget"), ("overall budget", "a whole budget"),
        ("entire budget", "a whole budget"), ("annual budget of", "a whole budget"), ("revenue budget", "a whole budget"),
        ("national fund", "a national fund"), ("national pot", "a national fund"), ("nationally", "a national fund"),
        ("nationwide", "a national fund"), ("across england", "a national fund"), ("every council", "a national fund"),
        ("across the country", "a national fund"), ("for councils", "a national fund"),
        ("councils in england", "a national fund"), ("cost", "a cost"), ("salar", "a salary"), ("spent on agency", "a cost"),
    ]

    /// Every sum in `paragraphs`, in order; a sum for the service repeated later is kept once.
    static func sums(in paragraphs: [ArticleText.Paragraph]) -> [Sum] {
        var out: [Sum] = []
        for p in paragraphs {
            for sentence in Sentences.split(p.text) {
                for clause in clauses(sentence) {
                    for (amount, written) in MoneyWords.amounts(in: clause) {
                        out.append(classify(amount, written, clause, line: p.line))
                    }
                }
            }
        }
        // A sum given twice (a headline and its story) is kept once: where its recurrence is stated, if anywhere.
        var best: [Int: Int] = [:]
        for (i, s) in out.enumerated() where s.notFunding == nil {
            if let b = best[s.amount], out[b].recurrence != .notStated || s.recurrence == .notStated { continue }
            best[s.amount] = i
        }
        let kept = Set(best.values)
        return out.enumerated().filter { $0.element.notFunding != nil || kept.contains($0.offset) }.map(\.element)
    }

    static func classify(_ amount: Int, _ written: String, _ clause: String, line: Int) -> Sum {
        let lower = " " + clause.lowercased() + " "
        var why = notService.first { lower.contains($0.0) }?.1
        if why == nil, isBudgetSize(written, clause) { why = "a whole budget" }
        if why == nil, !giving.contains(where: lower.contains) { why = "no word says it is given to the service" }
        if why == nil, amount > FundingLine.largest { why = "more than brief can show" }
        return Sum(
            amount: amount, written: written, clause: clause, label: label(clause, without: written),
            recurrence: recurrence(lower), notFunding: why, line: line)
    }

    static func recurrence(_ lower: String) -> FundingLine.Recurrence {
        let has: ([String]) -> Bool = { $0.contains(where: lower.contains) }
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
        if has(["a further", "over the next year", "this year", "package", "lump sum"]) { return .oneOff }
        return .notStated
    }

    /// Whether the sum is a budget's size: "£1.2bn budget", "£300m net budget", "a budget of £300m".
    static func isBudgetSize(_ written: String, _ clause: String) -> Bool {
        guard let r = clause.range(of: written) else { return false }
        let after = clause[r.upperBound...].split(separator: " ").prefix(3).map { $0.lowercased() }
        let before = clause[..<r.lowerBound].split(separator: " ").suffix(2).map { $0.lowercased() }
        let budgetNext =
            after.first.map { $0.hasPrefix("budget") } == true
            || (after.count > 1 && ["net", "revenue", "annual", "total", "overall"].contains(after[0])
                && after[1].hasPrefix("budget"))
        return budgetNext || before == ["budget", "of"]
    }

    /// A sentence cut into clauses at "; ", ", and ", ", but ", " while ".
    static func clauses(_ sentence: String) -> [String] {
        var parts = [sentence]
        for sep in ["; ", ", and ", ", but ", " while ", ", whereas "] {
            parts = parts.flatMap { $0.components(separatedBy: sep) }
        }
        return parts.map(\.trimmed).filter { !$0.isEmpty }
    }

    /// The clause without the sum (and a "by" or "of" left hanging), its first letter capital.
    static func label(_ clause: String, without written: String) -> String {
        var t = clause.replacingOccurrences(of: written, with: " ")
        for dangling in [" by  ", " of  ", " to  "] { t = t.replacingOccurrences(of: dangling, with: " ") }
        t = t.split(separator: " ").joined(separator: " ").replacingOccurrences(of: " ,", with: ",")
        t = t.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ",.;:")))
        for tail in [", the council said", ", the council says", ", it said"] where t.hasSuffix(tail) {
            t = String(t.dropLast(tail.count))
        }
        guard let f = t.first else { return t }
        return f.uppercased() + t.dropFirst()
    }
}
