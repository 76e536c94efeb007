extension People {
    /// A person named in running text, with the role given beside the name, if any.
    struct Mention: Hashable {
        var name: String
        var role: String?
        /// A surname after a title ("Ms Mwangi"): someone named in full before, if anyone.
        var surnameOnly = false
    }

    /// Verbs that give a role after a name: "Jane Doe took up the post of director of …".
    static let roleVerbs = [
        "took up the post of ", "was appointed as ", "was appointed ", "has been appointed as ", "has been appointed ",
        "who became ", "became ", "was named as ", "was named ", "who took over as ", "took over as ", "stepped in as ",
        "who joined as ", "joined as ", "who serves as ", "serves as ", "who has been ", "who is ", "who was ", "is ", "was ",
        "has been ",
    ]
    /// Words that end a role given by such a verb ("… director of children’s services at Northby Council").
    static let roleEnds: Set<String> = ["at", "on", "in", "from", "after", "since", "until", "when", "last", "this", "earlier"]

    /// Words that end a role phrase read backwards from its head word.
    static let roleStops: Set<String> = [
        "that", "said", "says", "and", "when", "as", "by", "to", "with", "from", "after", "highlighted", "noted", "added",
        "told", "while", "but", "than", "whom", "who", "which", "was", "is", "were", "has", "had", "have",
    ]

    /// The people `text` (prose outside quotation marks) names, with their roles: "Jane Doe,
    /// ROLE," "ROLE, Jane Doe," and "ROLE Jane Doe".
    static func mentions(in text: String, excluding places: Set<String> = []) -> [Mention] {
        // Sentence by sentence, so that a name never runs into the next sentence's first word.
        let segments = Sentences.split(text).flatMap { sentence in
            sentence.split(whereSeparator: { ",;()".contains($0) }).map {
                $0.trimming(.whitespaces.union(.init(charactersIn: ".")))
            }
        }
        var out: [Mention] = []
        for (k, segment) in segments.enumerated() {
            let words = segment.split(separator: " ")
            var i = 0
            out += titledSurnames(words)
            while i < words.count {
                guard let (start, end) = nameRun(words, from: i) else { break }
                let name = words[start..<end].joined(separator: " ")
                i = end
                guard !places.contains(name), !places.contains(words[start..<end].dropFirst().joined(separator: " ")) else {
                    continue
                }
                var role = rolePhrase(words[..<start])
                if role == nil, end == words.count, k + 1 < segments.count, isAppositive(segments[k + 1]) {
                    role = segments[k + 1]
                }
                if role == nil, start == 0, k > 0 { role = rolePhrase(segments[k - 1].split(separator: " ")[...]) }
                if role == nil { role = roleByVerb(words[end...]) }
                // "Jane Doe, 52, who took over as director in 2022": an age may come between.
                var next = k + 1
                if next < segments.count, Int(segments[next]) != nil { next += 1 }
                if role == nil, end == words.count, next < segments.count {
                    role = roleByVerb(segments[next].split(separator: " ")[...])
                }
                // "Councillor Jane Doe" with no other role given is a councillor.
                if role == nil, ["Councillor", "Cllr", "Cllr."].contains(String(words[start])) { role = "councillor" }
                out.append(Mention(name: name, role: role))
            }
        }
        return out
    }

    /// Surnames after a title with no forename: "Ms Mwangi", "Councillor Prentice".
    static func titledSurnames(_ words: [Substring]) -> [Mention] {
        words.indices.dropLast().compactMap { k in
            guard titles.contains(String(words[k].trimming(.punctuationCharacters))), isNameWord(words[k + 1]),
                k + 2 == words.count || !isNameWord(words[k + 2])
            else { return nil }
            return Mention(name: words[k...(k + 1)].joined(separator: " "), role: nil, surnameOnly: true)
        }
    }

    /// The role a verb gives after a name ("took up the post of ROLE at …"), if it reads as one.
    static func roleByVerb(_ rest: ArraySlice<Substring>) -> String? {
        let text = rest.joined(separator: " ")
        guard let verb = roleVerbs.first(where: { text.lowercased().hasPrefix($0) }) else { return nil }
        let words = text.dropFirst(verb.count).split(separator: " ")
        let role = words.prefix { !roleEnds.contains($0.lowercased()) && $0.first?.isNumber != true }.joined(separator: " ")
        // "is the council’s director …", not "is concerned that the director …": the office comes first.
        guard let at = office(in: plainWords(role), councilOfficeWords + otherOfficeWords), at <= 3 else { return nil }
        return role
    }

    /// The next run of two to four name words (after an optional title) at or after `i`.
    static func nameRun(_ words: [Substring], from i: Int) -> (Int, Int)? {
        var k = i
        while k < words.count {
            let titled = titles.contains(String(words[k].trimming(.punctuationCharacters)))
            let first = titled ? k + 1 : k
            var e = first
            while e < words.count, e - first < 4, isNameWord(words[e]) { e += 1 }
            // A plural title ("Councillors A B, C D") is not part of the first name.
            let plural =
                titled && ["Councillors", "Cllrs"].contains(String(words[k].trimming(.punctuationCharacters)))
            if e - first >= 2, e == words.count || !isNameWord(words[e]) { return (plural ? first : k, e) }
            k = max(e, k + 1)
        }
        return nil
    }

    /// A segment after a name that is its role in apposition: it reads as an office and
    /// starts in lower case or with "the", "its" or a possessive.
    static func isAppositive(_ segment: String) -> Bool {
        guard let f = segment.first, let first = segment.split(separator: " ").first,
            let at = office(in: plainWords(segment), councilOfficeWords + otherOfficeWords), at <= 3
        else { return false }
        let lower = first.lowercased()
        let possessive = segment.split(separator: " ").prefix(3).contains { $0.hasSuffix("’s") || $0.hasSuffix("'s") }
        return f.isLowercase || lower == "the" || lower == "its" || possessive || roleOpeners.contains(lower)
    }

    /// Words a role may open with in capitals, as press releases write them ("Leader of the Council").
    static let roleOpeners: Set<String> = [
        "leader", "deputy", "director", "chief", "executive", "cabinet", "lead", "head", "chair", "portfolio", "strategic",
        "corporate", "assistant", "interim", "acting", "councillor", "mayor", "spokesperson", "member", "managing",
    ]

    /// The role that `words` end with, read back from its head word to a stop word (kept when
    /// it is "the" or "its"); nil when they end with none.
    static func rolePhrase(_ words: ArraySlice<Substring>) -> String? {
        guard !words.isEmpty else { return nil }
        let lower = words.map { $0.lowercased() }
        let plain = plainWords(words.joined(separator: " "))
        let offices = councilOfficeWords + otherOfficeWords
        guard
            let at = plain.indices.last(where: { i in
                offices.contains { o in i + o.count <= plain.count && Array(plain[i..<i + o.count]) == o }
            })
        else { return nil }
        let head = words.startIndex + at
        var start = head
        while start > words.startIndex {
            let w = lower[start - 1 - words.startIndex]
            let capital = words[start - 1].first?.isUppercase == true
            if roleStops.contains(w) || (capital && !["council", "borough", "county", "city"].contains(w) && !w.hasSuffix("’s")) {
                break
            }
            start -= 1
            if w == "the" || w == "its" { break }
        }
        let phrase = words[start...].joined(separator: " ")
        return isRole(phrase) ? phrase : nil
    }
}
