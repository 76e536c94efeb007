import ArgumentParser
import BriefingData
import Foundation

/// `brief check`: validates every curated record.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate every council record; report problems as file:line: field: what is wrong.")

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        try reporting {
            let files: [String]
            do {
                files = try CouncilStore.recordFiles(in: dataOptions.dataFolder)
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
            var disagreements = 0
            if problems == 0, dataOptions.ofstedFolder != nil {
                let (store, found) = try dataOptions.storeAndDisagreements()
                for d in found {
                    let path = store.paths[d.slug] ?? d.slug
                    let line = RecordLoader.line(of: [.key("inspections"), .index(d.index)], path: path)
                    print("\(path)\(line.map { ":\($0)" } ?? ""): \(d.description)")
                }
                disagreements = found.count
                print(
                    "\(store.councils.count) councils with the national data; \(disagreements) disagreement\(disagreements == 1 ? "" : "s") with it (the national data wins)."
                )
            }
            print("\(files.count) records, \(problems) problem\(problems == 1 ? "" : "s").")
            if problems > 0 { throw ExitCode(1) }
        }
    }
}
