import BriefingModel

extension QuoteFinder {
    /// A speaker as a quote carries it: a voice (nil for someone neither Ofsted's nor the
    /// council's), a name where one is given, a role.
    struct Resolved {
        var speaker: Attribution.Speaker
        var voice: Quote.Voice?
        var name: String?
        var role: String
    }

    /// The people named so far, in order, each with the fullest name and a role once given.
    struct Registry {
        let council: String
        var people: [People.Mention] = []
        /// The person named or quoted last, for "he" and "she".
        var last: Int?

        /// Reads `prose`: the people it names, then the one it names last (by surname too) becomes ``last``.
        mutating func read(_ prose: String, places: Set<String>) {
            add(People.mentions(in: prose, excluding: places))
            let surnames = Dictionary(
                people.enumerated().map { ($0.element.name.split(separator: " ").last.map(String.init) ?? "", $0.offset) },
                uniquingKeysWith: { _, b in b })
            for w in prose.split(separator: " ") {
                var bare = w.trimming(.punctuationCharacters)
                for suffix in ["’s", "'s"] where bare.hasSuffix(suffix) { bare = String(bare.dropLast(2)) }
                if let i = surnames[bare] { last = i }
            }
        }

        mutating func add(_ mentions: [People.Mention]) {
            for m in mentions {
                if m.surnameOnly {
                    if let i = index(of: m.name) {
                        last = i
                        if people[i].role == nil, m.name.hasPrefix("Councillor ") || m.name.hasPrefix("Cllr") {
                            people[i].role = "councillor"
                        }
                    }
                    continue
                }
                let role = m.role.map { People.tidy($0, council: council) }
                if let i = index(of: m.name) {
                    if m.name.count > people[i].name.count { people[i].name = m.name }
                    if people[i].role == nil { people[i].role = role }
                    last = i
                } else {
                    people.append(People.Mention(name: m.name, role: role))
                    last = people.count - 1
                }
            }
        }

        /// The person with this name, or whose surname it is ("McRae" is "Merran McRae").
        func index(of name: String) -> Int? {
            let surname = name.split(separator: " ").last.map(String.init) ?? name
            return people.lastIndex { $0.name == name || $0.name.split(separator: " ").last.map(String.init) == surname }
        }

        /// Who `speaker` is, given the people named so far and the last report or letter quoted.
        mutating func resolve(_ speaker: Attribution.Speaker, inspectors: Attribution.Speaker?) -> Resolved? {
            switch speaker {
            case .inspectors(let letter):
                return Resolved(speaker: speaker, voice: .inspectors, name: nil, role: letter ? "Ofsted letter" : "Ofsted report")
            case .it:
                guard let inspectors else { return nil }
                return resolve(inspectors, inspectors: nil)
            case .council(let role):
                return Resolved(speaker: speaker, voice: .council, name: nil, role: role)
            case .office(let office):
                let role = People.tidy(office, council: council)
                if let i = people.lastIndex(where: { $0.role.map { QuoteText.key($0) == QuoteText.key(role) } == true }) {
                    last = i
                    return person(i)
                }
                return Resolved(speaker: speaker, voice: .council, name: nil, role: role)
            case .pronoun:
                guard let last else { return nil }
                return person(last)
            case .surname(let name):
                guard let i = index(of: name) else { return nil }
                last = i
                return person(i)
            case .person(let name, let role):
                add([People.Mention(name: name, role: role)])
                return last.flatMap { person($0) }
            }
        }

        /// The person at `i` as a speaker: the council's voice when their role is a council
        /// office; no voice when it is another office or none is given.
        func person(_ i: Int) -> Resolved {
            let p = people[i]
            let role = p.role ?? "role not stated"
            let lower = role.lowercased()
            let voice: Quote.Voice? =
                lower.includes("ofsted") || lower.includes("inspector")
                ? .inspectors : (p.role.map { People.isCouncilRole($0) } == true ? .council : nil)
            return Resolved(speaker: .person(name: p.name, role: p.role), voice: voice, name: p.name, role: role)
        }
    }
}
