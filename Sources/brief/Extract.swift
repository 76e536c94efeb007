import ArgumentParser
import BriefingData
import BriefingPipeline
import Foundation

/// `brief extract REPORT.txt`: what one report's text yields, as JSON.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the grades, dates, headline and improvements read from one report's text, as JSON.",
        discussion: """
            REPORT is a report's text as `pdftotext -layout` writes it, such as reports/<urn>/<date>.txt in the \
            Ofsted dataset. Grades are lower case as inspections.csv writes them; what is not found is null. \
            `brief extract-accuracy` measures the extraction over the whole dataset.
            """)

    @Argument(help: "The report's text (from pdftotext -layout).")
    var report: String

    func run() throws {
        try reporting {
            guard let data = FileManager.default.contents(atPath: report) else {
                throw Failure("Could not read '\(report)'; expected a report's text made by pdftotext -layout.", code: 1)
            }
            let extract = ReportExtractor.extract(text: String(decoding: data, as: UTF8.self))
            print(String(decoding: try JSONOutput.pretty(extract), as: UTF8.self), terminator: "")
        }
    }
}
