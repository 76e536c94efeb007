import BriefTestSupport
import Foundation
import Testing

@testable import BriefingData

extension MadeUpReports {
    /// 2026 on, worded unlike any report in the dataset: "The impact of leaders on practice with
    /// children and families", a label over three lines with its grade beside the second and
    /// third, no overall row, "What needs to improve in this local authority", ▪ bullets.
    static var reworded2026: String { get throws { try TestPaths.report("ilacs-2026-reworded") } }

    /// 2019 shape: the overall grade split around its label, prose naming a judgement straight
    /// after the table, "Areas for improvement:", – bullets with "o" sub-points.
    static var areasForImprovement: String { get throws { try TestPaths.report("ilacs-areas-for-improvement") } }
}

/// Reading a report by its structure, not its wording, on made-up report texts (Tests/Fixtures/reports)
/// and made-up lines: every council, label variant and sentence here is invented.
@Suite struct ReportStructureTests {
    @Test func rewordedLabelsOfA2026Report() throws {
        let x = ReportExtractor.extract(text: try MadeUpReports.reworded2026)
        #expect(x.leaders == "good")
        #expect(x.helpAndProtection == "requires improvement", "a label over three lines, its grade beside the second")
        #expect(x.inCare == "outstanding")
        #expect(x.careLeavers == "good")
        #expect(x.overallEffectiveness == "not_reported_post_reform", "no overall row from 2026")
        #expect(x.inspectionStartDate == "2026-02-09" && x.inspectionEndDate == "2026-02-20")
        #expect(x.headline == "Fernleigh’s children are safer than at the last inspection. Leaders know what needs to change.")
        #expect(
            x.improvements == [
                "The timeliness of assessments for children in need of help.", "Plans for care leavers who are parents.",
            ])
        #expect(x.concerns.contains { $0.hasPrefix("Children wait too long for assessments") })
        #expect(x.strengths.contains("Children in care live in homes that suit them well."), "the reworded sections are read")
    }

    @Test func anOverallGradeSplitAroundItsLabelAndProseStraightAfter() throws {
        let x = ReportExtractor.extract(text: try MadeUpReports.areasForImprovement)
        #expect(x.leaders == "good")
        #expect(x.helpAndProtection == "requires improvement")
        #expect(x.inCare == "good", "the combined row is in_care")
        #expect(x.careLeavers == nil)
        #expect(x.overallEffectiveness == "requires improvement", "'Requires improvement' above the label, 'to be good' below")
        #expect(
            x.headline
                == "Since the last inspection in 2015, the overall effectiveness of services for children in Brackwater has "
                + "declined. Leaders have begun to put this right.", "prose that names a judgement is not a row")
        #expect(
            x.improvements == [
                "The quality of plans for children in need.", "Management oversight of: visits to children; supervision.",
            ])
    }

    @Test(arguments: [
        "What needs to improve", "What needs to improve?", "What needs to improve:", "What Needs to Improve",
        "What needs to improve?1", "What needs to improve in this local authority", "Areas for improvement",
        "Areas for improvement:", "Priorities for improvement",
    ])
    func improvementHeadingsWhateverTheirWording(_ heading: String) throws {
        let text = try MadeUpReports.reworded2026.replacingOccurrences(
            of: "What needs to improve in this local authority", with: heading)
        let x = ReportExtractor.extract(text: text)
        #expect(
            x.improvements == [
                "The timeliness of assessments for children in need of help.", "Plans for care leavers who are parents.",
            ])
        #expect(x.headline?.hasSuffix("Leaders know what needs to change.") == true, "\(heading) ends the headline")
    }

    @Test(arguments: ["•", "◼", "▪", "■", "➢", "✓", "−", "–", "-", "*", "\u{F0B7}", "\u{F06E}", "o "])
    func bulletsOfAnyCharacter(_ bullet: String) throws {
        let text = try MadeUpReports.reworded2026.replacingOccurrences(of: "▪ ", with: bullet + "  ")
        #expect(
            ReportExtractor.extract(text: text).improvements == [
                "The timeliness of assessments for children in need of help.", "Plans for care leavers who are parents.",
            ], "\(bullet)")
    }

    @Test func aShortProseLineNamingImprovementIsNoHeading() throws {
        // Ten words or fewer, no full stop, but carried on below in lower case: a paragraph's line.
        let text = try MadeUpReports.reworded2026.replacingOccurrences(
            of: "Fernleigh’s children are safer than at the last inspection. Leaders know what\nneeds to change.",
            with: "Leaders have overseen continued improvement in most services\nsince the last inspection.")
        let x = ReportExtractor.extract(text: text)
        #expect(x.headline == "Leaders have overseen continued improvement in most services since the last inspection.")
        #expect(x.improvements.count == 2)
    }

    @Test(arguments: [
        ("The impact of leaders on social work practice with children and families", ReportExtractor.JudgementTable.Row.leaders),
        ("The impact of leaders on practice with children and families", .leaders),
        ("Impact of leaders", .leaders),
        ("The experiences and progress of children who need help and protection", .helpAndProtection),
        ("Experiences of children who need help", .helpAndProtection),
        ("The experiences and progress of children in care and care leavers", .inCareAndCareLeavers),
        ("The experiences and progress of children in care", .inCare),
        ("Children looked after", .inCare),
        ("The experiences and progress of care leavers", .careLeavers),
        ("Young people leaving care", .careLeavers),
        ("Overall effectiveness", .overall),
    ])
    func labelsAreClassifiedByTheirKeyWords(_ label: String, _ row: ReportExtractor.JudgementTable.Row) {
        #expect(ReportExtractor.JudgementTable.row(for: label) == row)
    }

    @Test func labelsThatNameNoJudgement() {
        #expect(ReportExtractor.JudgementTable.row(for: "The experiences and progress of") == nil)
        #expect(ReportExtractor.JudgementTable.row(for: "Since the last inspection, services have declined") == nil)
        #expect(ReportExtractor.JudgementTable.row(for: "The leadership team") == .leaders, "key words, not wording")
    }

    @Test func judgementHeadingsWhateverTheirWording() {
        let headings: [[String]] = [
            ["The impact of leaders on practice with children and families: good"],
            ["Experiences and progress of care leavers: outstanding"],
            ["The experiences and progress of children who need help and", "protection: requires improvement to be good"],
            ["The impact of leaders on social work practice with children and families:", "Good"],
        ]
        for lines in headings { #expect(ReportExtractor.Sections.isJudgementHeading(lines, 0), "\(lines)") }
        let prose: [[String]] = [
            ["Children in care benefit from", "The experiences and progress of children in care: good"],
            ["Care leavers said the service was: good"].map { $0.lowercased() },
            ["Leaders are ambitious. The impact of leaders on practice: good"],
        ]
        for lines in prose { #expect(!ReportExtractor.Sections.isJudgementHeading(lines, 0), "\(lines)") }
    }

    @Test func aTableWithoutRowsNamingJudgementsIsNoTable() {
        let text = " Judgement       Grade\n\n A made-up row    Good\n\nSome prose follows here.\n"
        #expect(ReportExtractor.JudgementTable.ilacs(ReportExtractor.Lines.split(text)) == nil)
    }
}

/// Numbered paragraphs run upwards through a report: a line inside one that starts with a smaller
/// number ("at the age of" / "16. This ...") continues it. Made-up text.
@Suite struct ParagraphNumberTests {
    @Test func aSmallerNumberContinuesTheParagraph() {
        let lines = [
            "Experiences and progress of care leavers: good",
            "",
            "31. Care leavers benefit from the allocation of personal advisers at the age of",
            "    16. This gives them time to build trusting relationships with their advisers.",
            "32. Most care leavers live in homes that suit them.",
        ]
        let sections = ReportExtractor.Findings.paragraphs(lines, from: 0)
        #expect(sections.count == 1)
        #expect(
            sections.first?.paragraphs == [
                "Care leavers benefit from the allocation of personal advisers at the age of 16. This gives them time to build trusting relationships with their advisers.",
                "Most care leavers live in homes that suit them.",
            ])
    }
}
