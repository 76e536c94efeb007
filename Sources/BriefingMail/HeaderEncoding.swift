import Foundation

/// Header values made safe: CR and LF removed, and non-ASCII text as RFC 2047 encoded words.
enum HeaderEncoding {
    /// An unstructured header value (a subject): ASCII folded (``folded(_:after:)``), otherwise
    /// `=?UTF-8?B?...?=` words.
    static func unstructured(_ value: String) -> String {
        let clean = stripped(value)
        guard !clean.allSatisfy(\.isASCII) else { return folded(clean) }
        return encodedWords(clean)
    }

    /// ASCII folded before a space wherever a line would pass 78 characters, counting the
    /// header's name (`after`, 9 for "Subject: "), so unfolding gives the value back (RFC 5322
    /// section 2.2.3). A word too long for any line (over 900 characters; a line may have 998)
    /// cannot be folded, so such a value goes as encoded words, which split anywhere.
    static func folded(_ value: String, after name: Int = 9) -> String {
        let words = value.split(separator: " ", omittingEmptySubsequences: false)
        guard words.allSatisfy({ $0.count <= 900 }) else { return encodedWords(value) }
        var out = String(words[0])
        var width = name + words[0].count
        for w in words.dropFirst() {
            // Never before an empty word: a folded line of white space alone is obsolete syntax.
            if width + 1 + w.count > 78, !w.isEmpty {
                out += "\r\n " + w
                width = 1 + w.count
            } else {
                out += " " + w
                width += 1 + w.count
            }
        }
        return out
    }

    /// A display name: ASCII quoted (escaping `"` and `\`), otherwise encoded words.
    static func phrase(_ value: String) -> String {
        let clean = stripped(value)
        guard clean.allSatisfy(\.isASCII) else { return encodedWords(clean) }
        return "\"" + clean.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// No CR or LF may reach a header: they would let a value start a new header.
    static func stripped(_ value: String) -> String {
        value.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
    }

    /// Base64 encoded words of at most 75 characters each, split between whole characters and
    /// joined by folding white space (RFC 2047 section 2).
    static func encodedWords(_ value: String) -> String {
        var words: [String] = []
        var chunk = ""
        for ch in value {
            let candidate = chunk + String(ch)
            // "=?UTF-8?B?" + base64 + "?=" must stay within 75 characters: 45 bytes encode to 60.
            if candidate.utf8.count > 45 {
                words.append(word(chunk))
                chunk = String(ch)
            } else {
                chunk = candidate
            }
        }
        if !chunk.isEmpty { words.append(word(chunk)) }
        return words.joined(separator: "\r\n ")
    }

    private static func word(_ s: String) -> String { "=?UTF-8?B?" + Data(s.utf8).base64EncodedString() + "?=" }

    /// Content-Disposition filename parameters: an RFC 2231 `filename*=UTF-8''...` that keeps every
    /// character, after a plain `filename="..."` (non-ASCII as `_`) for readers that know only that.
    static func filenameParameter(_ name: String) -> String {
        let clean = stripped(name).replacingOccurrences(of: "\"", with: "").replacingOccurrences(of: "\\", with: "")
        let plain = String(clean.map { $0.isASCII ? $0 : "_" })
        let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$&+-.^_`|~")
        let encoded = clean.addingPercentEncoding(withAllowedCharacters: allowed) ?? plain
        return "filename=\"\(plain)\"; filename*=UTF-8''\(encoded)"
    }
}
