import BriefingModel

/// Words the PDF page and its HTML twin share, written once.
enum PageWording {
    static let gradeNotKnown = "Not known"
    static let noInspections = "No inspections are recorded in the sources for this council."
    static let noHistory = "No inspections or visits are recorded in the sources."
    static let noSubJudgements = "Sub-judgements: not given in the sources"
    static let inspectorsFound = "Inspectors found: "
    static let noQuotes = "No quotes are recorded in the sources."
    static let noFunding = "No funding announced in the sources."
    static let noImprovements = "No improvements are listed in the sources."
    static let noContext = "No workforce or leadership facts are recorded in the sources."

    /// Where the council stands nationally: "Nationally, 29 of 153 councils share Wakefield’s
    /// latest overall grade (good). All councils’ latest grades: 20 outstanding, ...".
    static func national(_ s: NationalStanding, council name: String) -> String {
        let counts = s.counts.map { "\($0.count) \($0.grade.rawValue)" }
        return
            "Nationally, \(s.sharing) of \(s.graded) councils share \(name)’s latest overall grade (\(s.grade.rawValue)). All councils’ latest grades: \(counts.joined(separator: ", "))."
    }

    /// The direction since the previous overall grade, in words ("Declined from good (May 2015)"),
    /// and the direction itself when there is one.
    static func direction(_ r: Rating) -> (direction: Direction?, words: String) {
        guard let prev = r.previous, let pg = prev.grade, let dir = r.direction else {
            return (nil, "No earlier overall grade in the sources")
        }
        let grade = pg.words.lowercased()
        let when = prev.date.map(Format.date) ?? "date not stated"
        switch dir {
        case .improved: return (dir, "Improved from \(grade) (\(when))")
        case .declined: return (dir, "Declined from \(grade) (\(when))")
        case .unchanged:
            guard let d = prev.date else { return (dir, "Unchanged: \(grade) at the inspection before too (date not stated)") }
            return (dir, "Unchanged: \(grade) \(d.day == nil ? "in" : "on") \(Format.date(d)) too")
        }
    }

    /// The direction with its arrow character, for text without drawn shapes (the HTML twin).
    static func directionLine(_ r: Rating) -> String {
        let (direction, words) = direction(r)
        switch direction {
        case .improved: return "▲ " + words
        case .declined: return "▼ " + words
        case .unchanged: return "► " + words
        case nil: return words
        }
    }
}
