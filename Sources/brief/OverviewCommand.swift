import ArgumentParser
import BriefingData
import BriefingModel
import BriefingRender
import Foundation

/// `brief overview`: one page for England.
struct OverviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overview",
        abstract: "Write one page for England: grades held now, year by year, recent moves and regions (needs the national data)."
    )

    @OptionGroup var pdf: PDFOutputOptions

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        try reporting {
            try pdf.refuseTerminal(example: "brief overview > england.pdf")
            guard dataOptions.ofstedFolder != nil else {
                throw Failure("brief overview needs the national data: pass --ofsted DIR or set BRIEF_OFSTED_DATA.", code: 64)
            }
            let store = try dataOptions.store()
            let overview = Overview(councils: store.councils)
            let source = store.councils.lazy.flatMap(\.sources).first { $0.publisher?.hasPrefix("Ofsted") == true }
            let renderer = try dataOptions.renderer()
            let date = try Render.sourceDate.get() ?? overview.latestDate?.timestamp ?? FactDate.undatedTimestamp
            let bytes: [UInt8]
            do {
                bytes = try renderer.renderOverview(overview, source: source, paper: pdf.paper, date: date)
            } catch {
                throw Failure("\(error)", code: 1)
            }
            try pdf.emit(bytes)
        }
    }
}
