/// Which sentences of a report may stand alone on a page as inspectors' words. Written from the
/// structure of sentences, not from any one report:
///
/// 1. **Length**: 40 to 420 characters, a whole sentence quoted verbatim.
/// 2. **No back-reference**: it does not open with a word that points at text not shown
///    ("However", "This", "These", "As a result", "Despite this", "In addition", ...).
/// 3. **No restatement**: it does not name an inspection, visit, judgement or grade ("since the
///    last inspection", "were judged", "the 2019 inspection", "the focused visit"): the banner
///    and timeline already tell those.
/// 4. **Not background**: it is not about how the council is set up, its population or the pandemic.
///
/// The verdict is the first such sentence of 60 characters or more that says how children or
/// services fare; a concern is a sentence with a word of shortfall ("too", "not", "weak",
/// "inconsistent", "lack", "poor", "delay", ...) that no word before it mitigates ("prevent",
/// "reduce", "without", ...). A strength is a topic sentence with no shortfall.
enum QuoteRules {
    /// Opening words that point back at text the page does not show.
    static let backReferences = [
        "however", "this", "these", "that", "those", "it", "they", "their", "such", "as a result", "consequently",
        "despite this", "despite these", "in addition", "additionally", "also", "furthermore", "moreover", "nevertheless",
        "therefore", "similarly", "in contrast", "as such", "even so", "yet", "but", "and", "here", "since then",
        "since that", "following this", "following these", "at that time", "by then", "after this",
    ]
    /// Words that make a sentence about Ofsted's own inspections and grades rather than about
    /// children's services: a sentence that names an inspection, a visit or a judgement retells
    /// an earlier one ("since the last inspection", "the 2019 inspection judged", "following the
    /// JTAI"), which the timeline and banner already show.
    static let restatements = ["inspection", "inspected", " visit", "judged", "judgement", "graded", "previously"]
    /// Phrases that mark background rather than a finding.
    static let background = [
        "covid", "pandemic", "lockdown", "was established", "was set up", "were set up", "trust was", "commissioned by",
        "population", "demograph", "demand for", "was formed", "were formed", "reorganisation",
    ]
    /// Words of shortfall: "too" and "not" as whole words, the others as the start of a word
    /// ("lacks", "poorly", "delays"; never the "lack" in "Blackpool").
    static let shortfallWords: Set<String> = ["too", "not"]
    static let shortfallStems = [
        "weak", "inconsistent", "lack", "poor", "delay", "insufficient", "variable", "fail", "inadequate",
    ]
    /// Words that turn a shortfall after them into a strength: "preventing delay", "tackling inconsistent practice",
    /// "without delay".
    static let mitigators = ["prevent", "reduc", "avoid", "minimis", "tackl", "address", "without", "overcom"]
    /// Whole words that do the same: "there is no delay".
    static let mitigatingWords: Set<String> = ["no"]

    /// Whether `sentence` may be quoted on its own (rules 1 to 4).
    static func standsAlone(_ sentence: String) -> Bool {
        guard (40...420).contains(sentence.count) else { return false }
        let lower = sentence.lowercased()
        let opening = lower.prefix { $0.isLetter || $0 == " " }
        if backReferences.contains(where: { opening == $0 || opening.hasPrefix($0 + " ") }) { return false }
        if lower.hasPrefix("however,") { return false }
        // "this is", "these have": a pronoun standing alone for something said before.
        let pronounVerbs = [
            "this is", "this has", "this was", "this will", "this means", "these are", "these have", "these were",
        ]
        if pronounVerbs.contains(where: { lower.contains(" " + $0 + " ") }) { return false }
        // "... as a result." points back at a cause the page does not show ("as a result of" names it).
        if let r = lower.range(of: "as a result"), !lower[r.upperBound...].hasPrefix(" of") { return false }
        // Someone else's words inside inspectors' ("Its mantra is: ‘...’") are not the inspectors' finding.
        if lower.contains(": ‘") || lower.contains(": “") { return false }
        return !restatements.contains(where: lower.contains) && !background.contains(where: lower.contains)
    }

    /// Whether `sentence` names a shortfall: a shortfall word with no mitigating word before it,
    /// and not the "not only" of double praise.
    static func isConcern(_ sentence: String) -> Bool {
        let words = sentence.lowercased().split { !$0.isLetter }.map(String.init)
        var mitigated = false
        for (i, w) in words.enumerated() {
            if mitigatingWords.contains(w) || mitigators.contains(where: w.hasPrefix) { mitigated = true }
            if w == "not", i + 1 < words.count, words[i + 1] == "only" { continue }
            if shortfallWords.contains(w) || shortfallStems.contains(where: w.hasPrefix) { return !mitigated }
        }
        return false
    }

    /// Whether `sentence`, at least ``verdictLength`` characters, reads as a verdict: it says how
    /// children or services fare. A slogan ("Children are at the heart of X.") says too little.
    static func isVerdict(_ sentence: String) -> Bool {
        guard sentence.count >= verdictLength else { return false }
        let lower = sentence.lowercased()
        return lower.contains("child") || lower.contains("services") || lower.contains("families")
    }

    static let verdictLength = 60
}
