import Foundation

extension ReportExtractor {
    /// Lines of `pdftotext -layout` output: page furniture, columns, and joining lines back into prose.
    enum Lines {
        /// The text's lines, with carriage returns dropped and no-break spaces made spaces; form feeds stay.
        static func split(_ text: String) -> [String] {
            // Byte by byte, because Foundation's replacing and a Character-wise split would be most of the extraction's work.
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count)
            var pending: UInt8?  // a 0xC2 that may start a no-break space (C2 A0)
            for b in text.utf8 {
                if let p = pending {
                    pending = nil
                    if b == 0xA0 {
                        bytes.append(0x20)
                        continue
                    }
                    bytes.append(p)
                }
                if b == 0xC2 {
                    pending = b
                } else if b != 0x0D {
                    bytes.append(b)
                }
            }
            if let p = pending { bytes.append(p) }
            return bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        }

        /// The lines without page furniture: page numbers, running headers and footers
        /// ("Inspection of X local authority children's services", "8 to 19 November 2021   2"),
        /// form feeds and the footnotes at the foot of a page.
        static func clean(_ raw: [String]) -> [String] {
            var out: [String] = []
            var inFootnote = false
            var skipped = 0
            var afterFooterTitle = false
            for (i, original) in raw.enumerated() {
                // Byte tests, not Foundation's searches: this runs on every line of 478 reports.
                let newPage = original.utf8.contains(0x0C)
                let line = newPage ? original.replacingOccurrences(of: "\u{0C}", with: "") : original
                if newPage { inFootnote = false }
                if inFootnote {
                    skipped += 1
                    // A footnote runs to the foot of its page; the running footer or a long run ends it.
                    if isFooterTitle(line.spacesTrimmed) || skipped > 12 {
                        inFootnote = false
                    } else {
                        continue
                    }
                }
                if i + 1 < raw.count, isFootnoteStart(line, next: raw[i + 1]) {
                    inFootnote = true
                    skipped = 0
                    continue
                }
                let t = line.spacesTrimmed
                // Under a running footer's title, a bare "11 July 2022" is the footer's date line.
                defer { afterFooterTitle = isFooterTitle(t) }
                if isFurniture(t) || (afterFooterTitle && isDateFooter(t, bare: true)) { continue }
                out.append(line.trailingSpacesTrimmed)
            }
            return out
        }

        /// A footnote's number alone at the left margin, then its text indented by a space or two.
        static func isFootnoteStart(_ line: String, next: String) -> Bool {
            guard (1...2).contains(line.count), line.allSatisfy(\.isNumber), !next.utf8.contains(0x0C) else { return false }
            let indent = next.prefix { $0 == " " }.count
            guard (1...3).contains(indent), let first = next.dropFirst(indent).first else { return false }
            return first.isLetter || first == "("
        }

        /// Page numbers, running headers and footers.
        static func isFurniture(_ t: String) -> Bool {
            if t.isEmpty { return false }
            if t.count <= 3, t.allSatisfy(\.isNumber) { return true }
            let lower = t.lowercased()
            if lower.hasPrefix("page "), lower.dropFirst(5).allSatisfy({ $0.isNumber || $0 == " " || "of".contains($0) }) {
                return true
            }
            return isFooterTitle(t) || isDateFooter(t)
        }

        /// "Inspection of Wakefield local authority children's services", as a running header or footer.
        static func isFooterTitle(_ t: String) -> Bool {
            // The 2013 looked-after children inspections: "Kent County Council Inspection of looked after children services   7".
            if t.includes("Inspection of looked after children services"), t.count < 140 { return true }
            guard t.hasPrefix("Inspection of "), t.count < 140 else { return false }
            return t.includes("children’s services") || t.includes("children's services")
        }

        /// A line of nothing but dates, such as a footer's "8 November to 19 November 2021   2";
        /// `bare` accepts one date alone.
        static func isDateFooter(_ t: String, bare: Bool = false) -> Bool {
            var months = 0
            var words = 0
            var ranged = t.unicodeScalars.contains { $0 == "–" || $0 == "-" || $0 == "—" }
            // Word by word, stopping at the first that is not part of a date: most lines are prose.
            var word = ""
            func accept() -> Bool {
                defer { word = "" }
                guard !word.isEmpty else { return true }
                words += 1
                let w = word.lowercased()
                if DateRange.month(w) != nil {
                    months += 1
                } else if w == "to" || w == "and" {
                    ranged = true
                } else if !DateRange.isNumberWord(w) {
                    return false
                }
                return true
            }
            for ch in t {
                if ch.isLetter || ch.isNumber {
                    word.append(ch)
                } else if !accept() {
                    return false
                }
            }
            guard accept(), words > 0 else { return false }
            // A wrapped "March 2019." in prose has neither a range nor a page number after a gap.
            let pageNumber = t.range(of: #"\s{2,}\d{1,3}$"#, options: .regularExpression) != nil
            return months > 0 && (ranged || pageNumber || bare)
        }

        /// `line` cut where it has two or more spaces in a row, which is how pdftotext keeps columns.
        static func segments(_ line: String) -> [(column: Int, text: String)] {
            var out: [(Int, String)] = []
            var current = ""
            var start = 0
            var spaces = 0
            for (i, ch) in line.enumerated() {
                if ch == " " || ch == "\t" {
                    spaces += 1
                    continue
                }
                if spaces >= 2 || current.isEmpty {
                    if !current.isEmpty { out.append((start, current)) }
                    current = String(ch)
                    start = i
                } else {
                    current += String(repeating: " ", count: spaces) + String(ch)
                }
                spaces = 0
            }
            if !current.isEmpty { out.append((start, current)) }
            return out
        }

        /// Joins lines into one line of prose: a line ending in a hyphenated word ("decision-") runs
        /// on without a space, whitespace collapses, and footnote markers ("board1") go.
        static func join(_ lines: [String]) -> String {
            // Byte by byte: this joins every paragraph of every report, and word-by-word Strings
            // were most of a report's reading.
            var bytes: [UInt8] = []
            for line in lines {
                var started = false
                var space = false
                for b in line.utf8 {
                    if b == 0x20 || b == 0x09 || b == 0x0C {
                        space = started
                        continue
                    }
                    if !started, !bytes.isEmpty, !endsInCompoundHyphen(bytes) {
                        // pdftotext keeps the hyphen of a compound broken at the line end
                        // ("decision-" / "making"); Ofsted's reports are not hyphenated otherwise.
                        bytes.append(0x20)
                    } else if space {
                        bytes.append(0x20)
                    }
                    started = true
                    space = false
                    bytes.append(b)
                }
            }
            let words = bytes.split(separator: 0x20)
            guard words.contains(where: { $0.last.map { (0x30...0x39).contains($0) } ?? false }) else {
                return String(decoding: bytes, as: UTF8.self)
            }
            return words.map { dropFootnoteMarker(String(decoding: $0, as: UTF8.self)) }.joined(separator: " ")
        }

        /// Whether `bytes` end in a hyphen after a letter ("decision-").
        private static func endsInCompoundHyphen(_ bytes: [UInt8]) -> Bool {
            guard bytes.last == 0x2D, bytes.count >= 2 else { return false }
            let before = bytes[bytes.count - 2]
            if before < 0x80 { return (0x41...0x5A).contains(before) || (0x61...0x7A).contains(before) }
            // A letter beyond ASCII: decode the last character before the hyphen.
            var start = bytes.count - 2
            while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
            return String(decoding: bytes[start..<(bytes.count - 1)], as: UTF8.self).last?.isLetter ?? false
        }

        /// Runs of whitespace made one space, ends trimmed.
        static func collapse(_ s: String) -> String {
            s.split { $0 == " " || $0 == "\t" || $0 == "\u{0C}" }.joined(separator: " ")
        }

        /// "protection.2" -> "protection.", "board1" -> "board"; "s47", "COVID-19" and "2.1" stay.
        static func dropFootnoteMarker(_ word: String) -> String {
            // Most words do not end in a digit: a byte test spares them the Character-wise look.
            guard let last = word.utf8.last, (0x30...0x39).contains(last) else { return word }
            let digits = word.reversed().prefix { $0.isNumber }.count
            guard (1...2).contains(digits), digits < word.count else { return word }
            let stem = word.dropLast(digits)
            guard let last = stem.last else { return word }
            if ".?)’”,;:".contains(last) { return stem.contains { $0.isLetter } ? String(stem) : word }
            let letters = stem.reversed().prefix { $0.isLetter }
            return last.isLowercase && letters.count >= 3 ? String(stem) : word
        }
    }
}
