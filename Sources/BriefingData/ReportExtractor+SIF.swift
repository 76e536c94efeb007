import Foundation

extension ReportExtractor {
    /// The first page of a single inspection framework (SIF) report, 2013–2018: a sentence with the
    /// overall judgement ("Children's services in York are good", "The overall judgement is
    /// requires improvement"), then numbered areas with their grades in a right-hand column, where
    /// a two-word grade may straddle its label ("Requires" above, "Improvement" below).
    struct SIFSummary {
        enum Area {
            case helpAndProtection, lookedAfter, adoption, careLeavers, leadership
        }

        var overall: String?
        var grades: [(area: Area, grade: String)] = []
        /// The index of the overall judgement sentence's last line.
        var statementEnd: Int?
        /// The index of the grade table's first line.
        var tableStart: Int?

        /// Grades stand far to the right; prose at the margin ("be good") is not a grade cell.
        static let gradeColumn = 30

        static func read(_ lines: [String]) -> SIFSummary {
            var out = SIFSummary()
            let firstArea = lines.prefix(150).firstIndex { area(ofLabel: labelText($0)) == .helpAndProtection }
            out.readStatement(lines, before: firstArea ?? min(lines.count, 80))
            if let firstArea { out.readTable(lines, from: firstArea) }
            return out
        }

        /// The overall judgement sentence and its grade.
        mutating func readStatement(_ lines: [String], before limit: Int) {
            for i in 0..<limit {
                let lower = lines[i].spacesTrimmed.lowercased().replacingOccurrences(of: "’", with: "'")
                guard lower.hasPrefix("the overall judgement is") || lower.hasPrefix("children's services") else { continue }
                var text = lines[i]
                var last = i
                // The sentence may wrap: "... require" / "improvement", "... require improvement to" / "be good".
                while last + 1 < limit, last < i + 2 {
                    let words = Grades.words(text)
                    let next = Lines.join([lines[last + 1]])  // "improvement.2": without the footnote mark
                    let hasGrade = !Grades.parse(text).isEmpty
                    let unfinished = ["require", "requires", "improvement", "to", "be"].contains(words.last ?? "")
                    if next.isEmpty || (hasGrade && !(unfinished && Grades.isGradeText(next))) { break }
                    text += " " + next
                    last += 1
                }
                guard let grade = Grades.parse(text).first else { continue }
                overall = grade
                statementEnd = last
                return
            }
        }

        /// The grades of the numbered areas, matched to their labels in order.
        mutating func readTable(_ lines: [String], from firstArea: Int) {
            var areas: [Area] = []
            var gradeText = ""
            var lastArea: Int?
            let start = max((statementEnd ?? -1) + 1, firstArea - 2)
            var i = start
            while i < min(lines.count, firstArea + 30) {
                defer { i += 1 }
                if let lastArea, i > lastArea + 2 { break }
                let line = lines[i]
                if line.contains("Safeguarding Children Board") || line.contains("(LSCB)") { break }
                for segment in Lines.segments(line) where segment.column >= Self.gradeColumn && Grades.isGradeText(segment.text) {
                    if tableStart == nil { tableStart = i }
                    gradeText += " " + segment.text
                }
                if let area = Self.area(ofLabel: Self.labelText(line)) {
                    if tableStart == nil { tableStart = i }
                    areas.append(area)
                    if area == .leadership { lastArea = i }
                }
            }
            grades = zip(areas, Grades.parse(gradeText)).map { (area: $0, grade: $1) }
        }

        /// The left-hand column's text: "1.      Children who need help" -> "1. Children who need help".
        static func labelText(_ line: String) -> String {
            Lines.segments(line).filter { $0.column < gradeColumn }.map(\.text).joined(separator: " ")
        }

        /// The area a numbered label names: "2.2 Experiences and progress of care leavers".
        static func area(ofLabel text: String) -> Area? {
            guard let first = text.first, first.isNumber, text.count < 80 else { return nil }
            let lower = text.lowercased()
            let number = lower.prefix { $0.isNumber || $0 == "." }
            guard !number.isEmpty, number.count <= 4 else { return nil }
            if lower.contains("need help") { return .helpAndProtection }
            if lower.contains("adoption") { return .adoption }
            if lower.contains("care leavers") { return .careLeavers }
            if lower.contains("looked after") { return .lookedAfter }
            if lower.contains("leadership") { return .leadership }
            return nil
        }

        /// Sets the extract's grades as the CSV records SIF judgements: help and protection and
        /// care leavers in the shared columns; leadership, looked after and adoption have their
        /// own SIF columns, which the extract does not carry.
        func apply(to out: inout ReportExtract) {
            out.overallEffectiveness = overall
            for (area, grade) in grades {
                switch area {
                case .helpAndProtection: out.helpAndProtection = grade
                case .careLeavers: out.careLeavers = grade
                case .lookedAfter, .adoption, .leadership: break
                }
            }
        }
    }
}

extension ReportExtractor.SIFSummary {
    /// The 2013 inspections of looked after children services: "Overall effectiveness of services
    /// for looked" / "after children and young people" / "Grade 3 (Adequate)", then a numbered
    /// paragraph that sums it up. Returns the grade and that paragraph.
    static func readLAC(_ lines: [String]) -> (grade: String, summary: String?)? {
        typealias Sections = ReportExtractor.Sections
        guard
            let heading = lines.firstIndex(where: {
                $0.leadingSpaces == 0 && $0.hasPrefix("Overall effectiveness of services for looked") && !$0.hasSuffix("and")
            })
        else { return nil }
        for i in (heading + 1)..<min(lines.count, heading + 4) where lines[i].spacesTrimmed.hasPrefix("Grade ") {
            guard let grade = ReportExtractor.Grades.parse(lines[i]).first else { return nil }
            guard i + 1 < lines.count, let first = Sections.numberedBody(lines[i + 1]) else { return (grade, nil) }
            var body = [first]
            for line in lines[(i + 2)...].prefix(40) {
                if line.spacesTrimmed.isEmpty || Sections.isNumberedParagraph(line) { break }
                body.append(line)
            }
            return (grade, ReportExtractor.Lines.join(body))
        }
        return nil
    }
}
