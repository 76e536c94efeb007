import BriefingModel
import Foundation

extension ReportImport {
    /// The report's title: its first six lines with text, joined, up to its "Inspection dates"
    /// line. Ofsted's reports name the council there ("Inspection of Darlington Borough Council
    /// local authority children's services", "London Borough of Barnet", "Medway Council").
    static func titleBlock(_ text: String) -> String {
        var lines: [String] = []
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\u{0C}" }) {
            let t = line.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if t.isEmpty { continue }
            if t.lowercased().hasPrefix("inspection date") || lines.count == 6 { break }
            lines.append(t)
        }
        return lines.joined(separator: " ")
    }

    /// The index of the council `title` names: the council whose name, in words, stands in the
    /// title as whole words, the longest such (so "East Riding of Yorkshire", not "York"). Words
    /// that only say what kind of council it is ("City of", "Council", "Borough", "County") may
    /// be there or not: "City of York Council" is York, "Portsmouth City" Portsmouth. Nil when
    /// the title names none.
    static func council(named title: String, among councils: [Council]) -> Int? {
        let said = words(title)
        var best: (index: Int, length: Int)?
        for (i, c) in councils.enumerated() {
            // The whole name outranks its core: "London Borough of Barnet" is Barnet, not the City of London.
            for (form, weight) in [(words(c.name), 2), (core(words(c.name)), 1)] where !form.isEmpty {
                guard contains(said, form) || contains(core(said), form) else { continue }
                let length = form.joined(separator: " ").count * weight
                if length > best?.length ?? 0 { best = (i, length) }
            }
        }
        return best?.index
    }

    /// Lower-case words of letters and digits: "St. Helens" -> ["st", "helens"], "&" read as "and".
    static func words(_ s: String) -> [String] {
        s.lowercased().replacingOccurrences(of: "&", with: " and ").replacingOccurrences(of: ".", with: "")
            .replacingOccurrences(of: "’", with: "").replacingOccurrences(of: "'", with: "")
            .split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    /// The words without those that only say what kind of council it is.
    static func core(_ words: [String]) -> [String] {
        let kinds: Set<String> = ["city", "of", "council", "borough", "county", "metropolitan", "district", "royal", "the"]
        return words.filter { !kinds.contains($0) }
    }

    /// Whether `needle` stands in `hay` as a run of whole words.
    private static func contains(_ hay: [String], _ needle: [String]) -> Bool {
        guard !needle.isEmpty, needle.count <= hay.count else { return false }
        return (0...(hay.count - needle.count)).contains { hay[$0..<$0 + needle.count].elementsEqual(needle) }
    }
}
