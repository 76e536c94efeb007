import BriefingModel

/// Text made safe for HTML, and the class names of grade colours.
enum HTMLText {
    /// Escapes `&`, `<`, `>` and `"`, so any text is safe in an element or an attribute.
    static func escape<S: StringProtocol>(_ s: S) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(ch)
            }
        }
        return out
    }

    /// The CSS class of a grade's colour: `g-requires-improvement`; `g-ungraded` for nil.
    static func gradeClass(_ g: Grade?) -> String {
        "g-" + (g?.rawValue ?? "ungraded").split(separator: " ").joined(separator: "-")
    }

    /// A grade in its colour and in words, as a chip: `<span class="chip g-good">Good</span>`.
    static func chip(_ g: Grade?, _ words: String? = nil, big: Bool = false) -> String {
        let text = words ?? g?.words ?? "No overall grade"
        return "<span class=\"chip\(big ? " big" : "") \(gradeClass(g))\">\(escape(text))</span>"
    }
}
