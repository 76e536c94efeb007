/// Replacing a page's content stream in Cairo's bytes, before the update is appended.
extension PDFCatalogUpdate {
    /// `pdf` with each page's content stream replaced by its version with decoration marked as
    /// artifacts (``PDFArtifacts``), its length object and the cross-reference offsets corrected:
    /// the file Cairo would have written had it marked artifacts itself. In place, not in the
    /// incremental update, so the file does not carry the page twice (a third of its bytes).
    /// Returns `pdf` unchanged where there is nothing to mark or the file is not laid out as
    /// Cairo 1.16 writes it (one cross-reference section, lengths as indirect objects).
    static func markingArtifacts(_ pdf: [UInt8]) -> [UInt8] {
        guard let startxref = lastIndex(of: "startxref\n", in: pdf),
            let xref = Int(ascii(pdf[(startxref + 10)...]).prefix { $0.isNumber }), xref < startxref,
            matches(Array("xref\n".utf8), in: pdf, at: xref)
        else { return pdf }
        var contents = Set<Int>()
        var from = 0
        while let page = firstIndex(of: "<< /Type /Page ", in: pdf, from: from, to: xref),
            let close = firstIndex(of: ">>\nendobj", in: pdf, from: page, to: xref)
        {
            from = close
            if let reference = field("/Contents", in: ascii(pdf[page..<close])) { contents.insert(number(of: reference)) }
        }
        // The pages' content streams, and every stream Cairo wrote plain (PDFSurface asks it to).
        var edits: [(range: Range<Int>, bytes: [UInt8])] = []
        from = 0
        while let s = firstIndex(of: ">>\nstream\n", in: pdf, from: from, to: xref),
            let object = lastIndex(of: " 0 obj\n", in: pdf, before: s)
        {
            from = s + 10
            var lineStart = object
            while lineStart > 0, pdf[lineStart - 1] != 10 { lineStart -= 1 }
            guard let n = Int(ascii(pdf[lineStart..<object])),
                let edit = streamEdits(pdf, dictionary: (object + 7)..<s, mark: contents.contains(n), before: xref)
            else { continue }
            edits += edit
        }
        guard !edits.isEmpty else { return pdf }
        edits.sort { $0.range.lowerBound < $1.range.lowerBound }
        var out: [UInt8] = []
        out.reserveCapacity(pdf.count + edits.reduce(0) { $0 + $1.bytes.count - $1.range.count })
        var at = 0
        for edit in edits {
            out += pdf[at..<edit.range.lowerBound]
            out += edit.bytes
            at = edit.range.upperBound
        }
        out += pdf[at..<xref]
        // Every offset past an edit moves by the edits before it.
        let moved = { (offset: Int) in
            offset + edits.filter { $0.range.upperBound <= offset }.reduce(0) { $0 + $1.bytes.count - $1.range.count }
        }
        guard let table = shifted(pdf[xref..<startxref], by: moved) else { return pdf }
        return out + table + Array("startxref\n\(moved(xref))\n%%EOF\n".utf8)
    }

    /// The edits that deflate the stream whose dictionary is at `dictionary` (its data follows),
    /// marking its paths as artifacts first if `mark`: the data, the number in its length object,
    /// and the filter where Cairo wrote the stream plain. Nil for a stream already deflated and
    /// not to be marked, and for one not as Cairo writes it.
    private static func streamEdits(_ pdf: [UInt8], dictionary: Range<Int>, mark: Bool, before end: Int)
        -> [(Range<Int>, [UInt8])]?
    {
        let s = dictionary.upperBound
        let text = ascii(pdf[dictionary])
        let deflated = text.contains("/FlateDecode")
        guard mark || !text.contains("/Filter"), deflated || !text.contains("/Filter"),
            let length = field("/Length", in: text), length.hasSuffix(" R"),
            let e = firstIndex(of: "\nendstream", in: pdf, from: s + 10, to: end),
            let lengthObject = firstIndex(of: "\n\(number(of: length)) 0 obj\n", in: pdf, from: 0, to: end),
            let lengthEnd = firstIndex(of: "\nendobj", in: pdf, from: lengthObject + 1, to: end),
            let content = deflated ? PDFArtifacts.inflated(Array(pdf[(s + 10)..<e])) : Array(pdf[(s + 10)..<e]),
            let data = PDFArtifacts.deflated(mark ? PDFArtifacts.marked(content) ?? content : content)
        else { return nil }
        let lengthValue = (lengthObject + "\n\(number(of: length)) 0 obj\n".utf8.count)..<lengthEnd
        var edits = [((s + 10)..<e, data), (lengthValue, Array("   \(data.count)".utf8))]
        // A plain stream gains its filter, as the dictionary's last entry.
        if !deflated { edits.append((s..<s, Array("   /Filter /FlateDecode\n".utf8))) }
        return edits
    }

    /// Cairo's cross-reference section (one subsection, 20-byte entries) and trailer with each
    /// object's offset moved by `moved`; nil if the section is not laid out so.
    private static func shifted(_ section: ArraySlice<UInt8>, by moved: (Int) -> Int) -> [UInt8]? {
        let text = ascii(section)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count > 2, lines[0] == "xref", let count = Int(lines[1].split(separator: " ").last ?? ""),
            lines.count > count + 2
        else { return nil }
        var out = "xref\n" + lines[1] + "\n"
        for line in lines[2..<(count + 2)] {
            let parts = line.split(separator: " ")
            guard parts.count == 3, let offset = Int(parts[0]) else { return nil }
            out += (parts[2] == "n" ? pad10(moved(offset)) : String(parts[0])) + " \(parts[1]) \(parts[2]) \n"
        }
        out += lines[(count + 2)...].joined(separator: "\n")
        return Array(out.utf8)
    }
}
