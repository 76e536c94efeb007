/// A paragraph cut into sentences: after a full stop, question or exclamation mark (and any
/// closing quotation mark) followed by a space and a capital, a digit or an opening mark; not
/// after a title or an abbreviation ("Dr.", "St.", "Mr.", "e.g.").
enum Sentences {
    static let abbreviations: Set<String> = [
        "dr", "st", "mr", "mrs", "ms", "prof", "cllr", "e.g", "i.e", "no", "vs", "etc", "rev",
    ]

    static func split(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            current.append(chars[i])
            if ".!?".contains(chars[i]) {
                var j = i + 1
                while j < chars.count, "”’\"')".contains(chars[j]) {
                    current.append(chars[j])
                    j += 1
                }
                let word = current.split(separator: " ").last.map { $0.dropLast().lowercased() } ?? ""
                if j + 1 < chars.count, chars[j] == " ",
                    chars[j + 1].isUppercase || chars[j + 1].isNumber || "“‘\"'£".contains(chars[j + 1]),
                    !abbreviations.contains(word)
                {
                    out.append(current.trimmed)
                    current = ""
                }
                i = j
                continue
            }
            i += 1
        }
        if !current.trimmed.isEmpty { out.append(current.trimmed) }
        return out
    }
}
