import BriefingModel
import Foundation

extension IngestDraft {
    /// The draft as a council record in Data/councils' schema, each fact with `line:`, the line
    /// of the file it was read from; what was left out is listed in comments at the end.
    public var yaml: String {
        var y = "# Draft made by `brief ingest` from \(file): check each fact against its line before relying on it.\n"
        y += "slug: \(slug)\nname: \(Self.q(name))\n\n" + sourcesYAML
        y += section("inspections", inspections) { i in
            var s = "kind: \(i.kind.rawValue)\n"
            if let d = i.date { s += "date: \(Self.date(d))\n" }
            if let g = i.grade { s += "grade: \(g.rawValue)\n" }
            return s
        }
        y += section("quotes", quotes) { q in
            var s = "text: \(Self.q(q.text))\nvoice: \(q.voice.rawValue)\n"
            if let sp = q.speaker { s += "speaker: \(Self.q(sp))\n" }
            return s + "role: \(Self.q(q.role))\n"
        }
        y += section("funding", funding) { f in
            "label: \(Self.q(f.label))\namount: \(f.amount)\nrecurrence: \(f.recurrence.rawValue)\n"
        }
        y += section("leaders", leaders) { l in "name: \(Self.q(l.name))\nrole: \(Self.q(l.role))\n" }
        y += section("context", context) { c in "topic: \(c.topic.rawValue)\ntext: \(Self.q(c.text))\n" }
        let notes = otherSums.map { "line \($0.line): \($0.fact)" } + skipped
        if !notes.isEmpty {
            y += "\n# Left out:\n" + notes.map { "#   " + $0.replacingOccurrences(of: "\n", with: " ") + "\n" }.joined()
        }
        return y
    }

    var sourcesYAML: String {
        var y = "sources:\n  - id: \(source.id)\n"
        y += "    publisher: " + (source.publisher.map(Self.q) ?? "# not stated") + "\n"
        y += "    headline: \(Self.q(source.headline))  # line \(sourceLines.headline)\n"
        if let d = source.date {
            y += "    date: \(Self.date(d))  # line \(sourceLines.date ?? 0)\n"
        } else {
            y += "    # date: not stated\n"
        }
        return y + "    seed_file: \(Self.q(source.seedFile ?? file))\n"
    }

    /// A list under `key`, each item's fields indented, then its source and line.
    func section<T>(_ key: String, _ items: [Line<T>], _ fields: (T) -> String) -> String {
        guard !items.isEmpty else { return "" }
        var y = "\n\(key):\n"
        for item in items {
            let lines = (fields(item.fact) + "source: \(source.id)\nline: \(item.line)\n").split(separator: "\n")
            y += lines.enumerated().map { ($0 == 0 ? "  - " : "    ") + $1 + "\n" }.joined()
        }
        return y
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

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
