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

    @Option(name: .shortAndLong, help: "Write the PDF to this file (atomically) instead of standard output.")
    var output: String?

    @Option(help: "Paper size: a4 or letter.")
    var paper: Theme.Paper = .a4

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        try reporting {
            if output == nil, isatty(STDOUT_FILENO) != 0 {
                throw Failure(
                    "Refusing to write a PDF to a terminal; redirect it (brief overview > england.pdf) or use -o FILE.", code: 64)
            }
            guard dataOptions.ofstedFolder != nil else {
                throw Failure("brief overview needs the national data: pass --ofsted DIR or set BRIEF_OFSTED_DATA.", code: 64)
            }
            let store = try dataOptions.store()
            let overview = Overview(councils: store.councils)
            let source = store.councils.lazy.flatMap(\.sources).first { $0.publisher?.hasPrefix("Ofsted") == true }
            let renderer: BriefingRenderer
            let bytes: [UInt8]
            do {
                renderer = try BriefingRenderer(templates: dataOptions.templatesFolder)
                let date = overview.latestDate.map {
                    String(format: "%04d-%02d-%02dT00:00:00Z", $0.year, $0.month ?? 1, $0.day ?? 1)
                }
                bytes = try renderer.renderOverview(overview, source: source, paper: paper, date: date ?? "2000-01-01T00:00:00Z")
            } catch {
                throw Failure("\(error)", code: 1)
            }
            if let output {
                try AtomicFile.write(bytes, to: output)
            } else {
                FileHandle.standardOutput.write(Data(bytes))
            }
        }
    }
}
