internal import CZlib
import Foundation

/// What a PDF/A-2u file needs beyond Cairo 1.16's output, written by ``PDFCatalogUpdate``: an XMP
/// metadata stream agreeing with the Info dictionary, an sRGB output intent with its ICC profile
/// embedded, `/CIDToGIDMap /Identity` on Cairo's CID fonts (their glyphs are numbered as their
/// CIDs), dates in the `D:` form, and a trailer `/ID`.
///
/// Level A and PDF/UA-1 both need every mark on the page tagged or an artifact; Cairo 1.16
/// leaves its decoration in neither, and ``PDFArtifacts`` marks it.
enum PDFConformance {
    /// The sRGB profile of Debian's icc-profiles-free (6,922 bytes; 2,449 deflated); nil when it
    /// is not installed, and then no output intent is written and no conformance is claimed.
    static let sRGBPath = "/usr/share/color/icc/sRGB.icc"
    static let sRGB: (bytes: [UInt8], deflated: Bool)? = FileManager.default.contents(atPath: sRGBPath).map { data in
        let raw = [UInt8](data)
        return Deflate.deflated(raw, level: Z_BEST_COMPRESSION).map { ($0, true) } ?? (raw, false)
    }

    /// The Info dictionary's entries, keys to raw values as written (`(cairo …)`, `<FEFF…>`).
    static func entries(of dictionary: String) -> [(key: String, value: String)] {
        var out: [(String, String)] = []
        var s = Substring(dictionary)
        while let slash = s.firstIndex(of: "/") {
            s = s[s.index(after: slash)...]
            let key = String(s.prefix { !$0.isWhitespace && $0 != "(" && $0 != "<" })
            s = s.dropFirst(key.count).drop { $0.isWhitespace }
            guard let first = s.first else { break }
            let end =
                first == "("
                ? closing(of: s) : (s.firstIndex(of: first == "<" ? ">" : "\n").map { s.index(after: $0) } ?? s.endIndex)
            out.append(("/" + key, PDFCatalogUpdate.trimmed(s[s.startIndex..<end])))
            s = s[end...]
        }
        return out
    }

    /// The index just past the `)` that closes the literal string `s` starts with.
    private static func closing(of s: Substring) -> Substring.Index {
        var depth = 0
        var escaped = false
        var i = s.startIndex
        while i < s.endIndex {
            let ch = s[i]
            if escaped {
                escaped = false
            } else if ch == "\\" {
                escaped = true
            } else if ch == "(" {
                depth += 1
            } else if ch == ")" {
                depth -= 1
                if depth == 0 { return s.index(after: i) }
            }
            i = s.index(after: i)
        }
        return s.endIndex
    }

    /// A PDF string value as text: a literal `(…)` unescaped, or hex UTF-16BE `<FEFF…>`.
    static func text(_ value: String) -> String {
        if value.hasPrefix("<FEFF"), value.hasSuffix(">") {
            let hex = Array(value.utf8.dropFirst(5).dropLast())
            let nibble = { (b: UInt8) -> UInt16 in UInt16(b >= 65 ? (b | 0x20) - 87 : b - 48) }
            let units = stride(from: 0, to: hex.count - 3, by: 4).map { i in
                (nibble(hex[i]) << 12) | (nibble(hex[i + 1]) << 8) | (nibble(hex[i + 2]) << 4) | nibble(hex[i + 3])
            }
            return String(decoding: units, as: UTF16.self)
        }
        // Most values have no escape: the text between the parentheses as it is.
        if !value.utf8.contains(UInt8(ascii: "\\")) { return String(value.dropFirst().dropLast()) }
        var out = ""
        var escaped = false
        for ch in value.dropFirst().dropLast() {
            if escaped {
                out.append(ch == "n" ? "\n" : ch)
                escaped = false
            } else if ch == "\\" {
                escaped = true
            } else {
                out.append(ch)
            }
        }
        return out
    }

    /// Cairo 1.16 writes `(20260820000000Z)`; the standard form is `(D:20260820000000Z)`.
    static func pdfDate(_ value: String) -> String {
        value.hasPrefix("(D:") ? value : "(D:" + value.dropFirst()
    }

    /// `(D:20260820000000Z)` as XMP's `2026-08-20T00:00:00Z`.
    static func xmpDate(_ value: String) -> String {
        let d = Array(text(value).utf8.drop { $0 < 48 || $0 > 57 })
        guard d.count >= 14 else { return "" }
        var out: [UInt8] = []
        for (i, digit) in d.prefix(14).enumerated() {
            out.append(digit)
            switch i {
            case 3, 5: out.append(UInt8(ascii: "-"))
            case 7: out.append(UInt8(ascii: "T"))
            case 9, 11: out.append(UInt8(ascii: ":"))
            default: break
            }
        }
        return String(decoding: out + [UInt8(ascii: "Z")], as: UTF8.self)
    }

    /// The XMP packet: title, language, dates and producer as the Info dictionary gives them, and
    /// the PDF/A-2 and PDF/UA-1 identification.
    static func xmp(info: [(key: String, value: String)], language: String) -> String {
        let value = { (key: String) in info.first { $0.key == key }?.value }
        let x = escapedXML
        var props: [String] = []
        if let t = value("/Title") {
            props.append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">\(x(text(t)))</rdf:li></rdf:Alt></dc:title>")
        }
        if let a = value("/Author") { props.append("<dc:creator><rdf:Seq><rdf:li>\(x(text(a)))</rdf:li></rdf:Seq></dc:creator>") }
        if let s = value("/Subject") {
            props.append(
                "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">\(x(text(s)))</rdf:li></rdf:Alt></dc:description>")
        }
        props.append("<dc:language><rdf:Bag><rdf:li>\(x(language))</rdf:li></rdf:Bag></dc:language>")
        props.append("<dc:format>application/pdf</dc:format>")
        if let k = value("/Keywords") { props.append("<pdf:Keywords>\(x(text(k)))</pdf:Keywords>") }
        if let p = value("/Producer") { props.append("<pdf:Producer>\(x(text(p)))</pdf:Producer>") }
        if let c = value("/Creator") { props.append("<xmp:CreatorTool>\(x(text(c)))</xmp:CreatorTool>") }
        if let c = value("/CreationDate") { props.append("<xmp:CreateDate>\(xmpDate(c))</xmp:CreateDate>") }
        if let m = value("/ModDate") {
            props += ["<xmp:ModifyDate>\(xmpDate(m))</xmp:ModifyDate>", "<xmp:MetadataDate>\(xmpDate(m))</xmp:MetadataDate>"]
        }
        props += [
            "<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>\(level)</pdfaid:conformance>", "<pdfuaid:part>1</pdfuaid:part>",
        ]
        return """
            <?xpacket begin="\u{FEFF}" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" \
            xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" \
            xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
            \(props.joined(separator: "\n"))
            </rdf:Description>
            \(pdfuaExtension)
            </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="w"?>
            """
    }

    /// `s` with `&`, `<` and `>` escaped for XML; as it is when it has none (most values).
    private static func escapedXML(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 38 || $0 == 60 || $0 == 62 }) else { return s }
        var out = ""
        for ch in s {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.append(ch)
            }
        }
        return out
    }

    /// The PDF/A conformance level claimed: A, accessible (every mark tagged or an artifact, the
    /// structure in standard types, the language given), as well as U, Unicode text.
    static let level = "A"

    /// PDF/A-2 accepts only its predefined XMP schemas unless a file describes the others:
    /// the PDF/UA identification schema, described as ISO 14289-1 (Annex A) gives it.
    private static let pdfuaExtension = """
        <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" \
        xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
        <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
        <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
        <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
        <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
        <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
        <pdfaProperty:name>part</pdfaProperty:name>
        <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
        <pdfaProperty:category>internal</pdfaProperty:category>
        <pdfaProperty:description>Indicates which part of ISO 14289 the file conforms to</pdfaProperty:description>
        </rdf:li></rdf:Seq></pdfaSchema:property>
        </rdf:li></rdf:Bag></pdfaExtension:schemas>
        </rdf:Description>
        """

    /// The file identifier: 16 bytes in hex from two 64-bit FNV-1a hashes of `bytes`, so the same
    /// page gives the same identifier every run.
    static func fileID(_ bytes: [UInt8]) -> String {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325
        var b: UInt64 = 0x8422_2325_cbf2_9ce4
        for byte in bytes {
            a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            b = (b ^ UInt64(byte ^ 0x5a)) &* 0x0000_0100_0000_01b3
        }
        let hex = { (v: UInt64) in
            let h = String(v, radix: 16, uppercase: true)
            return String(repeating: "0", count: 16 - h.count) + h
        }
        return hex(a) + hex(b)
    }
}
