import ArgumentParser
import BriefingPipeline
import Foundation

/// `brief import`: rebuilds the national snapshot brief ships.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Rebuild the national snapshot (Data/national) from a raw Ofsted dataset folder, or add report PDFs to it.",
        discussion: """
            `brief import --ofsted DIR` reads inspections.csv, local-authorities.csv and every report's text in \
            DIR (such as ../shared/data/ofsted) and writes the snapshot's tables and README afresh: the same \
            dataset always gives the same bytes. `brief import REPORT.pdf ...` reads Ofsted report PDFs (in \
            process, through poppler), finds the council each names and the inspection it reports (by its \
            start date), and adds it, or lets a newer report of the same inspection supersede the old one; a \
            report already there changes nothing. Each file is written through a temporary name, and nothing \
            is written when any report cannot be read, so a failed import leaves the snapshot as it was.
            """)

    @Argument(help: "Ofsted report PDFs to add to the snapshot.")
    var reports: [String] = []

    @Option(help: "Folder of the raw Ofsted dataset to import; default $BRIEF_OFSTED_DATA.")
    var ofsted: String?

    @Option(help: "Folder to write the snapshot into (default: Data/national beside Templates/).")
    var output: String?

    func run() throws {
        try reporting {
            if !reports.isEmpty { return try importReports() }
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

    /// `brief import REPORT.pdf ...`: a line per report, then a summary; exit 1 if any failed.
    private func importReports() throws {
        guard ofsted == nil else { throw Failure("Give report PDFs or --ofsted DIR, not both.", code: 64) }
        guard let folder = SourceLocations(national: output).national else {
            throw Failure("--output none names no snapshot; expected a folder such as Data/national.", code: 64)
        }
        let summary = try Failure.reporting { () throws(PipelineError) in try SnapshotImport.fromReports(reports, into: folder) }
        var counts = (added: 0, changed: 0, skipped: 0)
        for outcome in summary.outcomes {
            switch outcome {
            case .added(let line):
                counts.added += 1
                print("added: " + line)
            case .changed(let line):
                counts.changed += 1
                print("changed: " + line)
            case .unchanged(let line):
                counts.skipped += 1
                print("skipped: " + line)
            }
        }
        for e in summary.errors { FileHandle.standardError.write(Data("brief: \(e)\n".utf8)) }
        let result =
            summary.errors.isEmpty
            ? (summary.wrote ? "written to \(folder)" : "nothing to write")
            : "\(summary.errors.count) could not be read, so nothing was written"
        print(
            "\(reports.count) report\(reports.count == 1 ? "" : "s"): \(counts.added) added, \(counts.changed) changed, \(counts.skipped) skipped; \(result)."
        )
        if !summary.errors.isEmpty { throw ExitCode(1) }
    }
}
