import Foundation

extension ReportExtractor {
    /// The headline summary and the list of improvements, found by the headings around them.
    enum Sections {
        // MARK: ILACS

        /// The paragraphs after the judgement table, up to "What needs to improve" or the first judgement section.
        static func ilacsHeadline(_ lines: [String], from start: Int) -> String? {
            var body: [String] = []
            for i in start..<min(lines.count, start + 150) {
                if isImproveHeading(lines, i) || isJudgementHeading(lines, i) || isNumberedParagraph(lines[i]) { break }
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
                if isImproveHeading(lines, i) {
                    heading = i
                    break
                }
            }
            guard let heading else { return [] }
            return bulletItems(lines, from: heading + 1) { isJudgementHeading(lines, $0) || isNumberedParagraph(lines[$0]) }
        }

        /// The heading of the list of improvements, whatever its wording: a short line of its own
        /// (at most ten words, no sentence punctuation, after a blank line or a finished sentence
        /// and not carried on in lower case below) that names improvement, such as "What needs to
        /// improve?", "What needs to improve in this local authority", "Areas for improvement" or
        /// "What needs to improve?1" (a footnote mark).
        static func isImproveHeading(_ lines: [String], _ i: Int) -> Bool {
            guard let t = Lines.segments(lines[i]).first?.text, t.first?.isUppercase == true, t.count < 80,
                let last = t.last, !".,;".contains(last), !t.contains(",")
            else { return false }
            let words = Grades.words(t)
            guard words.count <= 10, words.contains(where: { ["improve", "improvement", "improvements"].contains($0) }) else {
                return false
            }
            let before = i > 0 ? lines[i - 1].spacesTrimmed : ""
            let after = i + 1 < lines.count ? lines[i + 1].spacesTrimmed : ""
            return (before.isEmpty || ".?!:)”’".contains(before.last ?? ".")) && after.first?.isLowercase != true
        }

        /// A judgement section's heading, whatever its wording: a label naming a judgement by its
        /// key words, a colon and a grade, on one line or wrapped onto a second that carries on in
        /// lower case ("The experiences and progress of children who need help and" / "protection: good")
        /// or gives the grade after a colon ("... children and families:" / "Good").
        static func isJudgementHeading(_ lines: [String], _ i: Int) -> Bool {
            let t = lines[i].spacesTrimmed
            guard t.first?.isUppercase == true else { return false }
            var candidates = [t]
            if i + 1 < lines.count, let next = lines[i + 1].spacesTrimmed.first, next.isLowercase || t.hasSuffix(":") {
                candidates.append(t + " " + lines[i + 1].spacesTrimmed)
            }
            return candidates.contains { c in
                guard let colon = c.lastIndex(of: ":") else { return false }
                let label = String(c[..<colon])
                guard !label.contains(". "), Grades.words(label).count <= 25, JudgementTable.row(for: label) != nil else {
                    return false
                }
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

        /// The text after a bullet, or nil if the line does not start with one: any symbol glyph
        /// (◼, ■, ●, ➢, ✓, −, ...), Word's private-use bullets (U+F0B7, U+F06E, ...), a round bullet
        /// (•, ·, ‣, ∙, ◦), a dash, or an asterisk, hyphen or em dash before a space, or an "o" set
        /// apart as a column of its own (Word's second-level bullet).
        static func bulletBody(_ t: String) -> String? {
            guard let first = t.first, let scalar = first.unicodeScalars.first else { return nil }
            let rest = t.dropFirst()
            let privateUse = (0xE000...0xF8FF).contains(scalar.value)
            // ◼ and the minus sign are math symbols to Unicode; +, <, = and the like are not bullets.
            let symbol =
                [.otherSymbol, .mathSymbol].contains(scalar.properties.generalCategory) && !scalar.isASCII
                && !"±×÷¬".contains(first)
            let round = "•·‣⁃∙◦–".contains(first)
            let beforeSpace = "-*—".contains(first) && rest.first == " "
            let column = first == "o" && rest.hasPrefix("  ")
            guard privateUse || symbol || round || beforeSpace || column else { return nil }
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
                        // Sub-points without their own punctuation (or a closing "and") are kept apart by semicolons.
                        if let last = items[items.count - 1].last?.spacesTrimmed, let end = last.last, !".,;:!?".contains(end),
                            !last.hasSuffix(" and"), !last.hasSuffix(" or")
                        {
                            items[items.count - 1][items[items.count - 1].count - 1] = last + ";"
                        }
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
