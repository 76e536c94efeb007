import ArgumentParser
import BriefingData
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
            let files: [String]
            do {
                files = try CouncilStore.recordFiles(in: locations.data)
            } catch {
                throw Failure("\(error)", code: 1)
            }
            var problems = 0
            for file in files {
                do {
                    let (_, issues) = try RecordLoader.check(path: file)
                    for issue in issues { print(issue.description) }
                    problems += issues.count
                } catch {
                    print("\(error)")
                    problems += 1
                }
            }
            // With national data: where the curated records and the national data disagree.
            if problems == 0, locations.ofsted != nil { try printDisagreements() }
            print("\(files.count) records, \(problems) problem\(problems == 1 ? "" : "s").")
            if problems > 0 { throw ExitCode(1) }
        }
    }

    private func printDisagreements() throws {
        let source = try sourceOptions.source()
        for d in source.disagreements {
            let path = source.store.paths[d.slug] ?? d.slug
            let line = RecordLoader.line(of: [.key("inspections"), .index(d.index)], path: path)
            print("\(path)\(line.map { ":\($0)" } ?? ""): \(d.description)")
        }
        let n = source.disagreements.count
        print(
            "\(source.store.councils.count) councils with the national data; \(n) disagreement\(n == 1 ? "" : "s") with it (the national data wins)."
        )
    }
}
