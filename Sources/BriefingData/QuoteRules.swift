/// Which sentences of a report may stand alone on a page as inspectors' words. Written from the
/// structure of sentences, not from any one report:
///
/// 1. **Length**: 40 to 420 characters, a whole sentence quoted verbatim.
/// 2. **No back-reference**: it does not open with a word that points at text not shown
///    ("However", "This", "These", "As a result", "Despite this", "She", ...), nor speak of
///    "these" or "those" people or things named only before ("these care leavers").
/// 3. **No restatement**: it does not name an inspection, a visit by Ofsted, a judgement or a
///    grade ("since the last inspection", "were judged", "the focused visit", "the JTAI"): the
///    banner and timeline already tell those.
/// 4. **Not background or history**: it is not about how the council is set up, its population,
///    the pandemic or who was appointed when, and names no year (a dated sentence tells history).
///
/// The verdict, strengths and concerns are chosen from such sentences by ``isVerdict`` and
/// ``isConcern`` (and ``ReportExtractor/Findings``).
enum QuoteRules {
    /// Opening words that point back at text the page does not show.
    static let backReferences = [
        "however", "this", "these", "that", "those", "it", "its", "they", "their", "she", "he", "her", "his", "such",
        "as a result", "consequently", "subsequently", "nonetheless", "importantly", "despite this", "despite these",
        "in addition", "additionally", "also", "furthermore", "moreover", "nevertheless", "therefore", "similarly",
        "in contrast", "as such", "even so", "yet", "but", "and", "here", "since then", "since that", "following this",
        "following these", "at that time", "by then", "after this",
    ]
    /// Phrases that make a sentence about Ofsted's own inspections and grades rather than about
    /// children's services ("since the last inspection", "were judged", "following the JTAI"),
    /// which the timeline and banner already show. Social workers' visits to children and their
    /// professional judgement are practice, not these.
    static let restatements = [
        "inspection", "inspected", "focused visit", "monitoring visit", "jtai", "ofsted", "judged", "graded", " grade ",
        "areas for improvement", "previously",
    ]
    /// Phrases that mark background rather than a finding: the council's set-up, its people's
    /// appointments, its population, the pandemic.
    static let background = [
        "covid", "pandemic", "lockdown", "was established", "was set up", "were set up", "trust was", "commissioned by",
        "population", "demograph", "demand for", "was formed", "were formed", "reorganisation", "appointed",
        "appointment", "in post", "interim",
    ]
    /// Words of shortfall: "too" and "not" as whole words, the others as the start of a word
    /// ("lacks", "poorly", "delays"; never the "lack" in "Blackpool").
    static let shortfallWords: Set<String> = ["too", "not"]
    static let shortfallStems = [
        "weak", "inconsistent", "lack", "poor", "delay", "insufficient", "variable", "fail", "inadequate", "limited",
        "slow", "unsafe", "unsuitab", "unregistered", "deteriorat", "declin",
    ]
    /// Words that turn a shortfall at most three words after them into a strength: "preventing
    /// delay", "tackling inconsistent practice", "without delay", "there is no delay",
    /// "challenge poorly performing providers".
    static let mitigators = ["prevent", "reduc", "avoid", "minimis", "tackl", "address", "without", "overcom", "challeng"]
    static let mitigatingWords: Set<String> = ["no"]
    /// Words that say a shortfall is the exception: "Delay for children is rare."
    static let exceptions: Set<String> = ["rare", "rarely", "seldom", "minimal"]
    /// Words that open a condition: a shortfall inside one is the circumstance a strength answers
    /// ("When risks do not reduce, leaders act quickly", "..., if plans do not work, ..."), not a finding.
    static let conditions: Set<String> = ["when", "where", "if", "once", "unless"]
    /// Words that open a concession: at the start of a sentence the shortfall is granted and the
    /// finding follows ("Although the model is not yet embedded, staff use it well"); later in a
    /// sentence (", although quality is still variable") the concession is the finding.
    static let concessions: Set<String> = ["although", "while", "whilst", "despite"]
    /// What a "not in" names as a group's status, not a failing ("care leavers not in education").
    static let statuses: Set<String> = ["education", "employment", "eet", "school", "training"]
    /// What a shortfall word before them describes as the circumstances of the people served, not
    /// the service ("parents with poor mental health", "poor school attendance").
    static let circumstances: Set<String> = ["mental", "health", "attendance"]

    /// Whether `sentence` may be quoted on its own (rules 1 to 4).
    static func standsAlone(_ sentence: String) -> Bool {
        guard (40...420).contains(sentence.count) else { return false }
        let lower = sentence.lowercased()
        let opening = String(decoding: lower.utf8.prefix { (0x61...0x7A).contains($0) || $0 == 0x20 }, as: UTF8.self)
        if backReferences.contains(where: { opening == $0 || opening.hasPrefix($0 + " ") }) { return false }
        // "this is", "these have": a pronoun standing alone for something said before.
        let pronounVerbs = [
            "this is", "this has", "this was", "this will", "this means", "these are", "these have", "these were",
        ]
        if pronounVerbs.contains(where: { lower.includes(" " + $0 + " ") }) { return false }
        if pointsBack(lower) { return false }
        // "... as a result." points back at a cause the page does not show ("as a result of" names it).
        if lower.includes("as a result"), lower.count(of: "as a result") != lower.count(of: "as a result of") { return false }
        // Someone else's words inside inspectors' ("Its mantra is: ‘...’") are not the inspectors' finding.
        if lower.includes(": ‘") || lower.includes(": “") { return false }
        if namesAYear(lower) { return false }
        return !restatements.contains(where: lower.includes) && !background.contains(where: lower.includes)
    }

    /// "these" or "those" before a noun that no "who", "that" or "which" then defines: the group
    /// was named in a sentence the page does not show ("For these children, ...").
    static func pointsBack(_ lower: String) -> Bool {
        let words = Self.words(lower)
        for (i, w) in words.enumerated() where w == "these" || w == "those" {
            let next = words[(i + 1)..<min(words.count, i + 4)]
            if !next.contains(where: { $0 == "who" || $0 == "that" || $0 == "which" || $0 == "whose" }) { return true }
        }
        return false
    }

    /// Whether the sentence names a year from 1990 to 2099.
    static func namesAYear(_ lower: String) -> Bool {
        lower.utf8.split { !(0x30...0x39).contains($0) }.contains { d in
            d.count == 4 && String(decoding: d, as: UTF8.self).compare("1990") != .orderedAscending
                && String(decoding: d, as: UTF8.self).compare("2100") == .orderedAscending
        }
    }

    /// Whether `sentence` names a shortfall, in its own clause: a shortfall word that no
    /// mitigating word in the three before it (not counting "or" and "and") turns ("preventing
    /// delay", "to prevent unnecessary drift or delay"), that is not the "not
    /// only" of double praise, not in a condition ("When risks do not reduce, ...", ", if plans
    /// do not work,") or an opening concession ("Although ... not yet embedded, ..."), not a
    /// group's status ("care leavers not in education"), and in a clause that does not call it
    /// the exception ("Delay is rare.").
    static func isConcern(_ sentence: String) -> Bool {
        let lower = sentence.lowercased()
        // Most sentences have no shortfall word at all: a byte search says so before any splitting.
        guard shortfallWords.contains(where: lower.includes) || shortfallStems.contains(where: lower.includes) else {
            return false
        }
        let clauses = lower.split(separator: ",", omittingEmptySubsequences: false)
        for (c, clause) in clauses.enumerated() {
            let words = Self.words(clause)
            guard let first = words.first else { continue }
            // An opening condition or concession runs to the first comma; a later condition to the next.
            let opening = c == 0 && clauses.count > 1
            if conditions.contains(first) && (opening || c > 0) || concessions.contains(first) && opening { continue }
            if words.contains(where: exceptions.contains) { return false }
            if shortfall(in: words) { return true }
        }
        return false
    }

    /// A shortfall word among `words` of one clause, by the rules of ``isConcern``.
    private static func shortfall(in words: [String]) -> Bool {
        // What follows "when", "if" or "where" in the clause is the condition, not the finding:
        // "supporting children's views when they do not wish to see parents".
        let condition = words.firstIndex(where: conditions.contains) ?? words.count
        for (i, w) in words.enumerated() {
            if i > condition { return false }
            guard shortfallWords.contains(w) || shortfallStems.contains(where: w.hasPrefix) else { continue }
            if w == "not", i + 1 < words.count, words[i + 1] == "only" { continue }
            // The three words before it, not counting "or" and "and": a mitigating verb governs
            // every noun it is coordinated with ("prevent unnecessary drift or delay").
            let before = words[..<i].reversed().filter { $0 != "or" && $0 != "and" }.prefix(3)
            if before.contains(where: { mitigatingWords.contains($0) || mitigators.contains(where: $0.hasPrefix) }) { continue }
            // "who are not in education": a group's status, not a failing.
            if w == "not", i + 2 < words.count, words[i + 1] == "in", statuses.contains(words[i + 2]) { continue }
            if i + 1 < words.count, circumstances.contains(words[i + 1]) { continue }
            // "children living in unregistered homes": where a group lives, like a status, not a failing.
            if i >= 2, words[i - 1] == "in", ["living", "live", "lives", "placed"].contains(words[i - 2]) { continue }
            return true
        }
        return false
    }

    /// The words of lower-case text: runs of ASCII letters (reports' words are ASCII; a curly
    /// apostrophe or a dash ends one). Byte by byte: this runs on every sentence of every report.
    static func words<S: StringProtocol>(_ lower: S) -> [String] {
        lower.utf8.split { !(0x61...0x7A).contains($0) }.map { String(decoding: $0, as: UTF8.self) }
    }

    /// Whether `sentence` may be quoted as a strength: it names no shortfall and does not open by
    /// granting one ("While turbulence has stalled improvement, there are pockets of good practice").
    static func isStrength(_ sentence: String) -> Bool {
        guard let first = words(sentence.lowercased().prefix(12)).first else { return false }
        return !concessions.contains(first) && !isConcern(sentence)
    }

    /// Whether `sentence`, at least ``verdictLength`` characters, reads as a verdict: it says how
    /// children or services fare. A slogan ("Children are at the heart of X.") says too little.
    static func isVerdict(_ sentence: String) -> Bool {
        guard sentence.count >= verdictLength else { return false }
        let lower = sentence.lowercased()
        return lower.includes("child") || lower.includes("services") || lower.includes("families")
    }

    static let verdictLength = 60
}
