import Foundation

/// Reading Cairo's PDF as bytes: objects, dictionaries, fields, searches.
extension PDFCatalogUpdate {
    /// The object number of a reference such as `88 0 R`.
    static func number(of reference: String) -> Int { Int(reference.split(separator: " ").first ?? "") ?? 0 }

    /// The entries of the dictionary object `reference` names, as written (without `<<` and `>>`).
    /// Found through Cairo's cross-reference `table` where given, else by searching back from `end`.
    static func dictionary(of reference: String, in pdf: [UInt8], before end: Int, table: CrossReference? = nil) -> String? {
        guard
            let start = table?.offset(of: number(of: reference))
                ?? lastIndex(of: "\n\(number(of: reference)) 0 obj\n", in: pdf, before: end),
            let endobj = firstIndex(of: "endobj", in: pdf, from: start)
        else { return nil }
        let object = ascii(pdf[start..<endobj])
        guard let open = find("<<", in: object), let close = find(">>", in: object, last: true) else { return nil }
        return trimmed(object[open.upperBound..<close.lowerBound])
    }

    /// Every dictionary object whose text starts `prefix`: its number and entries (without `<<`
    /// and `>>`), as Cairo writes them.
    static func objects(starting prefix: String, in pdf: [UInt8], before end: Int) -> [(number: Int, entries: String)] {
        var out: [(Int, String)] = []
        var from = 0
        while let i = firstIndex(of: prefix, in: pdf, from: from, to: end),
            let close = firstIndex(of: ">>\nendobj", in: pdf, from: i)
        {
            from = close
            // The object's number is on the line before: "14 0 obj".
            var lineStart = i - 1
            while lineStart > 0, pdf[lineStart - 1] != 10 { lineStart -= 1 }
            guard let number = Int(ascii(pdf[lineStart..<i]).split(separator: " ").first ?? "") else { continue }
            out.append((number, trimmed(ascii(pdf[(i + 2)..<close]))))
        }
        return out
    }

    static func ascii(_ bytes: ArraySlice<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }

    static func matches(_ needle: [UInt8], in hay: [UInt8], at i: Int) -> Bool {
        guard i >= 0, i + needle.count <= hay.count else { return false }
        for j in 0..<needle.count where hay[i + j] != needle[j] { return false }
        return true
    }

    static func lastIndex(of s: String, in hay: [UInt8], before end: Int? = nil) -> Int? {
        let needle = Array(s.utf8)
        var i = (end ?? hay.count) - needle.count
        while i >= 0 {
            if matches(needle, in: hay, at: i) { return i }
            i -= 1
        }
        return nil
    }

    /// Where `s` first occurs in `hay[start..<end]`: memchr for its first byte, then memcmp, since
    /// every page's PDF is scanned.
    static func firstIndex(of s: String, in hay: [UInt8], from start: Int, to end: Int? = nil) -> Int? {
        let end = min(end ?? hay.count, hay.count)
        guard start >= 0, start < end else { return nil }
        let needle = Array(s.utf8)
        return hay.withUnsafeBytes { h in
            needle.withUnsafeBytes { n in
                guard let base = h.baseAddress, let first = n.first, let rest = n.baseAddress.map({ $0 + 1 }) else { return nil }
                var at = start
                while end - at >= n.count, let hit = memchr(base + at, Int32(first), end - at - n.count + 1) {
                    let i = base.distance(to: UnsafeRawPointer(hit))
                    if memcmp(base + i + 1, rest, n.count - 1) == 0 { return i }
                    at = i + 1
                }
                return nil
            }
        }
    }

    /// The value after `key` in a dictionary's text: `88 0 R` for a reference, or a number.
    static func field(_ key: String, in dict: String) -> String? {
        guard let r = find(key + " ", in: dict) else { return nil }
        let rest = dict[r.upperBound...].prefix { $0 != "\n" && $0 != "/" && $0 != ">" }
        return trimmed(rest)
    }

    static func pad10(_ n: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, 10 - s.count)) + s
    }

    /// Where `needle` first (or `last`) occurs in `hay`, searched in its UTF-8 bytes: Foundation's
    /// `range(of:)` bridges each string to UTF-16 first, and a page's update asks dozens of times.
    static func find<S: StringProtocol>(_ needle: String, in hay: S, last: Bool = false) -> Range<S.Index>? {
        let bytes = Array(hay.utf8)
        let n = needle.utf8.count
        let at = last ? lastIndex(of: needle, in: bytes) : firstIndex(of: needle, in: bytes, from: 0)
        guard let at else { return nil }
        let start = hay.utf8.index(hay.startIndex, offsetBy: at)
        return start..<hay.utf8.index(start, offsetBy: n)
    }

    /// `s` without the spaces, tabs and line breaks around it.
    static func trimmed(_ s: some StringProtocol) -> String {
        let bytes = Array(s.utf8)
        let space = { (b: UInt8) in b == 32 || b == 9 || b == 10 || b == 13 }
        var a = 0
        var b = bytes.count
        while a < b, space(bytes[a]) { a += 1 }
        while b > a, space(bytes[b - 1]) { b -= 1 }
        return String(decoding: bytes[a..<b], as: UTF8.self)
    }
}
