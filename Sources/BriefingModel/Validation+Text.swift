/// What text brief draws: no code point that draws nothing honest (controls, noncharacters,
/// private use), none that reorders what is shown (bidi embeddings, overrides, isolates and
/// marks), and no word so long that laying it out costs more than its length (Pango breaks an
/// unbroken run character by character, and that grows with the square of the run).
public enum RecordText {
    /// The longest run of characters without a space brief lays out. Real words are far shorter;
    /// an address is not drawn.
    public static let longestWord = 100

    /// Why `text` cannot be drawn, or nil when it can: the first refused code point, named, or
    /// the first word over ``longestWord``.
    public static func problem(_ text: String) -> String? {
        var run = 0
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            if let kind = refusal(scalar) {
                return "has \(scalar.codePoint) (\(kind)) at character \(offset + 1); expected text without control, bidi or "
                    + "noncharacter code points"
            }
            run = scalar.properties.isWhitespace ? 0 : run + 1
            if run > longestWord {
                return "has a word of more than \(longestWord) characters with no space at character "
                    + "\(offset + 2 - run); expected words of at most \(longestWord) characters"
            }
        }
        return nil
    }

    /// The kind of a refused code point, or nil for one brief draws.
    static func refusal(_ s: Unicode.Scalar) -> String? {
        let v = s.value
        switch v {
        case 0x09, 0x0A, 0x0D: return nil
        case 0x00: return "a NUL"
        case 0x01...0x1F, 0x7F...0x9F: return "a control character"
        case 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069: return "a bidi control"
        case 0xFDD0...0xFDEF: return "a noncharacter"
        case _ where v & 0xFFFE == 0xFFFE: return "a noncharacter"
        case 0xE000...0xF8FF, 0xF0000...0x10FFFF: return "a private-use character"
        default: return nil
        }
    }
}

extension Council {
    /// Every text field drawn on a page, with its path.
    public var drawnText: [([ValidationIssue.PathComponent], String)] {
        var all: [([ValidationIssue.PathComponent], String)] = []
        func add(_ path: [ValidationIssue.PathComponent], _ text: String?) { if let text { all.append((path, text)) } }
        add([.key("name")], name)
        add([.key("region")], region)
        for (i, x) in inspections.enumerated() {
            let p: [ValidationIssue.PathComponent] = [.key("inspections"), .index(i)]
            add(p + [.key("framework")], x.framework)
            add(p + [.key("finding")], x.finding)
            add(p + [.key("grade_note")], x.gradeNote)
            for (j, judgement) in x.judgements.enumerated() {
                add(p + [.key("judgements"), .index(j), .key("area")], judgement.area)
            }
        }
        for (i, q) in quotes.enumerated() {
            let p: [ValidationIssue.PathComponent] = [.key("quotes"), .index(i)]
            add(p + [.key("text")], q.text)
            add(p + [.key("role")], q.role)
            add(p + [.key("speaker")], q.speaker)
        }
        for (i, f) in funding.enumerated() { add([.key("funding"), .index(i), .key("label")], f.label) }
        for (i, c) in context.enumerated() { add([.key("context"), .index(i), .key("text")], c.text) }
        for (i, l) in leaders.enumerated() {
            add([.key("leaders"), .index(i), .key("name")], l.name)
            add([.key("leaders"), .index(i), .key("role")], l.role)
        }
        for (i, m) in improvements.enumerated() { add([.key("improvements"), .index(i), .key("text")], m.text) }
        for (i, s) in sources.enumerated() {
            add([.key("sources"), .index(i), .key("headline")], s.headline)
            add([.key("sources"), .index(i), .key("publisher")], s.publisher)
        }
        return all
    }
}

extension Unicode.Scalar {
    /// "U+00E9", "U+1F600": the code point as Unicode writes it.
    public var codePoint: String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
