/// Quoted words compared as a reader compares them: case, quotation marks and apostrophes,
/// dashes, white space and the punctuation at either end do not matter.
public enum QuoteText {
    public static func key(_ text: String) -> String {
        var out = ""
        var space = false
        for c in text.lowercased() {
            let mapped: Character
            switch c {
            case "’", "‘", "'", "`": mapped = "'"
            case "“", "”", "\"": continue
            case "–", "—": mapped = "-"
            default: mapped = c
            }
            if mapped.isWhitespace {
                space = !out.isEmpty
                continue
            }
            if space { out.append(" ") }
            space = false
            out.append(mapped)
        }
        while let l = out.last, ".,;:!?…'".contains(l) { out.removeLast() }
        while let f = out.first, ".,;:!?…'".contains(f) { out.removeFirst() }
        return out
    }

    /// Whether `a` and `b` are the same quote: one's words contain the other's (a record may
    /// keep one paragraph of a quote continued over several).
    public static func same(_ a: String, _ b: String) -> Bool {
        let (ka, kb) = (key(a), key(b))
        guard !ka.isEmpty, !kb.isEmpty else { return false }
        return ka.includes(kb) || kb.includes(ka)
    }
}
