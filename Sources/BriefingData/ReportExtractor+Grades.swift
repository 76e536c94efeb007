import Foundation

extension ReportExtractor {
    /// Grade words as the reports print them, read into the CSV's lower-case values.
    enum Grades {
        static let vocabulary: Set<String> = [
            "outstanding", "good", "requires", "require", "improvement", "to", "be", "inadequate", "adequate", "not", "judged",
        ]
        static let core: Set<String> = [
            "outstanding", "good", "requires", "require", "improvement", "inadequate", "adequate", "judged",
        ]

        /// The letters-only words of `s`, lower case.
        static func words(_ s: String) -> [String] {
            s.lowercased().split { !$0.isLetter }.map(String.init)
        }

        /// Whether `s` is nothing but grade words: "Requires improvement to", "be good", "Good".
        static func isGradeText(_ s: String) -> Bool {
            guard !s.contains(where: \.isNumber) else { return false }
            let w = words(s)
            return !w.isEmpty && w.allSatisfy(vocabulary.contains) && w.contains(where: core.contains)
        }

        /// The grades `text` names, in order: "Requires Improvement to be good Good" ->
        /// ["requires improvement", "good"]. Words that are not grades are passed over.
        static func parse(_ text: String) -> [String] {
            let w = words(text)
            var out: [String] = []
            var i = 0
            while i < w.count {
                switch w[i] {
                case "outstanding", "good", "inadequate", "adequate":
                    out.append(w[i])
                case "requires", "require", "improvement":
                    out.append("requires improvement")
                    var j = i + 1
                    if w[i] != "improvement", j < w.count, w[j] == "improvement" { j += 1 }
                    // "to be good" is part of the grade's name, not a second grade.
                    if j < w.count, w[j] == "to" { j += 1 }
                    if j < w.count, w[j] == "be" {
                        j += 1
                        if j < w.count, w[j] == "good" { j += 1 }
                    }
                    i = j - 1
                case "not":
                    if i + 1 < w.count, w[i + 1] == "judged" {
                        out.append("not judged")
                        i += 1
                    }
                default:
                    break
                }
                i += 1
            }
            return out
        }
    }

    /// An ILACS judgement table: row labels in the left column, wrapping over two lines, and
    /// grades in the right column beside the first line, the second, or between rows.
    struct JudgementTable {
        enum Row: Equatable {
            case leaders, helpAndProtection, inCare, inCareAndCareLeavers, careLeavers, overall
        }

        var rows: [(row: Row, grade: String)]
        /// The index of the table's last line.
        var end: Int

        /// The labels as the reports word them (2018–2026), normalised.
        static let labels = [
            "the impact of leaders on social work practice with children and families",
            "the experiences and progress of children who need help and protection",
            "the experiences and progress of children in care and care leavers",
            "the experiences and progress of care leavers",
            "the experiences and progress of children care leavers",
            "overall effectiveness",
        ]

        /// The table after a "Judgement  Grade" header in the first 100 lines, or nil.
        static func ilacs(_ lines: [String]) -> JudgementTable? {
            guard
                let header = lines.prefix(100).firstIndex(where: { line in
                    let s = Lines.segments(line).map { $0.text.lowercased() }
                    return s.count == 2 && s[0] == "judgement" && s[1] == "grade"
                })
            else { return nil }
            var labelTexts: [String] = []
            var gradeText = ""
            var end = header
            var i = header + 1
            while i < min(lines.count, header + 60) {
                defer { i += 1 }
                let segments = Lines.segments(lines[i])
                if segments.isEmpty { continue }
                let grades = segments.filter { Grades.isGradeText($0.text) }.map(\.text)
                let label = normalise(segments.filter { !Grades.isGradeText($0.text) }.map(\.text).joined(separator: " "))
                if !label.isEmpty {
                    if let last = labelTexts.last, isLabelPrefix(last + " " + label) {
                        labelTexts[labelTexts.count - 1] = last + " " + label
                    } else if isLabelPrefix(label), ["the impact", "the experiences", "overall"].contains(where: label.hasPrefix)
                    {
                        labelTexts.append(label)
                    } else {
                        break  // prose: the headline has begun
                    }
                }
                gradeText += " " + grades.joined(separator: " ")
                end = i
            }
            let rows = zip(labelTexts.compactMap(row(for:)), Grades.parse(gradeText)).map { (row: $0, grade: $1) }
            return rows.isEmpty ? nil : JudgementTable(rows: rows, end: end)
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

        static func row(for label: String) -> Row? {
            if label.hasPrefix("overall") { return .overall }
            if label.contains("leaders on social work") || label.hasPrefix("the impact") { return .leaders }
            if label.contains("help and protection") || label.contains("need help") { return .helpAndProtection }
            if label.contains("in care"), label.contains("care leavers") { return .inCareAndCareLeavers }
            if label.contains("in care") { return .inCare }
            if label.contains("care leavers") { return .careLeavers }
            return nil
        }

        static func isLabelPrefix(_ text: String) -> Bool {
            labels.contains { $0.hasPrefix(text) }
        }

        /// Lower case, letters, digits and single spaces only.
        static func normalise(_ s: String) -> String {
            Lines.collapse(String(s.lowercased().map { $0.isLetter || $0.isNumber ? $0 : " " }))
        }
    }
}
