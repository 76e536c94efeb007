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
            print("\(files.count) records, \(problems) problem\(problems == 1 ? "" : "s").")
            if problems > 0 { throw ExitCode(1) }
        }
    }
}
