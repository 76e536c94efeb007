import Foundation

/// Appends an incremental update that completes the document catalog Cairo 1.16 writes.
///
/// Cairo writes a structure tree but no `/MarkInfo`, `/Lang` or `/ViewerPreferences`, so readers
/// treat the file as untagged. An incremental update (PDF 1.7, section 7.5.6) rewrites only the
/// catalog object and leaves Cairo's bytes untouched; it is deterministic, so the output stays
/// byte-identical run to run. Works on bytes: the PDF is binary, and only its ASCII trailer and
/// catalog are read.
enum PDFCatalogUpdate {
    /// `pdf` with the catalog marked as tagged, in `language`, showing its title, and each
    /// Figure element given its alternative text from `figureAlts`, in reading order. Returns
    /// `pdf` unchanged if its trailer or catalog cannot be found.
    static func apply(to pdf: [UInt8], language: String = "en-GB", figureAlts: [String] = []) -> [UInt8] {
        guard
            let startxref = lastIndex(of: "startxref", in: pdf),
            let trailer = lastIndex(of: "trailer", in: pdf, before: startxref),
            let prev = Int(ascii(pdf[(startxref + 9)...]).split(whereSeparator: \.isWhitespace).first ?? "")
        else { return pdf }
        let trailerText = ascii(pdf[trailer..<startxref])
        guard let root = field("/Root", in: trailerText), let size = Int(field("/Size", in: trailerText) ?? "") else {
            return pdf
        }
        let info = field("/Info", in: trailerText)
        let objectNumber = root.split(separator: " ").first.map(String.init) ?? ""
        guard
            let objStart = lastIndex(of: "\n\(objectNumber) 0 obj\n", in: pdf, before: trailer),
            let endobj = firstIndex(of: "endobj", in: pdf, from: objStart)
        else { return pdf }
        let object = ascii(pdf[objStart..<endobj])
        guard let open = object.range(of: "<<"), let close = object.range(of: ">>", options: .backwards) else { return pdf }
        let entries = object[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespacesAndNewlines)
        // New versions of objects, each with its byte offset for the cross-reference section.
        var objects: [(number: Int, offset: Int)] = []
        var update = ""
        func add(_ number: Int, _ dictionary: String) {
            objects.append((number, pdf.count + update.utf8.count + 1))
            update += "\n\(number) 0 obj\n<< \(dictionary)\n>>\nendobj\n"
        }
        add(
            Int(objectNumber) ?? 0,
            entries
                + "\n   /MarkInfo << /Marked true >>\n   /Lang (\(language))\n   /ViewerPreferences << /DisplayDocTitle true >>")
        // Figures in reading order: by their first marked-content id, which follows drawing order.
        let figures = figureElements(in: pdf, before: trailer).sorted { $0.mcid < $1.mcid }
        for (figure, alt) in zip(figures, figureAlts) {
            add(figure.number, figure.entries + "\n   /Alt " + textString(alt))
        }
        let xrefOffset = pdf.count + update.utf8.count
        update += "xref\n"
        for object in objects.sorted(by: { $0.number < $1.number }) {
            update += "\(object.number) 1\n" + pad10(object.offset) + " 00000 n \n"
        }
        update += "trailer\n<< /Size \(size)\n   /Root \(root)\n"
        if let info { update += "   /Info \(info)\n" }
        update += "   /Prev \(prev)\n>>\nstartxref\n\(xrefOffset)\n%%EOF\n"
        return pdf + Array(update.utf8)
    }

    private static func ascii(_ bytes: ArraySlice<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }

    /// Cairo's Figure structure elements: object number, dictionary entries, first marked-content id.
    private static func figureElements(in pdf: [UInt8], before end: Int) -> [(number: Int, entries: String, mcid: Int)] {
        var out: [(Int, String, Int)] = []
        var from = 0
        while let i = firstIndex(of: "<< /Type /StructElem\n   /S /Figure", in: pdf, from: from, to: end),
            let close = firstIndex(of: ">>\nendobj", in: pdf, from: i)
        {
            from = close
            // The object's number is on the line before: "14 0 obj".
            var lineStart = i - 1
            while lineStart > 0, pdf[lineStart - 1] != 10 { lineStart -= 1 }
            guard let number = Int(ascii(pdf[lineStart..<i]).split(separator: " ").first ?? "") else { continue }
            let entries = ascii(pdf[(i + 2)..<close]).trimmingCharacters(in: .whitespacesAndNewlines)
            guard let k = entries.range(of: "/K ") else { continue }
            let digits = entries[k.upperBound...].drop { !$0.isNumber }.prefix { $0.isNumber }
            out.append((number, entries, Int(digits) ?? Int.max))
        }
        return out
    }

    /// A PDF text string: UTF-16BE with a byte-order mark, in hex, so any character survives.
    static func textString(_ s: String) -> String {
        var hex = "<FEFF"
        for unit in s.utf16 {
            let h = String(unit, radix: 16, uppercase: true)
            hex += String(repeating: "0", count: 4 - h.count) + h
        }
        return hex + ">"
    }

    private static func matches(_ needle: [UInt8], in hay: [UInt8], at i: Int) -> Bool {
        guard i >= 0, i + needle.count <= hay.count else { return false }
        for j in 0..<needle.count where hay[i + j] != needle[j] { return false }
        return true
    }

    private static func lastIndex(of s: String, in hay: [UInt8], before end: Int? = nil) -> Int? {
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
    private static func firstIndex(of s: String, in hay: [UInt8], from start: Int, to end: Int? = nil) -> Int? {
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
    private static func field(_ key: String, in dict: String) -> String? {
        guard let r = dict.range(of: key + " ") else { return nil }
        let rest = dict[r.upperBound...].prefix { $0 != "\n" && $0 != "/" && $0 != ">" }
        return rest.trimmingCharacters(in: .whitespaces)
    }

    private static func pad10(_ n: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, 10 - s.count)) + s
    }
}
