import ArgumentParser
import BriefingData
import BriefingModel
import BriefingPipeline
import Foundation

/// `brief extract REPORT`: what one report (its text or its PDF) yields, as JSON.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the grades, dates, headline and improvements read from one report, as JSON.",
        discussion: """
            REPORT is a report's text as `pdftotext -layout` writes it, such as reports/<urn>/<date>.txt in the \
            Ofsted dataset, or the report's PDF, such as pdfs/<urn>/<date>.pdf (a file that starts with %PDF-, \
            whatever its name), read in process with poppler. Grades are lower case as inspections.csv writes \
            them; what is not found is null. `brief extract-accuracy` measures the extraction over the whole dataset.
            """)

    @Argument(help: "The report: its text (from pdftotext -layout) or its PDF.")
    var report: String

    @Flag(help: "Print the report's text as it is read (for a PDF, the layout rebuilt from its glyphs) instead of JSON.")
    var text = false

    func run() throws {
        try reporting {
            let data: Data
            switch BoundedFile.read(report, limit: BoundedFile.reportPDF) {
            case .success(let d): data = d
            case .failure(.unreadable): throw Failure("Could not read '\(report)'; expected a report's text or PDF.", code: 1)
            case .failure(let f): throw Failure("'\(report)' \(f.reason); expected a report's text or PDF.", code: 1)
            }
            if !ReportPDF.isPDF(data), data.count > BoundedFile.reportText {
                let f = BoundedFile.Failure.tooLarge(size: data.count, limit: BoundedFile.reportText)
                throw Failure("'\(report)' \(f.reason) of text; expected a report's text or PDF.", code: 1)
            }
            let reportText: String
            if ReportPDF.isPDF(data) {
                do {
                    reportText = try ReportPDF.text(path: report)
                } catch {
                    throw Failure("\(error)", code: 1)
                }
            } else {
                reportText = String(decoding: data, as: UTF8.self)
            }
            if text {
                print(reportText, terminator: "")
                return
            }
            let extract = ReportExtractor.extract(text: reportText)
            print(String(decoding: try JSONOutput.pretty(extract), as: UTF8.self), terminator: "")
        }
    }
}
