import BriefTestSupport
import Foundation
import Testing

/// `brief extract` on a report's text and on its PDF, and `brief extract-accuracy` over both.
@Suite struct ExtractCommandTests {
    let brief = TestPaths.brief
    let pdf = TestPaths.ofsted + "/pdfs/80480/2026-08-20.pdf"
    let text = TestPaths.ofsted + "/reports/80480/2026-08-20.txt"

    @Test func aPDFGivesWhatItsTextGives() throws {
        let fromPDF = try run(brief, ["extract", pdf])
        #expect(fromPDF.status == 0, "\(fromPDF.stderr)")
        #expect(fromPDF.stderr.isEmpty)
        #expect(fromPDF.stdoutText.contains(#""overall_effectiveness" : "not_reported_post_reform""#))
        #expect(fromPDF.stdout == (try run(brief, ["extract", text])).stdout)
    }

    @Test func theMagicBytesDecideNotTheName() throws {
        let folder = try temporaryFolder()
        try FileManager.default.copyItem(atPath: pdf, toPath: folder + "/report.txt")
        try FileManager.default.copyItem(atPath: text, toPath: folder + "/report.pdf")
        let a = try run(brief, ["extract", folder + "/report.txt"])
        let b = try run(brief, ["extract", folder + "/report.pdf"])
        #expect(a.status == 0 && b.status == 0, "\(a.stderr)\(b.stderr)")
        #expect(a.stdout == b.stdout)
        let layout = try run(brief, ["extract", "--text", folder + "/report.txt"])
        #expect(layout.stdoutText.contains("Judgement"))
        #expect(layout.stdoutText.hasSuffix("\u{0C}"))
    }

    @Test func aTruncatedPDFIsOneLineAndExit1() throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: pdf))
        let path = try temporaryFolder() + "/truncated.pdf"
        try bytes.prefix(4000).write(to: URL(fileURLWithPath: path))
        let r = try run(brief, ["extract", path])
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("brief: Report '\(path)' is damaged or truncated (poppler: "))
        #expect(r.stderr.filter { $0 == "\n" }.count == 1)
        #expect(r.stdout.isEmpty)
    }

    @Test func accuracyOverTheTextsAndThenThePDFs() throws {
        let r = try run(brief, ["extract-accuracy", "--ofsted", TestPaths.ofsted])
        #expect(r.status == 0, "\(r.stderr)")
        let out = r.stdoutText
        let texts = try #require(out.range(of: "Report texts (reports/"))
        let pdfs = try #require(out.range(of: "\nReport PDFs (pdfs/"))
        #expect(texts.lowerBound < pdfs.lowerBound)
        let pdfPart = out[pdfs.upperBound...]
        #expect(pdfPart.contains("ILACS: 16 of 16 reports read"))
        #expect(pdfPart.contains("80490 2012-08-17 report: Report '") && pdfPart.contains("is not a PDF"))
        #expect(r.stderr.isEmpty, "no progress bar when standard error is not a terminal")
    }
}
