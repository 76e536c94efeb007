import ArgumentParser
import BriefingPipeline
import Foundation

/// `brief import`: rebuilds the national snapshot brief ships.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Rebuild the national snapshot (Data/national) from a raw Ofsted dataset folder.",
        discussion: """
            `brief import --ofsted DIR` reads inspections.csv, local-authorities.csv and every report's text in \
            DIR (such as ../shared/data/ofsted) and writes the snapshot's tables and README afresh: the same \
            dataset always gives the same bytes. Each file is written through a temporary name, so a failed \
            import leaves the snapshot as it was.
            """)

    @Option(help: "Folder of the raw Ofsted dataset to import; default $BRIEF_OFSTED_DATA.")
    var ofsted: String?

    @Option(help: "Folder to write the snapshot into (default: Data/national beside Templates/).")
    var output: String?

    func run() throws {
        try reporting {
            let locations = SourceLocations(ofsted: ofsted, national: output)
            guard let dataset = locations.ofsted, let folder = locations.national else {
                throw Failure("No Ofsted dataset given; pass --ofsted DIR or set BRIEF_OFSTED_DATA.", code: 64)
            }
            let bar = ProgressBar.onTerminal()
            let summary = try Failure.reporting { () throws(PipelineError) in
                try SnapshotImport.fromDataset(dataset, into: folder) { done, total in bar(done, total, "reports read") }
            }
            ProgressBar.clear()
            print(
                "Imported \(summary.councils) councils, \(summary.inspections) inspections and the findings of \(summary.reportsRead) reports into \(folder) (\(summary.files.joined(separator: ", ")))."
            )
        }
    }
}
