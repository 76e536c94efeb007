import ArgumentParser
import BriefingPipeline
import Foundation

/// `brief check`: validates every curated record.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate every council record; report problems as file:line: field: what is wrong.")

    @OptionGroup var sourceOptions: SourceOptions

    func run() throws {
        try reporting {
            let locations = sourceOptions.locations
            let check = try Failure.reporting { () throws(PipelineError) in
                try RecordCheck(folder: locations.data, templates: locations.templates)
            }
            for line in check.problems { print(line) }
            let problems = check.problems.count
            // With national data: where the curated records and the national data disagree.
            if problems == 0, locations.hasNational {
                try Failure.reporting { () throws(PipelineError) in try BriefingSource.checkSnapshot(locations) }
                let source = try sourceOptions.source()
                let found = RecordCheck.disagreements(in: source)
                for line in found { print(line) }
                let old = RecordCheck.outOfEra(in: source)
                for line in old { print(line) }
                print("\(old.count) curated fact\(old.count == 1 ? "" : "s") older than the latest inspection, not shown.")
                print(
                    "\(source.store.councils.count) councils with the national data; \(found.count) disagreement\(found.count == 1 ? "" : "s") with it (the national data wins)."
                )
            }
            print("\(check.files) records, \(problems) problem\(problems == 1 ? "" : "s").")
            if problems > 0 { throw ExitCode(1) }
        }
    }
}
