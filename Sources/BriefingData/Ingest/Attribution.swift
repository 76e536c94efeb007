/// Who a quote's words are, read from the words beside it, by the attribution patterns of news
/// writing: after the quote (`“…,” said Jane Doe.`, `“…,” the report said.`, `“…,” she
/// added.`), before it (`Jane Doe, leader of the council, said: “…”`, `It added: “…”`), or,
/// for a quote with neither, the speaker of the quote or reported speech just before it (a
/// quote continued, interrupted, or following "Ofsted added that …").
enum Attribution {
    enum Speaker: Equatable {
        /// Ofsted's report or letter; `letter` when the words name a letter.
        case inspectors(letter: Bool)
        case person(name: String, role: String?)
        /// A surname alone ("McRae said"), to be found among the people named before.
        case surname(String)
        /// "he" or "she": the person named last.
        case pronoun
        /// "it": the report or letter spoken of last.
        case it
        /// The council itself or an unnamed spokesperson.
        case council(role: String)
        /// An office with no name ("the director of children’s services told the committee"):
        /// whoever was named holding it, else the council's voice unnamed.
        case office(String)
    }

    static let verbs: Set<String> = [
        "said", "says", "added", "adds", "told", "tells", "explained", "noted", "notes", "found", "finds", "commented",
        "warned", "continued", "stated", "states", "wrote", "writes", "concluded", "insisted", "fumed", "stressed",
        "admitted", "acknowledged", "observed", "highlighted", "declared", "remarked", "urged", "claimed", "argued",
        "responded", "replied", "revealed", "confirmed", "announced", "reported", "described", "praised", "criticised",
    ]
    static let inspectorNouns = [
        "report", "letter", "inspectors", "inspector", "ofsted", "inspection", "watchdog", "regulator", "inspectorate",
        "the visit", "the review", "the findings",
    ]

    /// The speaker named after a quote, in `tail` (the words after its closing mark).
    static func after(_ tail: String) -> Speaker? {
        let clause = firstClause(tail.drop { ",;:—– ".contains($0) })
        let words = clause.split(separator: " ")
        guard let first = words.first else { return nil }
        if verbs.contains(first.lowercased()) {
            return resolve(words.dropFirst().joined(separator: " "))
        }
        if clause.lowercased().hasPrefix("according to ") { return resolve(String(clause.dropFirst(13))) }
        guard let v = words.prefix(12).firstIndex(where: { verbs.contains($0.lowercased()) }), v > 0 else { return nil }
        return resolve(words[..<v].joined(separator: " "))
    }

    /// The speaker named before a quote, in `lead` (the words of its sentence before the
    /// opening mark): they end with a speech verb and at most four words more ("told the
    /// meeting"), then a colon or comma or nothing.
    static func before(_ lead: String) -> Speaker? {
        let trimmed = lead.trimming(.whitespaces)
        guard !trimmed.isEmpty else { return nil }
        let body = trimmed.hasSuffix(":") || trimmed.hasSuffix(",") ? String(trimmed.dropLast()) : trimmed
        let words = body.split(separator: " ")
        guard let v = words.lastIndex(where: { verbs.contains($0.lowercased()) }), v > 0, words.count - v <= 5 else {
            return nil
        }
        return resolve(words[..<v].joined(separator: " "))
    }

    /// The last speaker of reported speech in `prose` ("Ofsted added plans …", "Jane Doe said the
    /// council would act"): a speech verb after a speaker.
    static func reported(_ prose: String) -> Speaker? {
        var found: Speaker?
        for sentence in prose.split(whereSeparator: { ".!?".contains($0) }) {
            let words = sentence.split(separator: " ")
            for (v, w) in words.enumerated() where v > 0 && verbs.contains(w.lowercased()) {
                let np = words[max(0, v - 8)..<v].joined(separator: " ")
                if let s = resolve(np.split(separator: ",").last.map(String.init) ?? np) { found = s }
                break
            }
        }
        return found
    }

    /// A speaker phrase: Ofsted's report, a pronoun, a person (with a role beside them), a
    /// surname, the council.
    static func resolve(_ phrase: String) -> Speaker? {
        let np = phrase.trimming(.whitespaces.union(.punctuationCharacters))
        let lower = np.lowercased()
        switch lower {
        case "he", "she": return .pronoun
        case "it": return .it
        case "": return nil
        default: break
        }
        if let m = People.mentions(in: np).first(where: { !$0.surnameOnly }) { return .person(name: m.name, role: m.role) }
        // "Oyelaran, who has been the council’s director since 2021": a surname, then its role.
        if let comma = np.range(of: ", ") {
            let head = np[..<comma.lowerBound].split(separator: " ").drop { People.titles.contains(String($0)) }
            let rest = String(np[comma.upperBound...])
            if head.count == 1, People.isNameWord(head[head.startIndex]) {
                let role = People.isAppositive(rest) ? rest : People.roleByVerb(rest.split(separator: " ")[...])
                return .person(name: String(head[head.startIndex]), role: role)
            }
        }
        let words = np.split(separator: " ").drop { People.titles.contains(String($0)) }
        if words.count == 1, People.isNameWord(words[words.startIndex]) { return .surname(String(words[words.startIndex])) }
        if words.count <= 6, inspectorNouns.contains(where: { (" " + lower + " ").contains(" " + $0) }) {
            return .inspectors(letter: lower.includes("letter"))
        }
        if words.count <= 10, !lower.includes("spokes"), People.isRole(np), People.isCouncilRole(np) { return .office(np) }
        if words.count <= 8, lower.includes("spokes") || lower.hasSuffix("council") || lower.hasSuffix("authority") {
            return .council(role: lower.includes("spokes") ? "council spokesperson" : "the council")
        }
        return nil
    }

    /// The words of `text` up to its first full stop, question or exclamation mark (not one
    /// after a title such as "Dr").
    static func firstClause(_ text: Substring) -> String {
        var out = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if !out.isEmpty { out += " " }
            let bare = word.trimming(.punctuationCharacters)
            if let l = word.last, ".!?“‘\"".contains(l), !People.titles.contains(bare) {
                out += word.dropLast()
                return out
            }
            out += word
        }
        return out
    }
}
