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
    static func apply(
        to pdf: [UInt8], language: String = "en-GB", figureAlts: [String] = [], headerScopes: [String] = []
    ) -> [UInt8] {
        // The page's decoration marked as artifacts in Cairo's own bytes (PDFArtifacts).
        let pdf = markingArtifacts(pdf)
        guard
            let startxref = lastIndex(of: "startxref", in: pdf),
            let trailer = lastIndex(of: "trailer", in: pdf, before: startxref),
            let prev = Int(ascii(pdf[(startxref + 9)...]).split(whereSeparator: \.isWhitespace).first ?? "")
        else { return pdf }
        let trailerText = ascii(pdf[trailer..<startxref])
        let table = CrossReference(pdf)
        guard let root = field("/Root", in: trailerText), let size = Int(field("/Size", in: trailerText) ?? ""),
            let catalog = dictionary(of: root, in: pdf, before: trailer, table: table)
        else { return pdf }
        let info = field("/Info", in: trailerText)
        var update = Update(base: pdf.count)
        // Cairo writes /MarkInfo itself when the structure tree has one root; no key is given twice.
        var catalogEntries = catalog
        for (key, value) in [
            ("/MarkInfo", "<< /Marked true >>"), ("/Lang", "(\(language))"),
            ("/ViewerPreferences", "<< /DisplayDocTitle true >>"),
        ] where find(key + " ", in: catalog) == nil {
            catalogEntries += "\n   \(key) \(value)"
        }
        // PDF/A-2u (PDFConformance): dates in the standard form, XMP, the output intent, CID maps.
        var nextNumber = size
        if let info, let infoText = dictionary(of: info, in: pdf, before: trailer, table: table), let icc = PDFConformance.sRGB {
            catalogEntries += conformance(
                pdf, before: trailer, info: (info, infoText), icc: icc, language: language, first: size, update: &update)
            nextNumber += 2
        }
        update.add(number(of: root), catalogEntries)
        // Figures' alternative text and table headers' scopes (PDFCatalogUpdate.attributes).
        attributes(pdf, before: trailer, figureAlts: figureAlts, headerScopes: headerScopes, update: &update)
        // From Cairo's cross-reference section on: every object's offset, so any change to the file
        // changes it, for a fiftieth of the bytes.
        let id = PDFConformance.fileID(
            Array(pdf[(table.map { $0.start - 1 } ?? lastIndex(of: "\nxref\n", in: pdf, before: trailer) ?? 0)...]))
        var tail = "   /ID [<\(id)> <\(id)>]\n"
        if let info { tail += "   /Info \(info)\n" }
        return pdf + update.finish(size: nextNumber, root: root, trailer: tail + "   /Prev \(prev)\n")
    }

    /// Writes the PDF/A-2u objects into `update` (the Info dictionary again, the XMP stream and
    /// the ICC profile as objects `first` and `first + 1`, the CID fonts' maps, streams ending in
    /// CR) and returns the catalog's entries for them.
    private static func conformance(
        _ pdf: [UInt8], before trailer: Int, info: (reference: String, entries: String), icc: (bytes: [UInt8], deflated: Bool),
        language: String, first: Int, update: inout Update
    ) -> String {
        var entries = PDFConformance.entries(of: info.entries)
        for i in entries.indices where ["/CreationDate", "/ModDate"].contains(entries[i].key) {
            entries[i].value = PDFConformance.pdfDate(entries[i].value)
        }
        update.add(number(of: info.reference), entries.map { "\($0.key) \($0.value)" }.joined(separator: "\n   "))
        update.addStream(
            first, "/Type /Metadata /Subtype /XML", Array(PDFConformance.xmp(info: entries, language: language).utf8))
        update.addStream(first + 1, icc.deflated ? "/N 3 /Filter /FlateDecode" : "/N 3", icc.bytes)
        for font in cidFonts(in: pdf, before: trailer) { update.add(font.number, font.entries + "\n   /CIDToGIDMap /Identity") }
        for stream in streamsEndingInCR(pdf, before: trailer) {
            update.addStream(stream.number, stream.entries, Array(pdf[stream.data]), endOfLine: "\r\n")
        }
        return "\n   /Metadata \(first) 0 R\n   /OutputIntents [<< /Type /OutputIntent /S /GTS_PDFA1"
            + " /OutputConditionIdentifier (sRGB IEC61966-2.1) /Info (sRGB IEC61966-2.1) /DestOutputProfile \(first + 1) 0 R >>]"
    }

    /// New versions of objects and new objects, with their byte offsets for the cross-reference section.
    private struct Update {
        let base: Int
        var bytes: [UInt8] = []
        var offsets: [(number: Int, offset: Int)] = []

        mutating func add(_ number: Int, _ dictionary: String) {
            offsets.append((number, base + bytes.count + 1))
            bytes += Array("\n\(number) 0 obj\n<< \(dictionary)\n>>\nendobj\n".utf8)
        }

        mutating func addStream(_ number: Int, _ dictionary: String, _ data: [UInt8], endOfLine: String = "\n") {
            offsets.append((number, base + bytes.count + 1))
            bytes += Array("\n\(number) 0 obj\n<< \(dictionary) /Length \(data.count) >>\nstream\n".utf8)
            bytes += data + Array("\(endOfLine)endstream\nendobj\n".utf8)
        }

        /// The update with its cross-reference section and trailer.
        func finish(size: Int, root: String, trailer: String) -> [UInt8] {
            var text = "xref\n"
            for object in offsets.sorted(by: { $0.number < $1.number }) {
                text += "\(object.number) 1\n" + PDFCatalogUpdate.pad10(object.offset) + " 00000 n \n"
            }
            text += "trailer\n<< /Size \(size)\n   /Root \(root)\n" + trailer + ">>\nstartxref\n\(base + bytes.count)\n%%EOF\n"
            return bytes + Array(text.utf8)
        }
    }

    /// Streams whose data ends in a carriage return: Cairo follows the data with a line feed,
    /// and a reader (veraPDF-like validators among them) takes the two as the end-of-line marker,
    /// one byte short of `/Length`. Each is written again ending in CR LF. Their dictionaries
    /// lose an indirect `/Length` (the new one is direct).
    private static func streamsEndingInCR(_ pdf: [UInt8], before end: Int) -> [(number: Int, entries: String, data: Range<Int>)] {
        var out: [(Int, String, Range<Int>)] = []
        var from = 0
        while let s = firstIndex(of: ">>\nstream\n", in: pdf, from: from, to: end),
            let e = firstIndex(of: "\nendstream", in: pdf, from: s + 10, to: end)
        {
            from = e
            guard pdf[e - 1] == 13, let objStart = lastIndex(of: " 0 obj\n", in: pdf, before: s) else { continue }
            var lineStart = objStart
            while lineStart > 0, pdf[lineStart - 1] != 10 { lineStart -= 1 }
            guard let number = Int(ascii(pdf[lineStart..<objStart])),
                let open = firstIndex(of: "<<", in: pdf, from: objStart, to: s)
            else { continue }
            let entries = ascii(pdf[(open + 2)..<s]).split(separator: "\n").map { trimmed($0) }
                .filter { !$0.hasPrefix("/Length ") || $0.hasPrefix("/Length1") }.joined(separator: "\n   ")
            out.append((number, entries, (s + 10)..<e))
        }
        return out
    }

    /// What Cairo 1.16 cannot give a structure element: each figure's `/Alt`, each table
    /// header's `/Scope`, in reading order.
    private static func attributes(
        _ pdf: [UInt8], before trailer: Int, figureAlts: [String], headerScopes: [String], update: inout Update
    ) {
        for (figure, alt) in zip(elements("Figure", in: pdf, before: trailer), figureAlts) {
            update.add(figure.number, figure.entries + "\n   /Alt " + textString(alt))
        }
        for (header, scope) in zip(elements("TH", in: pdf, before: trailer), headerScopes) {
            update.add(header.number, header.entries + "\n   /A << /O /Table /Scope /\(scope) >>")
        }
    }

    /// Cairo's CID fonts (TrueType descendants), which it writes without a `/CIDToGIDMap`.
    private static func cidFonts(in pdf: [UInt8], before end: Int) -> [(number: Int, entries: String)] {
        objects(starting: "<< /Type /Font\n   /Subtype /CIDFontType2", in: pdf, before: end).filter {
            find("/CIDToGIDMap", in: $0.entries) == nil
        }
    }

    /// Cairo's structure elements of `type` in reading order (by their first marked-content id,
    /// which follows drawing order): object number and dictionary entries.
    private static func elements(_ type: String, in pdf: [UInt8], before end: Int) -> [(number: Int, entries: String)] {
        objects(starting: "<< /Type /StructElem\n   /S /\(type)\n", in: pdf, before: end).map { object in
            guard let k = find("/K ", in: object.entries) else { return (object, Int.max) }
            let digits = object.entries[k.upperBound...].drop { !$0.isNumber }.prefix { $0.isNumber }
            return (object, Int(digits) ?? Int.max)
        }.sorted { $0.1 < $1.1 }.map(\.0)
    }

    /// A PDF text string: UTF-16BE with a byte-order mark, in hex, so any character survives.
    static func textString(_ s: String) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        var hex = Array("<FEFF".utf8)
        hex.reserveCapacity(6 + s.utf16.count * 4)
        for unit in s.utf16 {
            for shift in [12, 8, 4, 0] { hex.append(digits[Int((unit >> UInt16(shift)) & 0xF)]) }
        }
        hex.append(UInt8(ascii: ">"))
        return String(decoding: hex, as: UTF8.self)
    }
}
