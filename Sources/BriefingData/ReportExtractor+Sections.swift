import Foundation

extension ReportExtractor {
    /// The headline summary and the list of improvements, found by the headings around them.
    enum Sections {
        /// The bullets the reports use: Word's private-use glyphs (U+F0B7, U+F06E, ...), ◼, •, dashes.
        static let bullets: Set<Character> = ["◼", "•", "▪", "■", "●", "○", "◦", "·", "➢", "►", "▶", "✓", "-", "–", "*"]

        // MARK: ILACS

        /// The paragraphs after the judgement table, up to "What needs to improve" or the first judgement section.
        static func ilacsHeadline(_ lines: [String], from start: Int) -> String? {
            var body: [String] = []
            for i in start..<min(lines.count, start + 150) {
                if isImproveHeading(lines[i]) || isJudgementHeading(lines, i) || isNumberedParagraph(lines[i]) { break }
                body.append(lines[i])
            }
            let text = Lines.join(body)
            return text.isEmpty ? nil : text
        }

        /// The items under "What needs to improve", if the report has that heading before its first judgement section.
        static func ilacsImprovements(_ lines: [String], from start: Int) -> [String] {
            var heading: Int?
            for i in start..<min(lines.count, start + 150) {
                if isJudgementHeading(lines, i) || isNumberedParagraph(lines[i]) { break }
                if isImproveHeading(lines[i]) {
                    heading = i
                    break
                }
            }
            guard let heading else { return [] }
            return bulletItems(lines, from: heading + 1) { isJudgementHeading(lines, $0) || isNumberedParagraph(lines[$0]) }
        }

        /// "What needs to improve?", "What needs to improve:", "What Needs to Improve", "What needs to improve?1".
        static func isImproveHeading(_ line: String) -> Bool {
            let t = line.spacesTrimmed.lowercased()
            return t.hasPrefix("what needs to improve") && t.count < 30
        }

        /// "The experiences and progress of children who need help and" / "protection: good".
        static func isJudgementHeading(_ lines: [String], _ i: Int) -> Bool {
            let t = lines[i].spacesTrimmed
            let lower = t.lowercased()
            guard
                ["the experiences and progress", "the impact of leaders", "overall effectiveness"].contains(
                    where: lower.hasPrefix)
            else { return false }
            let candidates = i + 1 < lines.count ? [t, t + " " + lines[i + 1].spacesTrimmed] : [t]
            return candidates.contains { c in
                guard let colon = c.lastIndex(of: ":") else { return false }
                return Grades.isGradeText(String(c[c.index(after: colon)...]))
            }
        }

        /// A numbered paragraph of the report's body: "1.   Children in need of help ...".
        static func isNumberedParagraph(_ line: String) -> Bool {
            numberedBody(line) != nil
        }

        /// The text after "12. ", or nil if the line is not a numbered paragraph.
        static func numberedBody(_ line: String) -> String? {
            let t = line.spacesTrimmed
            let digits = t.prefix { $0.isNumber }
            guard (1...3).contains(digits.count) else { return nil }
            let rest = t.dropFirst(digits.count)
            guard rest.hasPrefix("."), let next = rest.dropFirst().first, next == " " else { return nil }
            let body = rest.dropFirst().description.spacesTrimmed
            return body.first?.isLetter == true || body.first == "‘" ? body : nil
        }

        /// The text after a bullet glyph, or nil if the line does not start with one.
        static func bulletBody(_ t: String) -> String? {
            guard let first = t.first, let scalar = first.unicodeScalars.first else { return nil }
            let privateUse = (0xE000...0xF8FF).contains(scalar.value)
            guard privateUse || bullets.contains(first) else { return nil }
            let rest = t.dropFirst()
            // A hyphen or asterisk is a bullet only when a space follows it.
            if !privateUse, "-*".contains(first), rest.first != " " { return nil }
            return rest.description.spacesTrimmed
        }

        /// Bulleted items from `start`: a bullet opens an item; indented lines, lines straight after
        /// it and further-indented bullets continue it. Without bullets, each paragraph is one item.
        static func bulletItems(_ lines: [String], from start: Int, stop: (Int) -> Bool) -> [String] {
            var items: [[String]] = []
            var sawBullet = false
            var bulletIndent: Int?
            var afterBlank = false
            for i in start..<min(lines.count, start + 100) {
                let line = lines[i]
                let t = line.spacesTrimmed
                if t.isEmpty {
                    afterBlank = true
                    continue
                }
                if stop(i) { break }
                if let body = bulletBody(t) {
                    // A bullet indented beyond the first is a sub-point of the item above.
                    if let indent = bulletIndent, line.leadingSpaces >= indent + 2, !items.isEmpty {
                        items[items.count - 1].append(body)
                    } else {
                        items.append([body])
                    }
                    bulletIndent = bulletIndent ?? line.leadingSpaces
                    sawBullet = true
                } else if items.isEmpty || (afterBlank && !sawBullet && line.leadingSpaces == 0) {
                    items.append([t])
                } else if !afterBlank || line.leadingSpaces > 0 {
                    items[items.count - 1].append(t)
                } else {
                    break
                }
                afterBlank = false
            }
            return items.map(Lines.join).filter { !$0.isEmpty }
        }

        // MARK: SIF

        /// The executive summary's first paragraph (2015–2018), else the first page's words between the overall
        /// judgement and the grade table (2013–2015).
        static func sifHeadline(_ lines: [String], statementEnd: Int?, tableStart: Int?) -> String? {
            var body: [String] = []
            if let summary = lines.firstIndex(where: { $0.spacesTrimmed.lowercased() == "executive summary" }) {
                // Its first paragraph: the whole summary runs to a page or more. Some reports leave
                // no blank line between paragraphs; there a short line ending a sentence ends one.
                let range = (summary + 1)..<min(lines.count, summary + 60)
                let width = lines[range].map(\.spacesTrimmed.count).max() ?? 0
                for i in range {
                    let t = lines[i].spacesTrimmed
                    if t.isEmpty {
                        // A blank line mid-sentence is a page break, not a paragraph's end.
                        guard let previous = body.last?.spacesTrimmed.last, ".?!:’”)".contains(previous) else { continue }
                        break
                    }
                    body.append(lines[i])
                    if t.hasSuffix("."), t.count < width - 12 { break }
                }
            } else if let statementEnd, let tableStart, tableStart > statementEnd + 1 {
                for line in lines[(statementEnd + 1)..<tableStart] {
                    if line.spacesTrimmed.hasPrefix("The judgements on areas") { break }
                    body.append(line)
                }
            }
            let text = Lines.join(body)
            return text.isEmpty ? nil : text
        }

        /// The numbered recommendations ("Recommendations", 2015–2018) or areas for improvement
        /// ("What does the local authority need to improve?", 2013–2015).
        static func sifImprovements(_ lines: [String]) -> [String] {
            let subheadings = ["priority and immediate action", "areas for improvement"]
            let headings = ["recommendations", "what does the local authority need to improve"] + subheadings
            // At the margin: the contents page lists the same headings indented.
            guard
                let heading = lines.firstIndex(where: {
                    $0.leadingSpaces == 0
                        && headings.contains($0.spacesTrimmed.lowercased().replacingOccurrences(of: "?", with: ""))
                })
            else { return [] }
            var items: [[String]] = []
            var afterBlank = false
            var numbered = false
            for i in (heading + 1)..<min(lines.count, heading + 250) {
                let line = lines[i]
                let t = line.spacesTrimmed
                if t.isEmpty {
                    afterBlank = true
                    continue
                }
                if subheadings.contains(where: t.lowercased().hasPrefix) && t.count < 40 {
                    afterBlank = true
                    continue
                }
                if let body = numberedBody(line) {
                    items.append([body])
                    numbered = true
                } else if let body = bulletBody(t) {
                    // Bullets under a numbered recommendation are part of it; 2014 reports list bullets alone.
                    if numbered, !items.isEmpty { items[items.count - 1].append(body) } else { items.append([body]) }
                } else if !items.isEmpty, !afterBlank || line.leadingSpaces > 0 {
                    items[items.count - 1].append(t)
                } else if !items.isEmpty || isSIFHeading(lines, i) {
                    break
                }
                afterBlank = false
            }
            // "There are no areas for priority or immediate action." is not an improvement.
            return items.map(Lines.join).filter { !$0.isEmpty && !$0.hasPrefix("There are no areas for") }
        }

        /// A SIF section heading: a short line at the margin after a finished paragraph and a blank line.
        static func isSIFHeading(_ lines: [String], _ i: Int) -> Bool {
            let line = lines[i]
            let t = line.spacesTrimmed
            guard i > 0, lines[i - 1].spacesTrimmed.isEmpty, line.leadingSpaces == 0, t.count < 70,
                let first = t.first, first.isUppercase, let last = t.last, !".,;:".contains(last)
            else { return false }
            let previous = lines[..<i].last { !$0.spacesTrimmed.isEmpty }?.spacesTrimmed ?? ""
            return previous.isEmpty || ".:?!)”’".contains(previous.last ?? ".")
        }
    }
}
