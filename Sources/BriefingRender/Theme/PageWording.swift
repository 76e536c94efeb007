import BriefingModel

/// Words the PDF page and its HTML twin share, written once.
enum PageWording {
    static let gradeNotKnown = "Not known"
    static let noInspections = "No inspections are recorded in the sources for this council."
    static let noHistory = "No inspections or visits are recorded in the sources."
    static let noSubJudgements = "Sub-judgements: not given in the sources"
    static let inspectorsFound = "Inspectors found: "
    static let concernsHeading = "Concerns inspectors raised"
    static let fundingHeading = "Action-plan funding"
    static let improvementsHeading = "What must improve"
    static let contextHeading = "Context"
    static let historyHeading = "How each judgement moved"
    static let verdictHeading = "Inspectors’ verdict"

    /// How a funding line's recurrence reads: "one-off", "recurring", "recurrence not stated".
    static func recurrence(_ f: FundingLine) -> String {
        f.recurrence == .notStated ? "recurrence not stated" : f.recurrence.rawValue
    }

    /// The left column's heading: the report's findings, or the curated quotes of both voices.
    static func quotesHeading(_ c: Council) -> String {
        c.quotes.contains { $0.finding != nil } ? "What inspectors found" : "What inspectors and the council said"
    }

    /// One context fact as the page lists it: "Workforce: ...".
    static func contextItem(_ f: ContextFact) -> String { "\(f.topic.rawValue.capitalized): \(f.text)" }

    /// The people the sources name, as the context panel ends ("Named in the sources: A, leader; B, ...").
    static func namedLeaders(_ leaders: [Leader]) -> String? {
        leaders.isEmpty ? nil : "Named in the sources: " + leaders.map { "\($0.name), \($0.role)" }.joined(separator: "; ") + "."
    }

    /// A neighbour's latest inspection in words: its overall grade, or its judgements where it gave none.
    static func neighbourWords(_ n: NeighbourGrade) -> String {
        n.judgements.isEmpty
            ? n.grade?.words ?? "No overall grade"
            : "no overall grade; " + n.judgements.map(\.words).joined(separator: ", ")
    }

    /// The footer's line for panels with nothing to show, if any.
    static func nothingRecorded(for c: Council) -> String? {
        nothingRecorded(funding: c.funding.isEmpty, context: c.context.isEmpty && c.leaders.isEmpty)
    }
    static let noQuotes = "No quotes are recorded in the sources."

    /// Why the left column quotes nothing: the latest report is missing, the sources record no
    /// quotes, or the report's other findings are quoted but none stands as a strength.
    static func noQuotes(for b: Briefing) -> String {
        if let x = b.missingReport { return reportMissing(x) }
        if b.council.quotes.contains(where: { $0.finding != nil }) {
            return "No strength from the report stands on its own as a quote: its sections judged good or better give none."
        }
        return noQuotes
    }

    /// When not one quote fits whole: quotes are never cut.
    static func quotesTooLong(_ count: Int) -> String {
        (count == 1 ? "The quote recorded is" : "The \(count) quotes recorded are")
            + " too long to show whole on one page; they are in the sources."
    }
    static let noFunding = "No funding announced in the sources."
    static let noImprovements = "No improvements are listed in the sources."
    static let noContext = "No workforce or leadership facts are recorded in the sources."

    /// The one line that stands for empty funding and context panels on the page.
    static let inferredNote = "Dates marked inferred are implied by a source, not stated in it."
    static func nothingRecorded(funding: Bool, context: Bool) -> String? {
        switch (funding, context) {
        case (true, true): "No action-plan funding, workforce or leadership facts are recorded in the sources."
        case (true, false): noFunding
        case (false, true): noContext
        case (false, false): nil
        }
    }
    /// Why no inspectors' words are quoted: the latest inspection's report is not in the data.
    static func reportMissing(_ x: Inspection) -> String {
        "The report of the latest inspection (\(Format.dateNoted(x.date))) is not in the data, so no inspectors’ words are quoted; earlier reports are not quoted as if they were current."
    }

    /// Why the banner leads with `count` judgements and no grade: "… these four judgements are its verdict."
    static func noOverallGradeSince2026(judgements count: Int) -> String {
        let words = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
        let these =
            count == 1 ? "this one judgement is" : "these \(count < words.count ? words[count] : String(count)) judgements are"
        return "Ofsted gives no overall effectiveness grade to inspections from April 2026: \(these) its verdict."
    }

    /// The overall grade before the 2026 rules, as history: "Last overall grade: requires improvement (January 2023)".
    static func lastOverallGrade(_ r: Rating) -> String {
        "Last overall grade: \(r.grade.words.lowercased()) (\(r.latest.date.map(Format.date) ?? "date not stated"))"
    }

    /// How one judgement moved since the inspection before: "Declined from good", "Unchanged".
    static func judgementMove(_ m: JudgementMove) -> String {
        guard let previous = m.previous, let direction = m.direction else {
            return m.withChildrenInCare.map { "Judged with children in care before: \($0.words.lowercased())" }
                ?? "Not judged before"
        }
        switch direction {
        case .improved: return "Improved from \(previous.words.lowercased())"
        case .declined: return "Declined from \(previous.words.lowercased())"
        case .unchanged: return "Unchanged"
        }
    }

    /// Where the council stands nationally, by every council's latest inspection: "Nationally, 29
    /// of 142 councils share Wakefield’s latest overall grade (good). Latest overall grades: 40
    /// outstanding, ...; 11 councils inspected from April 2026 have judgements and no overall grade."
    static func national(_ s: NationalStanding, council name: String) -> String {
        let counts = s.counts.map { "\($0.count) \($0.grade.rawValue)" }.joined(separator: ", ")
        let reformed = s.judgedOnly == 1 ? "1 council" : "\(s.judgedOnly) councils"
        guard let grade = s.grade else {
            return
                "Nationally, \(name) is one of \(reformed) inspected from April 2026, with judgements and no overall grade. The other \(s.graded) councils’ latest overall grades: \(counts)."
        }
        let tail = s.judgedOnly > 0 ? "; \(reformed) inspected from April 2026 have judgements and no overall grade." : "."
        return
            "Nationally, \(s.sharing) of \(s.graded) councils share \(name)’s latest overall grade (\(grade.rawValue)). Latest overall grades: \(counts)\(tail)"
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
