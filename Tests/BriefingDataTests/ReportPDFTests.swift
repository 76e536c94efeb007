import BriefTestSupport
import Foundation
import Testing

@testable import BriefingData

/// What inspections.csv says of each PDF in the dataset's pdfs/ folder, read independently of
/// brief's loader (Python's csv module, `Tests/Support/pdf_rows.py`).
struct PDFRow: Decodable, CustomStringConvertible {
    var pdf: String
    var row: Bool
    var report_file: String
    var framework: String
    var overall_effectiveness: String
    var leaders: String
    var help_and_protection: String
    var in_care: String
    var care_leavers: String
    var inspection_start_date: String
    var inspection_end_date: String
    var inspection_dates_text: String

    var description: String { pdf }
    var path: String { TestPaths.ofsted + "/" + pdf }
    /// The dataset marks the one PDF with no readable text in its framework column.
    var hasText: Bool { !framework.contains("pdf unreadable") }

    static let all: [PDFRow] = {
        guard let r = try? run("python3", [TestPaths.support + "/pdf_rows.py", TestPaths.ofsted]) else { return [] }
        return (try? JSONDecoder().decode([PDFRow].self, from: r.stdout)) ?? []
    }()
}

/// Reading the dataset's report PDFs in process, against their inspections.csv rows.
@Suite struct ReportPDFDatasetTests {
    /// Where the CSV and the report knowingly disagree: 80541's 2022 report has one "children in
    /// care and care leavers" row, which the CSV also gives as care_leavers (as the text's
    /// accuracy run lists too). Listed, not resolved.
    static let disagreements: Set<String> = ["pdfs/80541/2022-09-22.pdf care_leavers"]

    @Test func theDatasetHasItsPDFs() {
        #expect(PDFRow.all.count == 25, "pdfs/ holds 25 report PDFs")
        #expect(PDFRow.all.allSatisfy { $0.row }, "every PDF has its row in inspections.csv")
        #expect(PDFRow.all.count { !$0.hasText } == 1)
    }

    @Test(arguments: PDFRow.all.filter(\.hasText))
    func gradesAndDatesAgreeWithTheCSV(_ row: PDFRow) throws {
        let x = ReportExtractor.extract(text: try ReportPDF.text(path: row.path))
        let fields: [(String, String?, String)] = [
            ("overall_effectiveness", x.overallEffectiveness, row.overall_effectiveness),
            ("leaders", x.leaders, row.leaders), ("help_and_protection", x.helpAndProtection, row.help_and_protection),
            ("in_care", x.inCare, row.in_care), ("care_leavers", x.careLeavers, row.care_leavers),
        ]
        for (field, got, csv) in fields where !Self.disagreements.contains("\(row.pdf) \(field)") {
            #expect(got == (csv.isEmpty ? nil : csv.lowercased()), "\(row.pdf) \(field)")
        }
        if !row.inspection_start_date.isEmpty {
            #expect(x.inspectionStartDate == row.inspection_start_date, "\(row.pdf)")
            #expect(x.inspectionEndDate == row.inspection_end_date, "\(row.pdf)")
        } else if let range = ReportExtractor.DateRange.parse(row.inspection_dates_text) {
            #expect(x.inspectionStartDate == range.start && x.inspectionEndDate == range.end, "\(row.pdf)")
        }
        #expect(x.headline != nil, "\(row.pdf)")
        #expect(!x.improvements.isEmpty, "\(row.pdf)")
    }

    /// The PDF read in process yields what the dataset's `pdftotext -layout` text of it yields,
    /// findings included.
    @Test(arguments: PDFRow.all.filter { $0.hasText && !$0.report_file.isEmpty })
    func readsAsThePdftotextTextDoes(_ row: PDFRow) throws {
        let text = try #require(FileManager.default.contents(atPath: TestPaths.ofsted + "/" + row.report_file))
        let fromPDF = try ReportPDF.text(path: row.path)
        #expect(ReportExtractor.extract(text: fromPDF) == ReportExtractor.extract(text: String(decoding: text, as: UTF8.self)))
        #expect(fromPDF.hasSuffix("\u{0C}"))
    }

    @Test func theSameTextEveryTime() throws {
        let row = try #require(PDFRow.all.first { $0.hasText })
        #expect(try ReportPDF.text(path: row.path) == ReportPDF.text(path: row.path))
    }

    @Test func theOneWithoutTextIsNotAPDF() throws {
        let row = try #require(PDFRow.all.first { !$0.hasText })
        // The 2012 "PDF" Ofsted serves is a web page saved under the PDF's name.
        #expect(
            throws: DataError.report(
                path: row.path, reason: "is not a PDF (it starts '<!DOCTYPE html>', not '%PDF-'); expected an Ofsted report PDF"
            )
        ) { try ReportPDF.text(path: row.path) }
    }

    @Test func aTruncatedCopyIsDamaged() throws {
        let real = try #require(PDFRow.all.first { $0.hasText })
        let bytes = try Data(contentsOf: URL(fileURLWithPath: real.path))
        let path = try temporaryFolder() + "/truncated.pdf"
        try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: path))
        let error = try #require(throws: DataError.self) { try ReportPDF.text(path: path) }
        #expect(error.description.hasPrefix("Report '\(path)' is damaged or truncated (poppler: "))
        #expect(error.description.hasSuffix("); expected a complete Ofsted report PDF."))
        #expect(!error.description.contains("\n"))
    }
}

/// ReportPDF's errors on made-up files: one line each, naming the file and what was expected.
@Suite struct ReportPDFErrorTests {
    @Test func aFileThatIsNotAPDF() throws {
        let path = try temporaryFolder() + "/minutes.pdf"
        try "Minutes of the meeting (made up)\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(
            throws: DataError.report(
                path: path, reason: "is not a PDF (it starts 'Minutes of the m', not '%PDF-'); expected an Ofsted report PDF"
            )
        ) { try ReportPDF.text(path: path) }
        #expect(!ReportPDF.isPDF(try Data(contentsOf: URL(fileURLWithPath: path))))
    }

    @Test func anEmptyFileAndAMissingOne() throws {
        let folder = try temporaryFolder()
        FileManager.default.createFile(atPath: folder + "/empty.pdf", contents: Data())
        #expect(
            throws: DataError.report(
                path: folder + "/empty.pdf", reason: "is not a PDF (it is empty, not '%PDF-'); expected an Ofsted report PDF"
            )
        ) { try ReportPDF.text(path: folder + "/empty.pdf") }
        #expect(throws: DataError.report(path: folder + "/none.pdf", reason: "does not exist; expected an Ofsted report PDF")) {
            try ReportPDF.text(path: folder + "/none.pdf")
        }
    }

    @Test(arguments: [1, 3])
    func aPDFWithNoTextLayer(_ pages: Int) throws {
        let path = try temporaryFolder() + "/scan.pdf"
        try MadeUpPDF.document(pages: Array(repeating: [], count: pages)).write(to: URL(fileURLWithPath: path))
        let where_ = pages == 1 ? "its one page" : "any of its 3 pages"
        #expect(
            throws: DataError.report(
                path: path, reason: "has no text layer (no text on \(where_)); expected an Ofsted report with text"
            )
        ) { try ReportPDF.text(path: path) }
    }

    @Test func aMadeUpPDFWithTextReadsInColumns() throws {
        let path = try temporaryFolder() + "/made-up.pdf"
        let page: [MadeUpPDF.Text] = [
            .init(x: 72, y: 700, text: "Judgement"), .init(x: 300, y: 700, text: "Grade"),
            .init(x: 72, y: 680, text: "Overall effectiveness"), .init(x: 300, y: 680, text: "Good"),
            .init(x: 72, y: 650, text: "A made-up sentence."),
        ]
        try MadeUpPDF.document(pages: [page, []]).write(to: URL(fileURLWithPath: path))
        let lines = try ReportPDF.text(path: path).components(separatedBy: "\n")
        #expect(ReportExtractor.Lines.segments(lines[0]).map(\.text) == ["Judgement", "Grade"])
        #expect(ReportExtractor.Lines.segments(lines[1]).map(\.text) == ["Overall effectiveness", "Good"])
        #expect(lines[2].isEmpty, "a gap of two lines leaves a blank line")
        #expect(lines[3] == "A made-up sentence.")
        #expect(lines[4] == "\u{0C}\u{0C}", "each page ends in a form feed; the second is empty")
    }
}

/// A made-up PDF written by hand: Helvetica text at given places, or nothing but a rectangle.
enum MadeUpPDF {
    struct Text {
        var x: Double
        var y: Double
        var text: String
    }

    /// A PDF with one page per entry; a page without text draws a grey box instead.
    static func document(pages: [[Text]]) -> Data {
        var objects = ["<< /Type /Catalog /Pages 2 0 R >>", ""]
        var kids: [String] = []
        for texts in pages {
            let content =
                texts.isEmpty
                ? "0.5 g 72 600 300 100 re f"
                : texts.map { "BT /F1 12 Tf \($0.x) \($0.y) Td (\($0.text)) Tj ET" }.joined(separator: "\n")
            objects.append("<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream")
            let contents = objects.count
            objects.append(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents \(contents) 0 R "
                    + "/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>")
            kids.append("\(objects.count) 0 R")
        }
        objects[1] = "<< /Type /Pages /Kids [\(kids.joined(separator: " "))] /Count \(pages.count) >>"
        var out = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (i, object) in objects.enumerated() {
            offsets.append(out.utf8.count)
            out += "\(i + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = out.utf8.count
        out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        out += offsets.map { String(format: "%010d 00000 n \n", $0) }.joined()
        out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(out.utf8)
    }
}
