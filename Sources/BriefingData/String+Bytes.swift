import Foundation

/// Byte-level text helpers for reading reports: exact, and far cheaper than Foundation's
/// locale-aware searches or Character-wise loops on Linux.
extension String {
    /// Whether `part` occurs in the string, compared as UTF-8 bytes: exact, and far cheaper than
    /// Foundation's locale-aware `contains` on Linux.
    func includes(_ part: String) -> Bool {
        var (haystack, needle) = (self, part)
        return haystack.withUTF8 { h in
            needle.withUTF8 { n in
                guard let first = n.first else { return true }
                guard n.count <= h.count, let hp = h.baseAddress, let np = n.baseAddress else { return false }
                for i in 0...(h.count - n.count) where h[i] == first {
                    if memcmp(hp + i, np, n.count) == 0 { return true }
                }
                return false
            }
        }
    }

    /// How many times `part` occurs, compared as UTF-8 bytes, overlapping or not.
    func count(of part: String) -> Int {
        var (haystack, needle) = (self, part)
        return haystack.withUTF8 { h in
            needle.withUTF8 { n in
                guard !n.isEmpty, n.count <= h.count, let hp = h.baseAddress, let np = n.baseAddress else { return 0 }
                return (0...(h.count - n.count)).filter { h[$0] == n[0] && memcmp(hp + $0, np, n.count) == 0 }.count
            }
        }
    }

    /// Without spaces at either end.
    var spacesTrimmed: String {
        // Most lines' ends are printable ASCII: nothing to trim, and no scalar properties to look up.
        if let first = utf8.first, let last = utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) {
            return self
        }
        // As Foundation's `.whitespaces` (tab and the space separators), scalar by scalar, natively.
        let blank: (Unicode.Scalar) -> Bool = { $0 == "\t" || $0.properties.generalCategory == .spaceSeparator }
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !blank($0) }), let end = scalars.lastIndex(where: { !blank($0) }) else {
            return ""
        }
        return String(scalars[start...end])
    }

    /// Without spaces at the end.
    var trailingSpacesTrimmed: String {
        var s = Substring(self)
        while let last = s.last, last == " " || last == "\t" { s = s.dropLast() }
        return String(s)
    }

    /// How many spaces the line starts with.
    var leadingSpaces: Int { prefix { $0 == " " || $0 == "\t" }.count }
}

extension StringProtocol {
    /// The text without white space or line breaks at either end.
    var trimmed: String { trimming(.whitespacesAndNewlines) }

    /// The text without the characters of `set` at either end: Foundation's
    /// `trimmingCharacters(in:)` without its trip through NSString, which on Linux took a quarter
    /// of the time to read a long document.
    func trimming(_ set: CharacterSet) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !set.contains($0) }),
            let last = scalars.lastIndex(where: { !set.contains($0) })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
