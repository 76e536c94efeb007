import Foundation

/// Appends an incremental update that completes the document catalog Cairo 1.16 writes.
///
/// Cairo writes a structure tree but no `/MarkInfo`, `/Lang` or `/ViewerPreferences`, so readers
/// treat the file as untagged. An incremental update (PDF 1.7, section 7.5.6) rewrites only the
/// catalog object and leaves Cairo's bytes untouched; it is deterministic, so the output stays
/// byte-identical run to run.
enum PDFCatalogUpdate {
    /// `pdf` with the catalog marked as tagged, in `language`, showing its title. Returns `pdf`
    /// unchanged if its trailer or catalog cannot be found.
    static func apply(to pdf: [UInt8], language: String = "en-GB") -> [UInt8] {
        let text = String(decoding: pdf, as: UTF8.self)
        guard
            let startxrefRange = text.range(of: "startxref", options: .backwards),
            let trailerRange = text.range(of: "trailer", options: .backwards),
            let prev = Int(text[startxrefRange.upperBound...].split(whereSeparator: \.isNewline).first ?? ""),
            let root = field("/Root", in: text[trailerRange.upperBound..<startxrefRange.lowerBound]),
            let size = Int(field("/Size", in: text[trailerRange.upperBound..<startxrefRange.lowerBound]) ?? "")
        else { return pdf }
        let info = field("/Info", in: text[trailerRange.upperBound..<startxrefRange.lowerBound])
        let objectNumber = root.split(separator: " ").first.map(String.init) ?? ""
        guard
            let objStart = text.range(of: "\n\(objectNumber) 0 obj\n"),
            let dictStart = text.range(of: "<<", range: objStart.upperBound..<text.endIndex),
            let endobj = text.range(of: "endobj", range: dictStart.upperBound..<text.endIndex),
            let dictEnd = text.range(of: ">>", options: .backwards, range: dictStart.upperBound..<endobj.lowerBound)
        else { return pdf }
        let entries = text[dictStart.upperBound..<dictEnd.lowerBound].trimmingCharacters(in: .whitespacesAndNewlines)
        let offset = pdf.count + 1
        var update = "\n\(objectNumber) 0 obj\n<< \(entries)\n   /MarkInfo << /Marked true >>\n"
        update += "   /Lang (\(language))\n   /ViewerPreferences << /DisplayDocTitle true >>\n>>\nendobj\n"
        let xrefOffset = offset - 1 + update.utf8.count
        update += "xref\n\(objectNumber) 1\n" + pad10(offset) + " 00000 n \n"
        update += "trailer\n<< /Size \(size)\n   /Root \(root)\n"
        if let info { update += "   /Info \(info)\n" }
        update += "   /Prev \(prev)\n>>\nstartxref\n\(xrefOffset)\n%%EOF\n"
        return pdf + Array(update.utf8)
    }

    /// The value after `key` in a dictionary's text: `88 0 R` for a reference, or a number.
    private static func field(_ key: String, in dict: Substring) -> String? {
        guard let r = dict.range(of: key + " ") else { return nil }
        let rest = dict[r.upperBound...].prefix { $0 != "\n" && $0 != "/" && $0 != ">" }
        return rest.trimmingCharacters(in: .whitespaces)
    }

    private static func pad10(_ n: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, 10 - s.count)) + s
    }
}
