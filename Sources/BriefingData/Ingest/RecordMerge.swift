import BriefingModel

/// A draft added to a council's record as text: the record's own lines, comments and order are
/// kept, the draft's new facts are appended to the end of each list (a list the record lacks is
/// added at its end), and a fact the record already has is reported and not added, as is an
/// inspection whose date the text does not state. Nothing in the record is changed or removed.
public struct RecordMerge: Sendable {
    /// The record's new text.
    public var text: String
    /// How many facts were added to each list.
    public var added: [(String, Int)]
    /// The draft's facts not added, each as "list[i] … why": the record has them, or (for an
    /// inspection) the text does not state its date.
    public var duplicates: [String]

    /// `draft` merged into `record` (its text and what it decodes to), or into a new record when
    /// there is none.
    public init(_ draft: IngestDraft, into record: (text: String, council: Council)?) throws(DataError) {
        guard let (original, council) = record else {
            text = draft.yaml
            added = IngestDraft.lists.map { ($0, draft.items($0).count) }
            duplicates = []
            return
        }
        var lines = original.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        var added: [(String, Int)] = []
        var duplicates: [String] = []
        if !council.sources.contains(where: { $0.id == draft.source.id }) {
            try Self.append([draft.sourceItem], to: "sources", in: &lines)
        }
        for key in IngestDraft.lists {
            let known = Self.known(key, draft, council)
            let items = draft.items(key)
            var fresh: [String] = []
            for (i, item) in items.enumerated() {
                if key == "inspections", let why = Self.unmerged(draft.inspections[i].fact) {
                    duplicates.append("inspections[\(i)] of the draft is not merged: \(why); add it by hand if it is right")
                } else if let where_ = known[i] {
                    duplicates.append("\(key)[\(i)] of the draft is already in the record as \(key)[\(where_)]; not added")
                } else {
                    fresh.append(item)
                }
            }
            if !fresh.isEmpty { try Self.append(fresh, to: key, in: &lines) }
            added.append((key, fresh.count))
        }
        text = lines.joined(separator: "\n") + "\n"
        self.added = added
        self.duplicates = duplicates
    }

    /// Why an inspection the draft mentions is not merged: one whose date the text does not
    /// state could lead the page (or sit on its timeline) on a guess.
    static func unmerged(_ i: Inspection) -> String? {
        guard let d = i.date else { return "the text gives no date" }
        return d.inferred == nil ? nil : "its date is inferred, not stated"
    }

    /// For each of the draft's items in `key`, the index of the record's fact it repeats, if any.
    static func known(_ key: String, _ d: IngestDraft, _ c: Council) -> [Int: Int] {
        func index<A, B>(_ new: [A], _ old: [B], _ same: (A, B) -> Bool) -> [Int: Int] {
            var out: [Int: Int] = [:]
            for (i, a) in new.enumerated() { if let j = old.firstIndex(where: { same(a, $0) }) { out[i] = j } }
            return out
        }
        switch key {
        case "inspections":
            return index(d.inspections.map(\.fact), c.inspections) { a, b in
                // "2021" is the June 2021 inspection the record has.
                a.kind == b.kind && a.date?.year == b.date?.year
                    && (a.date?.month == nil || b.date?.month == nil || a.date?.month == b.date?.month)
            }
        case "quotes": return index(d.quotes.map(\.fact), c.quotes) { QuoteText.same($0.text, $1.text) }
        case "funding": return index(d.funding.map(\.fact), c.funding) { $0.amount == $1.amount }
        case "leaders": return index(d.leaders.map(\.fact), c.leaders) { People.key($0.name) == People.key($1.name) }
        case "context": return index(d.context.map(\.fact), c.context) { QuoteText.same($0.text, $1.text) }
        default: return [:]
        }
    }

    /// Appends `items` (YAML text) to the end of the top-level list `key` in `lines`: after its
    /// last indented line, at its items' indentation; replacing an inline empty list (`key: []`);
    /// or as a new list at the end. A list written inline with items cannot be appended to.
    static func append(_ items: [String], to key: String, in lines: inout [String]) throws(DataError) {
        var new = items.joined().split(separator: "\n").map(String.init)
        guard let start = lines.firstIndex(where: { $0.hasPrefix("\(key):") }) else {
            lines += ["", "\(key):"] + new
            return
        }
        let inline = lines[start].dropFirst(key.count + 1).split(separator: "#").first?.trimming(.whitespaces) ?? ""
        guard inline.isEmpty || inline == "[]" else {
            throw .invalid(
                file: "", line: start + 1, field: key,
                message: "is written inline ('\(inline)'); expected a block list (one '- ' item per line) to add to")
        }
        lines[start] = "\(key):"
        var end = start + 1
        var lastItem = start
        var indent: Int?
        while end < lines.count {
            let l = lines[end]
            if let f = l.first, f != " ", f != "#", f != "-", f != "\t" { break }
            if l.first == " " || l.first == "-" { lastItem = end }
            if indent == nil, let dash = l.firstIndex(where: { $0 != " " }), l[dash] == "-" {
                indent = l.distance(from: l.startIndex, to: dash)
            }
            end += 1
        }
        // The draft indents items by two spaces; the record's own indentation wins.
        let shift = (indent ?? 2) - 2
        if shift != 0 { new = new.map { shift > 0 ? String(repeating: " ", count: shift) + $0 : String($0.dropFirst(-shift)) } }
        lines.insert(contentsOf: new, at: lastItem + 1)
    }
}
