import BriefingLayout
import BriefingModel

extension DocumentInfo {
    /// What a council's briefing says about itself: title, subject and keywords in words.
    static func briefing(_ briefing: Briefing, date: String) -> DocumentInfo {
        let c = briefing.council
        var subject = "Ofsted judgements of \(c.name)'s children's services"
        let latest = c.latestInspection
        if let g = latest?.grade {
            subject += ": latest overall grade \(g.words.lowercased())"
        } else if latest != nil {
            subject += ": latest inspection judged without an overall grade"
        }
        return DocumentInfo(
            title: "\(c.name): children’s services inspection briefing",
            author: "brief", subject: subject,
            keywords: ["children's services", "Ofsted", c.name, latest?.grade?.words ?? "not graded"].joined(separator: ", "),
            creator: "brief", date: date)
    }

    /// What the national overview says about itself.
    static func overview(_ overview: Overview, date: String) -> DocumentInfo {
        DocumentInfo(
            title: "England: children’s services inspection overview", author: "brief",
            subject: "Ofsted overall effectiveness grades of \(overview.councilCount) councils",
            keywords: "children's services, Ofsted, England",
            creator: "brief", date: date)
    }
}
