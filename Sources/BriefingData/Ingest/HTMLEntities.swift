/// HTML character references: numeric ones, and the named ones news pages use.
enum HTMLEntities {
    static let named: [String: UInt32] = [
        "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "nbsp": 0x20, "pound": 0xA3, "euro": 0x20AC,
        "lsquo": 0x2018, "rsquo": 0x2019, "ldquo": 0x201C, "rdquo": 0x201D, "sbquo": 0x201A, "bdquo": 0x201E,
        "ndash": 0x2013, "mdash": 0x2014, "hellip": 0x2026, "copy": 0xA9, "reg": 0xAE, "trade": 0x2122, "middot": 0xB7,
        "bull": 0x2022, "laquo": 0xAB, "raquo": 0xBB, "eacute": 0xE9, "egrave": 0xE8, "aacute": 0xE1, "iacute": 0xED,
        "oacute": 0xF3, "uacute": 0xFA, "ccedil": 0xE7, "uuml": 0xFC, "ouml": 0xF6, "auml": 0xE4, "shy": 0xAD,
        "thinsp": 0x2009, "ensp": 0x2002, "emsp": 0x2003, "zwj": 0x200D, "zwnj": 0x200C, "prime": 0x2032,
    ]

    /// The character `name` (the text between `&` and `;`) stands for.
    static func scalar(_ name: String) -> Unicode.Scalar? {
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).flatMap(allowed)
        }
        if name.hasPrefix("#") { return UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).flatMap(allowed) }
        return named[name].flatMap(Unicode.Scalar.init)
    }

    /// A referenced character, or a space for a control character (`&#0;`, `&#7;`).
    private static func allowed(_ c: Unicode.Scalar) -> Unicode.Scalar? {
        c.value < 0x20 || (0x7F...0x9F).contains(c.value) ? " " : c
    }
}

/// The attributes of one start tag, by lower-case name.
struct HTMLAttributes {
    private var values: [String: String] = [:]

    init(_ tag: String) {
        let s = Array(tag.unicodeScalars)
        var k = s.firstIndex(where: { $0 == " " || $0 == "\n" || $0 == "\t" }) ?? s.count
        while k < s.count {
            while k < s.count, s[k].properties.isWhitespace || s[k] == "/" || s[k] == ">" { k += 1 }
            let nameStart = k
            while k < s.count, !s[k].properties.isWhitespace, s[k] != "=", s[k] != ">" { k += 1 }
            let name = String(String.UnicodeScalarView(s[nameStart..<k])).lowercased()
            guard k < s.count, s[k] == "=" else { continue }
            k += 1
            var value = String.UnicodeScalarView()
            if k < s.count, s[k] == "\"" || s[k] == "'" {
                let q = s[k]
                k += 1
                while k < s.count, s[k] != q { value.append(s[k]); k += 1 }
                k += 1
            } else {
                while k < s.count, !s[k].properties.isWhitespace, s[k] != ">" { value.append(s[k]); k += 1 }
            }
            if !name.isEmpty { values[name] = HTMLAttributes.decode(String(value)) }
        }
    }

    subscript(_ name: String) -> String? { values[name] }

    /// `text` with its character references decoded.
    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = String.UnicodeScalarView()
        let s = Array(text.unicodeScalars)
        var i = 0
        while i < s.count {
            if s[i] == "&", let semi = s[i...].prefix(12).firstIndex(of: ";"),
                let c = HTMLEntities.scalar(String(String.UnicodeScalarView(s[(i + 1)..<semi])))
            {
                out.append(c)
                i = semi + 1
            } else {
                out.append(s[i])
                i += 1
            }
        }
        return String(out)
    }
}
