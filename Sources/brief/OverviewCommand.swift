import ArgumentParser
import BriefingModel
import BriefingPipeline
import Foundation

/// `brief overview`: one page for England.
struct OverviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overview",
        abstract: "Write one page for England: grades held now, year by year, recent moves and regions (needs the national data)."
    )

    @OptionGroup var pdf: PDFOutputOptions

    @OptionGroup var sourceOptions: SourceOptions

    func run() throws {
        try reporting {
            try pdf.refuseTerminal(example: "brief overview > england.pdf")
            guard sourceOptions.locations.hasNational else {
                throw Failure(
                    "brief overview needs the national data: leave out --national none, or pass --ofsted DIR.", code: 64)
            }
            let store = try sourceOptions.source().store
            let overview = Overview(councils: store.councils)
            let source = store.councils.lazy.flatMap(\.sources).first { $0.publisher?.hasPrefix("Ofsted") == true }
            let fixed = try Failure.fixedDate()
            try pdf.emit(
                try Failure.reporting { () throws(PipelineError) in
                    try BriefingExporter(templates: sourceOptions.locations.templates)
                        .overviewPDF(overview, source: source, paper: pdf.paper, fixed: fixed)
                })
        }
    }
}
