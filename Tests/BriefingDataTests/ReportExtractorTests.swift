import BriefTestSupport
import Foundation
import Testing

@testable import BriefingData

/// Made-up report texts in Tests/Fixtures/reports, shaped like `pdftotext -layout` output of Ofsted's
/// reports. Every council, person, date and sentence in them is invented for these tests; none is
/// copied from a report.
enum MadeUpReports {
    /// ILACS 2018–2022 shape: two-line labels, a combined "children in care and care leavers" row,
    /// U+F0B7 bullets, a footnote, running footers and a page break mid-headline.
    static var combinedRow: String { get throws { try TestPaths.report("ilacs-combined-row") } }

    /// ILACS 2023 on: a separate care leavers row, grades beside the labels' second lines or
    /// split over two lines, ◼ bullets with a sub-point, and the list running into the first section.
    static var separateCareLeavers: String { get throws { try TestPaths.report("ilacs-separate-care-leavers") } }

    /// 2026 on: no overall row, so no overall grade; • bullets; no footers.
    static var noOverallRow: String { get throws { try TestPaths.report("ilacs-no-overall-row") } }

    /// 2018 shape: rows in another order, grades beside one-line labels, U+F06E bullets in lower
    /// case, and a right-aligned bare page number mid-headline.
    static var early: String { get throws { try TestPaths.report("ilacs-2018") } }

    /// SIF 2015–2018 shape: the overall judgement in a sentence that wraps, grades far right and
    /// straddling their labels, an executive summary, numbered recommendations with sub-points.
    static var sif: String { get throws { try TestPaths.report("sif") } }

    /// SIF 2013–2015 shape: "The overall judgement is ...", a footnote mark on the grade,
    /// "Priority and immediate action" with none, then "Areas for improvement".
    static var sifEarly: String { get throws { try TestPaths.report("sif-early") } }
}

@Suite struct ReportExtractorTests {
    @Test func multiLineLabelsAndTheCombinedCareRow() throws {
        let x = ReportExtractor.extract(text: try MadeUpReports.combinedRow)
        #expect(x.overallEffectiveness == "requires improvement")
        #expect(x.leaders == "requires improvement")
        #expect(x.helpAndProtection == "good")
        #expect(x.inCare == "inadequate", "the 2018–2022 combined row is in_care, as the CSV has it")
        #expect(x.careLeavers == nil)
        #expect(x.inspectionStartDate == "2021-05-03")
        #expect(x.inspectionEndDate == "2021-05-14")
    }

    @Test func headlineJoinsHyphenationAndDropsPageFurniture() throws {
        let x = ReportExtractor.extract(text: try MadeUpReports.combinedRow)
        #expect(
            x.headline
                == "Children in Northwold are mostly safe. Leaders have a clear, realistic view of their services and a "
                + "well-judged plan for change, including out-of-hours support and decision-making that is quicker than "
                + "before. Services for children in care have declined since the last inspection.")
        #expect(
            x.improvements == ["The timeliness of plans for children in care.", "Support for care leavers who live out of area."])
    }

    @Test func separateCareLeaversRowAndGradesOnSecondLines() throws {
        let x = ReportExtractor.extract(text: try MadeUpReports.separateCareLeavers)
        #expect(x.leaders == "outstanding")
        #expect(x.helpAndProtection == "good")
        #expect(x.inCare == "good")
        #expect(x.careLeavers == "requires improvement")
        #expect(x.overallEffectiveness == "good")
        #expect(x.inspectionStartDate == "2024-01-08" && x.inspectionEndDate == "2024-01-19")
        #expect(x.headline == "Eastmere’s children receive good help. Care leavers are not yet well supported.")
        #expect(
            x.improvements == [
                "Help for care leavers to find homes: near their families; that they can afford.", "Records of supervision.",
            ])
    }

    @Test func noOverallRowIsNotReportedPostReform() throws {
        let x = ReportExtractor.extract(text: try MadeUpReports.noOverallRow)
        #expect(x.overallEffectiveness == "not_reported_post_reform")
        #expect(x.inCare == "outstanding" && x.careLeavers == "good")
        #expect(x.headline == "Westbury’s services have improved.")
        #expect(x.improvements == ["Timely health assessments.", "Early help for families with teenagers."])
    }

    @Test func earlyTableOrderPrivateUseBulletsAndBarePageNumbers() throws {
        let x = ReportExtractor.extract(text: try MadeUpReports.early)
        #expect(x.helpAndProtection == "inadequate")
        #expect(x.inCare == "requires improvement")
        #expect(x.leaders == "inadequate")
        #expect(x.overallEffectiveness == "inadequate")
        #expect(x.careLeavers == nil)
        #expect(x.inspectionStartDate == "2018-06-04" && x.inspectionEndDate == "2018-06-15")
        #expect(x.headline == "Services in Southmoor have declined. Leaders did not know.")
        #expect(x.improvements == ["managers’ oversight of practice, including supervision", "the response to neglect"])
    }

    @Test func sifGradesExecutiveSummaryAndRecommendations() throws {
        let x = ReportExtractor.extract(text: try MadeUpReports.sif)
        #expect(x.overallEffectiveness == "requires improvement")
        #expect(x.helpAndProtection == "good")
        #expect(x.careLeavers == "inadequate", "matched to its label although 2.1's grade straddles it")
        #expect(x.leaders == nil && x.inCare == nil, "the CSV keeps SIF leadership and looked-after grades elsewhere")
        #expect(x.inspectionStartDate == "2016-04-11" && x.inspectionEndDate == "2016-05-05")
        #expect(
            x.headline == "Children’s services in Northwold require improvement to be good. Leaders know their services well.")
        #expect(
            x.improvements == [
                "Improve plans for children looked after, in particular: their timeliness their reviews (paragraph 12).",
                "Ensure that care leavers have a personal adviser.",
            ])
    }

    @Test func earlySIFStatementWithFootnoteMark() throws {
        let x = ReportExtractor.extract(text: try MadeUpReports.sifEarly)
        #expect(x.overallEffectiveness == "requires improvement")
        #expect(x.helpAndProtection == "requires improvement")
        #expect(x.careLeavers == "outstanding")
        #expect(x.headline == "The authority is not yet delivering good help and care for children.")
        #expect(x.improvements == ["Ensure that children are seen alone."])
        #expect(x.inspectionStartDate == "2014-04-29" && x.inspectionEndDate == "2014-05-22")
    }

    @Test func missingSectionsAreNilOrEmpty() throws {
        #expect(ReportExtractor.extract(text: "") == ReportExtract())
        #expect(ReportExtractor.extract(text: "A letter about something else.\n\n  3\n") == ReportExtract())
        // A table, then straight into the first judgement section: no list of improvements.
        let x = ReportExtractor.extract(
            text: try MadeUpReports.noOverallRow.replacingOccurrences(of: "What needs to improve?", with: "Nothing to see"))
        #expect(x.improvements == [])
        let y = ReportExtractor.extract(
            // A heading that names no improvement ("Why to improve?" would name one).
            text: try MadeUpReports.separateCareLeavers.replacingOccurrences(of: "What needs to improve?", with: "What next?"))
        #expect(y.improvements == [])
        #expect(y.headline?.hasPrefix("Eastmere’s children receive good help.") == true)
        #expect(y.headline?.contains("1.") == false, "the headline stops at the first judgement section")
    }

    @Test(arguments: [
        ("8 November 2021 to 19 November 2021", "2021-11-08", "2021-11-19"),
        ("8 to 19 November 2021", "2021-11-08", "2021-11-19"),
        ("30 September to 11 October 2024 and 13 to 16 January 2025", "2024-09-30", "2024-10-11"),
        ("19 November-11 December 2013 and 28 – 30 January 2014", "2013-11-19", "2013-12-11"),
        ("12/09/2016 to 06/10/2016", "2016-09-12", "2016-10-06"),
        ("18 Feb 2014 – 12 March 2014", "2014-02-18", "2014-03-12"),
        ("5th March 2024 to 15th March 2024", "2024-03-05", "2024-03-15"),
        ("28 July 2016", "2016-07-28", "2016-07-28"),
        ("in the spring", "", ""),
    ])
    func dateVariants(_ text: String, _ start: String, _ end: String) {
        let x = ReportExtractor.extract(text: "Inspection dates: \(text)\n\nLead inspector: Someone\n")
        #expect((x.inspectionStartDate ?? "") == start)
        #expect((x.inspectionEndDate ?? "") == end)
    }

    @Test func jsonHasEveryKeyWithNulls() throws {
        let data = try JSONEncoder().encode(ReportExtract(overallEffectiveness: "good", improvements: ["One."]))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(
            Set(object.keys) == [
                "overall_effectiveness", "leaders", "help_and_protection", "in_care", "care_leavers", "inspection_start_date",
                "inspection_end_date", "headline", "improvements", "verdict", "strengths", "concerns",
            ])
        #expect(object["leaders"] is NSNull)
        #expect(object["overall_effectiveness"] as? String == "good")
        #expect(
            try JSONDecoder().decode(ReportExtract.self, from: data)
                == ReportExtract(overallEffectiveness: "good", improvements: ["One."]))
    }
}

/// The extractor over the real dataset beside the repository, against its inspections.csv.
@Suite struct ReportExtractorDatasetTests {
    @Test func wakefield2022() throws {
        let path = TestPaths.ofsted + "/reports/80451/2022-01-05.txt"
        let text = try #require(FileManager.default.contents(atPath: path)).utf8String
        let x = ReportExtractor.extract(text: text)
        #expect(x.overallEffectiveness == "good")
        #expect(x.leaders == "outstanding")
        #expect(x.helpAndProtection == "good")
        #expect(x.inCare == "good")
        #expect(x.careLeavers == nil)
        #expect(x.inspectionStartDate == "2021-11-08")
        #expect(x.inspectionEndDate == "2021-11-19")
        #expect(x.headline?.hasPrefix("Services for children in Wakefield are of good quality") == true)
        #expect(x.headline?.contains("Inspection of Wakefield") == false)
        #expect(x.improvements.count == 2)
        #expect(x.improvements.first == "The assessment of and response to risks for vulnerable care leavers")
    }

    @Test func agreementWithTheCSV() throws {
        let accuracy = try ExtractionAccuracy.measure(folder: TestPaths.ofsted)
        let ilacs = try #require(accuracy.groups.first { $0.name == "ILACS" })
        let sif = try #require(accuracy.groups.first { $0.name == "SIF" })
        // Measured: ILACS 316/316 overall, 1101/1103 sub-grades, 626/626 dates, 316 headlines, 315 lists;
        // SIF 162/162 overall, 323/324 sub-grades, 324/324 dates, 162 headlines, 162 lists.
        #expect(ilacs.read >= 316 && sif.read >= 162)
        for g in [ilacs, sif] {
            #expect(g.overall.rate >= 0.99, "\(g.name) overall \(g.overall.summary)")
            #expect(g.subGrades.rate >= 0.99, "\(g.name) sub-grades \(g.subGrades.summary)")
            #expect(g.headline.rate >= 0.99, "\(g.name) headline \(g.headline.summary)")
            #expect(g.improvements.rate >= 0.99, "\(g.name) improvements \(g.improvements.summary)")
        }
        #expect(ilacs.dates.rate >= 0.99, "\(ilacs.dates.summary)")
        #expect(sif.textDates.rate >= 0.99, "\(sif.textDates.summary)")
        // Nottingham 2022 has one "children in care and care leavers" row; the CSV gives care
        // leavers a different grade. The disagreement is listed, not resolved either way.
        #expect(
            accuracy.misses.contains {
                $0.urn == "80533" && $0.field == "care_leavers" && $0.expected == "inadequate" && $0.extracted == nil
            })
    }

    @Test func reportsWithoutAnOverallGradeAgree() throws {
        let csvPath = TestPaths.ofsted + "/inspections.csv"
        let table = try CSVTable(text: try #require(FileManager.default.contents(atPath: csvPath)).utf8String, file: csvPath)
        let overall = try table.column("overall_effectiveness", file: csvPath)
        let file = try table.column("report_file", file: csvPath)
        let rows = table.rows.filter { $0[overall] == "not_reported_post_reform" && !$0[file].isEmpty }
        #expect(rows.count >= 10, "the 2026 reports with a text")
        for row in rows {
            let text = try #require(FileManager.default.contents(atPath: TestPaths.ofsted + "/" + row[file])).utf8String
            #expect(ReportExtractor.extract(text: text).overallEffectiveness == "not_reported_post_reform", "\(row[file])")
        }
    }
}

extension Data {
    fileprivate var utf8String: String { String(decoding: self, as: UTF8.self) }
}
