import Foundation

/// Header values made safe: CR and LF removed, and non-ASCII text as RFC 2047 encoded words.
enum HeaderEncoding {
    /// An unstructured header value (a subject): ASCII as it is, otherwise `=?UTF-8?B?...?=` words.
    static func unstructured(_ value: String) -> String {
        let clean = stripped(value)
        guard !clean.allSatisfy(\.isASCII) else { return clean }
        return encodedWords(clean)
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
