import BriefTestSupport
import BriefingModel
import Foundation
import Testing

@testable import BriefingData

/// The rules for quoting inspectors, on made-up sentences, and over every national page.
@Suite struct QuoteRulesTests {
    @Test(arguments: [
        "Children in Northby receive consistently strong help from skilled social workers.",
        "Leaders have a clear and accurate understanding of the quality of practice across the service.",
        "Too many children wait too long for their plans to be reviewed by managers.",
    ])
    func findingsStandAlone(_ s: String) { #expect(QuoteRules.standsAlone(s)) }

    @Test(arguments: [
        "However, the response to these challenges has been too slow for many children.",  // back-reference
        "This has led to a sustained improvement in the quality of help for children.",
        "As a result, children now receive help at the right time from the right people.",
        "Since then, leaders have made steady improvements across most areas of practice.",
        "Children are safer and better cared for in Northby as a result.",
        "Leaders' commitment to co-production in Northby ensures that this is highly effective.",
        "Since the last inspection in 2021, leaders have strengthened the front door.",  // restatement
        "The 2019 inspection judged services for children in care to be inadequate overall.",
        "Following the focused visit in 2022, leaders commissioned an external review of practice.",
        "The COVID-19 pandemic had a significant impact on the recruitment of social workers.",  // background
        "Nearly half of the school population in Northby speak English as an additional language.",
        "Too short.",  // length
    ])
    func othersDoNot(_ s: String) { #expect(!QuoteRules.standsAlone(s)) }

    @Test func concernsAreTold() {
        #expect(QuoteRules.isConcern("Too many children wait too long for their plans to be reviewed."))
        #expect(QuoteRules.isConcern("Management oversight is inconsistent across the teams."))
        #expect(QuoteRules.isConcern("There are widespread delays in responding to contacts about children."))
        #expect(!QuoteRules.isConcern("Children receive consistently strong help from skilled social workers."))
        // A word that only contains a shortfall, a mitigated shortfall, double praise.
        #expect(!QuoteRules.isConcern("Children in Blackpool benefit from skilled and caring social workers."))
        #expect(!QuoteRules.isConcern("Reviewing officers are effective in preventing delay for children."))
        // Made up: the mitigating verb governs both nouns it is coordinated with, not only the nearest.
        #expect(!QuoteRules.isConcern("Managers track every action to prevent unnecessary drift or delay for children."))
        #expect(!QuoteRules.isConcern("Plans are reviewed often, which reduces waiting and delay for families."))
        #expect(QuoteRules.isConcern("Plans are reviewed often, but some children experience drift and delay."))
        // Made up: a shortfall word inside a condition later in the clause is the condition, not the finding.
        #expect(!QuoteRules.isConcern("Workers respect children's views when they do not wish to see their parents."))
        #expect(QuoteRules.isConcern("Children wait too long when their needs first arise."))
        #expect(!QuoteRules.isConcern("Leaders have good oversight of the few children living in unregistered homes."))
        #expect(QuoteRules.isConcern("Too many children are placed in unregistered homes."))
        #expect(!QuoteRules.isConcern("There is no delay between a contact being received and a decision being made."))
        #expect(!QuoteRules.isConcern("Leaders not only listen to children but also act on what they say."))
        // A condition or an opening concession is the circumstance, not the finding; a later concession is.
        #expect(!QuoteRules.isConcern("When risks to children are not reducing, they benefit from timely decisions."))
        #expect(!QuoteRules.isConcern("Plans are reviewed promptly, when circumstances do not improve, by skilled managers."))
        #expect(!QuoteRules.isConcern("Although the model is not yet fully embedded, staff use it well every day."))
        #expect(QuoteRules.isConcern("Most plans are clear and timely, although their quality is still variable."))
        // A group's status, an exception, a mitigating word close before.
        #expect(!QuoteRules.isConcern("Care leavers who are not in education or employment are offered support quickly."))
        #expect(!QuoteRules.isConcern("Delay in achieving permanence for children in Northby is rare."))
        #expect(!QuoteRules.isConcern("Leaders challenge poorly performing providers robustly and effectively."))
        #expect(QuoteRules.isConcern("There has been a serious deterioration in the response at the front door."))
        // The people's circumstances are not the service's shortfall.
        #expect(!QuoteRules.isConcern("Skilled workers give strong support to parents experiencing poor mental health."))
        // A strength names no shortfall and does not open by granting one.
        #expect(QuoteRules.isStrength("Children in care live in stable homes with carers who know them well."))
        #expect(
            !QuoteRules.isStrength("While turbulence in leadership has stalled progress, there are pockets of good practice."))
    }

    @Test(arguments: [
        "In April 2023, the new council took over responsibility for children's services.",  // a year
        "The interim director of children's services has brought a renewed focus to practice.",  // an appointment
        "Decisions for these children to come into care have not been swift enough.",  // "these" named before
        "She has modelled a culture of learning that staff describe as transformative.",  // a pronoun opening
        "The JTAI found that partners share information about children promptly and well.",  // Ofsted's own work
    ])
    func historyAndBackReferencesDoNotStandAlone(_ s: String) { #expect(!QuoteRules.standsAlone(s)) }

    @Test(arguments: [
        "Children are visited regularly and in line with their assessed needs and risks.",  // social workers' visits
        "Managers apply sound professional judgement when deciding the next steps for children.",
        "Leaders track those children who need help closely and act quickly on what they find.",  // defined by "who"
    ])
    func practiceSentencesStandAlone(_ s: String) { #expect(QuoteRules.standsAlone(s)) }

    /// A made-up ILACS report: the judgement table, a headline, "What needs to improve", then
    /// numbered paragraphs under two judgement headings, with a page break inside one.
    static let madeUpReport = """
        Inspection of Northby local authority
        children’s services
        Inspection dates: 3 to 14 March 2025

         Judgement                                  Grade

         The impact of leaders on social work       Good
         practice with children and families

         Overall effectiveness                      Good

        A new senior team began work in Northby in the spring of 2022. Children in Northby
        receive consistently strong help from skilled social workers. However, some plans drift.
        Too many care leavers live in accommodation that does not meet their needs well.

        What needs to improve?
        ◼ The timeliness of plans for children in care.

        The experiences and progress of children who need help and
        protection: good
        1.      Children who need help receive it quickly from a well-run front door. Staff know
                their families well and visit them often.

        2.      Assessments are thorough and take account of children’s wishes. A small number
                of assessments are not updated when children’s circumstances change.

        Inspection of Northby local authority children’s services
        3 to 14 March 2025                                                       2
                This is rare.

        The experiences and progress of children in care: good
        3.      Children in care live in stable homes with carers who know them well.
        """

    /// An inadequate council's verdict is its headline's first concern; strengths come only from
    /// sections judged good or better, where topic sentences state strengths.
    @Test func inadequateReportsLeadWithAConcern() {
        let report = Self.madeUpReport
            .replacingOccurrences(
                of: "Overall effectiveness                      Good",
                with: "Overall effectiveness                      Inadequate"
            )
            .replacingOccurrences(of: "protection: good", with: "protection: inadequate")
        let x = ReportExtractor.extract(text: report)
        #expect(x.overallEffectiveness == "inadequate")
        #expect(x.verdict == "Too many care leavers live in accommodation that does not meet their needs well.")
        #expect(x.strengths.first == "Children in care live in stable homes with carers who know them well.")
        #expect(!x.strengths.contains("Children who need help receive it quickly from a well-run front door."))
    }

    @Test func readsTheVerdictStrengthsAndConcernsFromTheStructure() {
        let x = ReportExtractor.extract(text: Self.madeUpReport)
        #expect(x.verdict == "Children in Northby receive consistently strong help from skilled social workers.")
        // Topic sentences, the first of each judgement section first; the background sentence is not one.
        #expect(
            x.strengths == [
                "Children who need help receive it quickly from a well-run front door.",
                "Children in care live in stable homes with carers who know them well.",
                "Assessments are thorough and take account of children’s wishes.",
            ])
        #expect(
            x.concerns == [
                "Too many care leavers live in accommodation that does not meet their needs well.",
                "A small number of assessments are not updated when children’s circumstances change.",
            ])
    }

    /// Every inspectors' quote read from a report, on every national page, follows the rules and
    /// stands verbatim in that report's text.
    @Test func everyReportQuoteOnEveryPageFollowsTheRules() throws {
        let (store, _) = CouncilStore.merged(
            curated: try CouncilStore.load(folder: TestPaths.data), national: try NationalDataset.load(folder: TestPaths.ofsted))
        let assembler = BriefingAssembler(store: store)
        var checked = 0
        for c in store.councils {
            let b = assembler.briefing(for: c)
            // One era: nothing on the page is dated (by itself or its source) before the latest inspection.
            if let start = b.council.eraStart {
                let dates: [FactDate?] =
                    b.council.quotes.map { $0.date ?? b.council.source($0.source)?.date }
                    + b.council.improvements.map { $0.date ?? b.council.source($0.source)?.date }
                    + b.council.funding.map { $0.date ?? b.council.source($0.source)?.date }
                    + b.council.context.map { $0.date ?? b.council.source($0.source)?.date }
                #expect(dates.allSatisfy { $0.map { $0.isOnOrAfter(start) } ?? true }, "\(c.slug): a fact before \(start.iso)")
            }
            for q in b.council.quotes where q.source.hasPrefix("ofsted-report-") {
                #expect(QuoteRules.standsAlone(q.text), "\(c.slug): \(q.text)")
                let published = String(q.source.dropFirst("ofsted-report-".count))
                let path = try #require(store.reports.textPath(.init(urn: c.urn ?? "", published: published)))
                let lines = ReportExtractor.Lines.clean(
                    ReportExtractor.Lines.split(try String(contentsOfFile: path, encoding: .utf8)))
                #expect(ReportExtractor.Lines.join(lines).contains(q.text), "\(c.slug): not verbatim: \(q.text)")
                // The quote is from the inspection the page leads with.
                #expect(b.council.latestInspection?.inspection.published?.iso == published, "\(c.slug)")
                checked += 1
            }
        }
        #expect(checked > 300)
    }
}
