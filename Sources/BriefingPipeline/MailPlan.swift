import BriefingMail
import BriefingModel

/// Who gets which council's briefing in a mail merge.
public enum MailPlan {
    /// One letter per council: the councils named go to `to`, plus their people in the
    /// `recipients` file when one is given; with no councils named, every council in the file
    /// goes to its own people. Briefings are assembled as for the page.
    public static func letters(
        councils: [String], to: [Address], recipients: String?, source: BriefingSource
    ) throws(PipelineError) -> [MailMerge.Letter] {
        var plan: [(council: Council, to: [Address])] = try councils.map { c throws(PipelineError) in
            (try source.council(named: c), to)
        }
        if let recipients {
            let people = try RecipientsFile.load(recipients, source: source)
            plan =
                councils.isEmpty
                ? people
                : plan.map { p in (p.council, p.to + (people.first { $0.council.slug == p.council.slug }?.to ?? [])) }
        }
        return plan.map { MailMerge.Letter(briefing: source.briefing(for: $0.council), to: $0.to) }
    }
}
