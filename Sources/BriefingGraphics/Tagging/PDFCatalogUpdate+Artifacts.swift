/// Replacing a page's content stream in Cairo's bytes, before the update is appended.
extension PDFCatalogUpdate {
    /// `pdf` with each page's content stream replaced by its version with decoration marked as
    /// artifacts (``PDFArtifacts``), deflated, and the streams Cairo wrote plain (``PDFSettings``:
    /// the fonts' ToUnicode maps) deflated; their length objects and the cross-reference offsets
    /// corrected: the file Cairo would have written had it marked artifacts itself. In place, not
    /// in the incremental update, so the file does not carry the page twice. Returns `pdf`
    /// unchanged where the file is not laid out as Cairo 1.16 writes it (one cross-reference
    /// section of 20-byte entries, stream lengths as indirect objects).
    static func markingArtifacts(_ pdf: [UInt8]) -> [UInt8] {
        guard let table = CrossReference(pdf) else { return pdf }
        var edits: [(range: Range<Int>, bytes: [UInt8])] = []
        for n in table.offsets.indices {
            // Pages' content streams are marked; fonts' ToUnicode maps only deflated.
            guard let offset = table.offset(of: n) else { continue }
            let page = startsWith("<< /Type /Page ", pdf, at: offset)
            guard page || startsWith("<< /Type /Font", pdf, at: offset),
                let close = firstIndex(of: ">>\nendobj", in: pdf, from: offset, to: table.start)
            else { continue }
            guard let reference = field(page ? "/Contents" : "/ToUnicode", in: ascii(pdf[offset..<close])),
                let edit = streamEdits(number(of: reference), in: pdf, table: table, mark: page)
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
        out += pdf[at..<table.start]
        // Every offset past an edit moves by the edits before it.
        let shifts = edits.map { (end: $0.range.upperBound, by: $0.bytes.count - $0.range.count) }
        let moved = { (offset: Int) -> Int in
            var total = offset
            for shift in shifts where shift.end <= offset { total += shift.by }
            return total
        }
        return out + table.section(movedBy: moved) + Array("startxref\n\(moved(table.start))\n%%EOF\n".utf8)
    }

    /// The edits that deflate stream `number`, marking its paths as artifacts first if `mark`:
    /// its data, the number in its length object, and the filter where Cairo wrote it plain.
    /// Nil for a stream already deflated and not to be marked, or one not as Cairo writes it.
    private static func streamEdits(_ number: Int, in pdf: [UInt8], table: CrossReference, mark: Bool)
        -> [(Range<Int>, [UInt8])]?
    {
        guard let object = table.offset(of: number),
            let s = firstIndex(of: ">>\nstream\n", in: pdf, from: object, to: min(object + 200, table.start))
        else { return nil }
        let dictionary = ascii(pdf[object..<s])
        // As Cairo writes them: "<< /Length 5 0 R\n   /Filter /FlateDecode\n", or plain "<< /Length 5 0 R\n".
        let deflated = dictionary.hasSuffix("/Filter /FlateDecode\n")
        guard mark || !deflated, deflated || dictionary.hasSuffix(" 0 R\n"), let length = field("/Length", in: dictionary),
            length.hasSuffix(" R"), let value = table.offset(of: self.number(of: length)),
            let lengthEnd = firstIndex(of: "\nendobj", in: pdf, from: value, to: min(value + 40, table.start)),
            let count = Int(ascii(pdf[value..<lengthEnd]).drop { $0 == " " }), s + 10 + count <= table.start,
            startsWith("\nendstream", pdf, at: s + 10 + count)
        else { return nil }
        let data = (s + 10)..<(s + 10 + count)
        guard let content = deflated ? Deflate.inflated(Array(pdf[data])) : Array(pdf[data]),
            let packed = Deflate.deflated(mark ? PDFArtifacts.marked(content) ?? content : content)
        else { return nil }
        var edits = [(data, packed), (value..<lengthEnd, Array("   \(packed.count)".utf8))]
        // A plain stream gains its filter, as the dictionary's last entry.
        if !deflated { edits.append((s..<s, Array("   /Filter /FlateDecode\n".utf8))) }
        return edits
    }

    /// Whether `pdf` holds `prefix` at `i`.
    private static func startsWith(_ prefix: StaticString, _ pdf: [UInt8], at i: Int) -> Bool {
        let n = prefix.utf8CodeUnitCount
        guard i >= 0, i + n <= pdf.count else { return false }
        let p = prefix.utf8Start
        for j in 0..<n where pdf[i + j] != p[j] { return false }
        return true
    }

    /// Cairo's cross-reference section: one subsection from object 0, entries of 20 bytes.
    struct CrossReference {
        /// Where the section starts (`xref`), and each object's offset (0 for a free entry).
        let start: Int
        let offsets: [Int]
        private let entries: Int
        private let end: Int
        private let pdf: [UInt8]

        init?(_ pdf: [UInt8]) {
            guard let startxref = PDFCatalogUpdate.lastIndex(of: "startxref\n", in: pdf),
                let start = Int(PDFCatalogUpdate.ascii(pdf[(startxref + 10)...]).prefix { $0.isNumber }), start < startxref,
                PDFCatalogUpdate.startsWith("xref\n0 ", pdf, at: start),
                let line = PDFCatalogUpdate.firstIndex(of: "\n", in: pdf, from: start + 7, to: startxref),
                let count = Int(PDFCatalogUpdate.ascii(pdf[(start + 7)..<line])), line + 1 + count * 20 <= startxref
            else { return nil }
            var offsets: [Int] = []
            offsets.reserveCapacity(count)
            for k in 0..<count {
                let e = line + 1 + k * 20
                guard pdf[e + 17] == UInt8(ascii: "n") else {
                    offsets.append(0)
                    continue
                }
                offsets.append(pdf[e..<(e + 10)].reduce(0) { $0 * 10 + Int($1) - 48 })
            }
            (self.start, self.offsets, self.entries, self.end, self.pdf) = (start, offsets, line + 1, startxref, pdf)
        }

        /// Where object `number`'s dictionary starts (past `N 0 obj\n`).
        func offset(of number: Int) -> Int? {
            guard number > 0, number < offsets.count, offsets[number] > 0,
                let obj = PDFCatalogUpdate.firstIndex(of: "obj\n", in: pdf, from: offsets[number], to: offsets[number] + 20)
            else { return nil }
            return obj + 4
        }

        /// The section and trailer again, each in-use entry's offset moved by `moved`.
        func section(movedBy moved: (Int) -> Int) -> [UInt8] {
            var out = Array(pdf[start..<end])
            for (k, offset) in offsets.enumerated() where offset > 0 {
                // The entry's ten digits, written in place from the last.
                var value = moved(offset)
                for d in stride(from: entries - start + k * 20 + 9, through: entries - start + k * 20, by: -1) {
                    out[d] = UInt8(48 + value % 10)
                    value /= 10
                }
            }
            return out
        }
    }
}
