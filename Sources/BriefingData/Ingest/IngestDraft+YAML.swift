import BriefingModel
import Foundation

extension IngestDraft {
    /// The lists a record has, in the order a draft writes them.
    public static let lists = ["inspections", "quotes", "funding", "leaders", "context"]

    /// The draft as a council record in Data/councils' schema, each fact with `line:`, the line
    /// of the file it was read from; what was left out is listed in comments at the end.
    public var yaml: String {
        var y = "# Draft made by `brief ingest` from \(file): check each fact against its line before relying on it.\n"
        y += "slug: \(slug)\nname: \(Self.q(name))\n\nsources:\n" + sourceItem
        for key in Self.lists {
            let items = self.items(key)
            if !items.isEmpty { y += "\n\(key):\n" + items.joined() }
        }
        let notes = otherSums.map { "line \($0.line): \($0.fact)" } + skipped
        if !notes.isEmpty {
            y += "\n# Left out:\n" + notes.map { "#   " + $0.replacingOccurrences(of: "\n", with: " ") + "\n" }.joined()
        }
        return y
    }

    /// The source as an item of a record's `sources` list.
    public var sourceItem: String {
        var y = "  - id: \(source.id)\n"
        y += source.publisher.map { "    publisher: \(Self.q($0))\n" } ?? "    # publisher: not stated\n"
        y += "    headline: \(Self.q(source.headline))  # line \(sourceLines.headline)\n"
        if let d = source.date {
            y += "    date: \(Self.date(d))  # line \(sourceLines.date ?? 0)\n"
        } else {
            y += "    # date: not stated\n"
        }
        return y + "    seed_file: \(Self.q(source.seedFile ?? file))\n"
    }

    /// The items of the list `key` (one of ``lists``), each as YAML text, in the draft's order.
    public func items(_ key: String) -> [String] {
        switch key {
        case "inspections":
            return inspections.map {
                item($0) { i in
                    "kind: \(i.kind.rawValue)\n" + (i.date.map { "date: \(Self.date($0))\n" } ?? "")
                        + (i.grade.map { "grade: \($0.rawValue)\n" } ?? "")
                }
            }
        case "quotes":
            return quotes.map {
                item($0) { q in
                    "text: \(Self.q(q.text))\nvoice: \(q.voice.rawValue)\n" + (q.speaker.map { "speaker: \(Self.q($0))\n" } ?? "")
                        + "role: \(Self.q(q.role))\n" + (q.date.map { "date: \(Self.date($0))\n" } ?? "")
                }
            }
        case "funding":
            return funding.map {
                item($0) { f in
                    "label: \(Self.q(f.label))\namount: \(f.amount)\nrecurrence: \(f.recurrence.rawValue)\n"
                        + (f.date.map { "date: \(Self.date($0))\n" } ?? "")
                }
            }
        case "leaders": return leaders.map { item($0) { l in "name: \(Self.q(l.name))\nrole: \(Self.q(l.role))\n" } }
        case "context": return context.map { item($0) { c in "topic: \(c.topic.rawValue)\ntext: \(Self.q(c.text))\n" } }
        default: return []
        }
    }

    /// One list item: its fields indented, then its source and line.
    func item<T>(_ item: Line<T>, _ fields: (T) -> String) -> String {
        let lines = (fields(item.fact) + "source: \(source.id)\nline: \(item.line)\n").split(separator: "\n")
        return lines.enumerated().map { ($0 == 0 ? "  - " : "    ") + $1 + "\n" }.joined()
    }

    /// `text` as a double-quoted YAML scalar.
    static func q(_ text: String) -> String {
        var out = "\""
        for u in text.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x7F || u.value == 0x85 || u.value == 0x2028 || u.value == 0x2029
                    || u.value == 0xFEFF
                {
                    out += String(format: "\\u%04X", u.value)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    /// A date as a record writes it: "2018-07", or a mapping with why it is inferred.
    static func date(_ d: FactDate) -> String {
        let iso = [String(format: "%04d", d.year)] + [d.month, d.day].compactMap { $0.map { String(format: "%02d", $0) } }
        let value = "\"\(iso.joined(separator: "-"))\""
        guard let why = d.inferred else { return value }
        return "{value: \(value), inferred: \(q(why))}"
    }
}
