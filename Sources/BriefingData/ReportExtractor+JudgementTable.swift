import Foundation

extension ReportExtractor {
    /// An ILACS judgement table (2018 on), read by its structure, not its wording: a
    /// "Judgement | Grade" header, then rows whose label sits in the left column, wrapping over as
    /// many lines as it needs, and whose grade sits in the right column beside any of the label's
    /// lines, between them, or split over two lines. A row starts after a blank line or with a
    /// capital letter; it is the judgement its key words name (leaders, help and protection, in
    /// care, care leavers, overall effectiveness). The table ends where prose starts: a line that
    /// runs on across the grade column, a sentence, or a row that names no judgement.
    struct JudgementTable {
        enum Row: Equatable {
            case leaders, helpAndProtection, inCare, inCareAndCareLeavers, careLeavers, overall
        }

        var rows: [(row: Row, grade: String)]
        /// The index of the table's last line.
        var end: Int

        /// A row as read: its label's lines joined, the grade words beside them, its last line.
        struct Draft {
            var label: String
            var grades: [String]
            var end: Int
            var afterBlank: Bool
            var lines = 1
        }

        /// The table after a "Judgement  Grade" header in the first 100 lines, or nil.
        static func ilacs(_ lines: [String]) -> JudgementTable? {
            guard let header = lines.prefix(100).firstIndex(where: isHeader) else { return nil }
            // Where the grades start: the header's "Grade", or a grade further left.
            var gradeColumn = Lines.segments(lines[header]).last?.column ?? 0
            var drafts: [Draft] = []
            var afterBlank = false
            for i in (header + 1)..<min(lines.count, header + 60) {
                let segments = Lines.segments(lines[i])
                if segments.isEmpty {
                    afterBlank = true
                    continue
                }
                let grades = segments.filter { Grades.isGradeText($0.text) }
                let labels = segments.filter { !Grades.isGradeText($0.text) }
                gradeColumn = min(gradeColumn, grades.map(\.column).min() ?? gradeColumn)
                if !labels.isEmpty {
                    if grades.isEmpty, isProse(labels, gradeColumn: gradeColumn) { break }
                    let label = labels.map(\.text).joined(separator: " ")
                    let starts = drafts.isEmpty || afterBlank || label.first?.isUppercase == true
                    if starts {
                        drafts.append(Draft(label: label, grades: [], end: i, afterBlank: afterBlank))
                    } else {
                        drafts[drafts.count - 1].label += " " + label
                        drafts[drafts.count - 1].lines += 1
                    }
                }
                guard !drafts.isEmpty else { continue }  // grade words above any label are no row's
                drafts[drafts.count - 1].grades += grades.map(\.text)
                drafts[drafts.count - 1].end = i
                afterBlank = false
            }
            let table = rows(merging(drafts))
            return table.rows.isEmpty ? nil : table
        }

        /// Whether a line's label segments are prose rather than a label: a sentence, or words
        /// running on into the grade column, where no label reaches.
        static func isProse(_ labels: [(column: Int, text: String)], gradeColumn: Int) -> Bool {
            let text = labels.map(\.text).joined(separator: " ")
            if text.hasSuffix(".") || text.contains(". ") { return true }
            return labels.contains { $0.column + $0.text.count > gradeColumn }
        }

        /// The drafts with a row that names no judgement, and follows another with no blank line
        /// between, joined to the one before: a label's line that happened to start with a capital.
        static func merging(_ drafts: [Draft]) -> [Draft] {
            var out: [Draft] = []
            for d in drafts {
                if row(for: d.label) == nil, !d.afterBlank, var last = out.last {
                    last.label += " " + d.label
                    last.grades += d.grades
                    last.end = d.end
                    last.lines += d.lines
                    out[out.count - 1] = last
                } else {
                    out.append(d)
                }
            }
            return out
        }

        /// The rows up to the first that names no judgement or is too long for a label, with the
        /// table's grades in row order: a grade may sit between two rows, or be split over them
        /// ("Requires improvement" above a label, "to be good" below). Where the table has more
        /// or fewer grades than rows, each row gets the first grade beside its own lines, if any.
        static func rows(_ drafts: [Draft]) -> JudgementTable {
            let table = drafts.prefix { d in
                row(for: d.label) != nil && d.lines <= 4 && Grades.words(d.label).count <= 30
            }
            let kinds = table.compactMap { row(for: $0.label) }
            let inOrder = Grades.parse(table.flatMap(\.grades).joined(separator: " "))
            let grades: [String?] =
                inOrder.count == kinds.count
                ? inOrder : table.map { Grades.parse($0.grades.joined(separator: " ")).first }
            let rows = zip(kinds, grades).compactMap { kind, grade in grade.map { (row: kind, grade: $0) } }
            return JudgementTable(rows: rows, end: table.last?.end ?? 0)
        }

        /// "Judgement  Grade" (or the plurals), as two columns.
        static func isHeader(_ line: String) -> Bool {
            let s = Lines.segments(line).map { normalise($0.text) }
            return s.count == 2 && ["judgement", "judgements"].contains(s[0]) && ["grade", "grades"].contains(s[1])
        }

        /// Sets the extract's grades from the rows.
        func apply(to out: inout ReportExtract) {
            for (row, grade) in rows {
                switch row {
                case .leaders: out.leaders = grade
                case .helpAndProtection: out.helpAndProtection = grade
                case .inCare, .inCareAndCareLeavers: out.inCare = grade
                case .careLeavers: out.careLeavers = grade
                case .overall: out.overallEffectiveness = grade
                }
            }
            // From 2026 the table has a care leavers row but no overall row: Ofsted no longer
            // gives an overall grade, which the CSV writes as `not_reported_post_reform`.
            let kinds = rows.map(\.row)
            if !kinds.contains(.overall), kinds.contains(.careLeavers), kinds.count >= 3 {
                out.overallEffectiveness = "not_reported_post_reform"
            }
        }

        /// The judgement a label names, by its key words, whatever the rest of its wording.
        static func row(for label: String) -> Row? {
            let l = " " + normalise(label) + " "
            if l.contains(" overall ") { return .overall }
            if l.contains(" leaders ") || l.contains(" leadership ") { return .leaders }
            if l.contains(" help and protection ") || l.contains(" need help ") || l.contains(" needs help ") {
                return .helpAndProtection
            }
            let inCare = l.contains(" in care ") || l.contains(" looked after ")
            let leavers = l.contains(" care leavers ") || l.contains(" leaving care ")
            if inCare, leavers { return .inCareAndCareLeavers }
            if inCare { return .inCare }
            return leavers ? .careLeavers : nil
        }

        /// Lower case, letters, digits and single spaces only.
        static func normalise(_ s: String) -> String {
            Lines.collapse(String(s.lowercased().map { $0.isLetter || $0.isNumber ? $0 : " " }))
        }
    }
}
