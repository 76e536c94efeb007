/// People named in a document and the roles they hold, read from how news writing introduces
/// them: "Jane Doe, leader of the council," (a role after the name, between commas), "the
/// council’s director of children’s services, Jane Doe," (before it), "Council leader Jane
/// Doe" (a role as a title), "Cllr Jane Doe".
///
/// A name is two to four capitalised words ("O’Brien", "McRae", "Smith-Jones" are words),
/// after an optional title ("Professor", "Dr", "Cllr"). A role is a phrase with a head word of
/// a council office (``councilOffices``) or of another office (``otherOffices``).
enum People {
    static let titles: Set<String> = [
        "Professor", "Prof", "Dr", "Cllr", "Councillor", "Sir", "Dame", "Mr", "Mrs", "Ms", "Miss", "Lord", "Lady", "Baroness",
        "Rev", "Revd", "Councillors", "Cllrs",
    ]
    /// Capitalised words that are never part of a person's name.
    static let notNames: Set<String> = [
        "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "In", "On", "At", "Of", "For", "And", "But", "He",
        "She", "They", "We", "Our", "Council", "Councils", "Ofsted", "Borough", "County", "City", "Children’s", "Children's",
        "Children", "Services", "Service", "Social", "Care", "Trust", "Government", "Department", "Education", "Local",
        "Authority", "Association", "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "Inspectors", "Inspector", "Report", "Minister", "Secretary", "State", "Cabinet", "Committee", "Board", "Mayor",
        "Leader", "Chief", "Executive", "Director", "Member", "Lead", "Deputy", "Interim", "Acting", "Head", "Chair",
        "Labour", "Conservative", "Liberal", "Democrats", "Green", "Reform", "Independent", "Speaking", "Responding",
        "Commenting", "Asked", "England", "English", "British", "National", "Safeguarding", "Improvement", "Partnership",
        "Community", "Press", "News", "Photo", "Comments", "Since", "While", "When", "After", "Before", "However", "Today",
        "Yesterday", "Last", "Next", "New", "Mrs.", "Mr.", "Dr.", "Group", "Hub", "Team", "Office", "Party", "MP",
        "Panel", "Scrutiny", "Centre", "School", "College", "University", "Agency", "Forum", "Unit", "Network", "Police",
        "Hospital", "Overview", "Present", "Apologies", "Item", "Minutes", "Notes", "Ends", "Officers", "People",
        "Commissioning", "Placements", "Resources", "Finance", "Health", "Housing", "Adults", "Adult", "Learning",
        "Skills", "Early", "Help", "Quality", "Assurance", "Performance", "Transformation", "Operations",
        "Partnerships", "Inclusion", "Wellbeing", "Public", "Democratic", "Governance", "Legal", "Audit", "Strategy",
        "Policy", "Share", "Save", "Follow", "Read", "Watch", "Listen", "Related", "Advertisement",
    ]
    /// Head words of a council's offices: who speaks for the council.
    static let councilOffices = [
        "leader", "chief executive", "director", "cabinet member", "lead member", "portfolio holder", "councillor",
        "mayor", "spokesperson", "spokesman", "spokeswoman", "executive member", "head of", "chair", "chairman",
        "chairwoman", "managing director", "commissioner", "lead for",
    ]
    /// Words that make a role someone else's: an MP, a union, a parent, a minister, Ofsted.
    static let otherOffices = [
        "mp", "member of parliament", "minister", "secretary of state", "union", "unison", "gmb", "unite", "parent",
        "mother", "father", "grandparent", "ofsted", "inspector", "professor of", "researcher", "charity", "campaign",
        "barnardo", "nspcc", "local government association", "lga", "association of directors", "solicitor", "lawyer",
    ]

    /// A person's name compared without titles, case or the shape of its apostrophes.
    static func key(_ name: String?) -> String? {
        guard let name else { return nil }
        let words = name.split(separator: " ").filter {
            !titles.contains(String($0).trimming(.punctuationCharacters))
        }
        return QuoteText.key(words.joined(separator: " "))
    }

    /// Whether `word` can be part of a name.
    static func isNameWord(_ w: Substring) -> Bool {
        guard let f = w.first, f.isUppercase, !notNames.contains(String(w)) else { return false }
        // An initial: "B." in "B. Okonjo".
        if w.count == 2, w.last == "." { return true }
        guard w.count > 1, w.last != "." else { return false }
        return w.allSatisfy { $0.isLetter || $0 == "’" || $0 == "'" || $0 == "-" } && w.dropFirst().contains(where: \.isLowercase)
    }

    /// The name that `phrase` is, whole (after an optional title); nil when it is not one.
    static func name(_ phrase: Substring) -> String? {
        let words = phrase.split(separator: " ")
        guard (1...5).contains(words.count) else { return nil }
        var rest = words[...]
        if let f = rest.first, titles.contains(String(f.trimming(.punctuationCharacters))) {
            rest = rest.dropFirst()
        }
        guard (2...4).contains(rest.count), rest.allSatisfy(isNameWord) else { return nil }
        return words.joined(separator: " ")
    }

    /// A name at the end of `phrase` after a role used as a title ("Council leader Jane Doe",
    /// "the council’s director, Jane Doe"): the role and the name.
    static func titledName(_ phrase: Substring) -> (role: String, name: String)? {
        let words = phrase.split(separator: " ")
        for n in stride(from: min(5, words.count - 1), through: 2, by: -1) {
            guard let name = name(words.suffix(n).joined(separator: " ")[...]) else { continue }
            let role = words.dropLast(n).joined(separator: " ").trimming(.punctuationCharacters.union(.whitespaces))
            if isRole(role) { return (role, name) }
        }
        return nil
    }

    /// Whether `phrase` reads as an office ("leader of the council", "the council’s chief
    /// executive"): it has an office's words, whole ("inspectors" is not "inspector").
    static func isRole(_ phrase: String) -> Bool {
        let words = plainWords(phrase)
        return words.count <= 14 && office(in: words, councilOfficeWords + otherOfficeWords) != nil
    }

    /// Whether `role` is an office of the council rather than someone else's.
    static func isCouncilRole(_ role: String) -> Bool {
        let words = plainWords(role)
        return office(in: words, otherOfficeWords) == nil && office(in: words, councilOfficeWords) != nil
    }

    static let councilOfficeWords = councilOffices.map { $0.split(separator: " ").map(String.init) }
    static let otherOfficeWords = otherOffices.map { $0.split(separator: " ").map(String.init) }

    /// The words of `phrase` in lower case, without punctuation or a possessive ending.
    static func plainWords(_ phrase: String) -> [String] {
        phrase.lowercased().split(separator: " ").map { w in
            var t = w.trimming(.punctuationCharacters)
            for suffix in ["’s", "'s"] where t.hasSuffix(suffix) { t = String(t.dropLast(2)) }
            return t
        }
    }

    /// The index of the first of `words` where one of `offices` starts, if any.
    static func office(in words: [String], _ offices: [[String]]) -> Int? {
        words.indices.first { i in offices.contains { o in i + o.count <= words.count && Array(words[i..<i + o.count]) == o } }
    }

    /// A role as it reads on its own: "the council’s chief executive" and "chief executive of
    /// Reading council" are "chief executive"; "Council leader" is "council leader".
    static func tidy(_ role: String, council: String) -> String {
        var r = role.trimming(.whitespaces.union(.punctuationCharacters))
        let lowerCouncil = council.lowercased()
        for prefix in [
            "the council’s ", "the council's ", "the ", "its ", "\(lowerCouncil)’s ", "\(lowerCouncil)'s ",
            "\(lowerCouncil) council’s ", "\(lowerCouncil) council's ",
        ]
        where r.lowercased().hasPrefix(prefix) {
            r = String(r.dropFirst(prefix.count))
        }
        for suffix in [
            " of \(lowerCouncil) council", " of \(lowerCouncil) borough council", " of \(lowerCouncil) city council",
            " at \(lowerCouncil) council", " of \(lowerCouncil)", " of the council", " at the council",
        ]
        where r.lowercased().hasSuffix(suffix) && r.lowercased() != "leader" + suffix {
            r = String(r.dropLast(suffix.count))
        }
        if let f = r.first, f.isUppercase, r.split(separator: " ").first.map({ !isNameWord($0) || $0 == "Council" }) == true {
            r = f.lowercased() + r.dropFirst()
        }
        return r
    }
}
