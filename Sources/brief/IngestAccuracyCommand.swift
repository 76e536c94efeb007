import ArgumentParser
import BriefingData
import BriefingPipeline
import Foundation

/// `brief ingest-accuracy`: `brief ingest` measured over a folder of articles.
struct IngestAccuracyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest-accuracy",
        abstract: "Measure `brief ingest` over a folder of articles against the records written from them.",
        discussion: """
            Each article (.txt, .html) in the folder is compared with the facts of the record in the data folder that \
            cites it by `seed_file`, or with an answer key NAME.expected.yaml beside it. Prints recall and \
            precision of the council, quotes (text and speaker), funding (amount and recurrence), leaders (name) \
            and dated inspections (kind and date), then every value a draft gives that its article does not \
            contain (an invented fact), then every miss. Exits 0 whatever the figures.
            """)

    @Option(help: "Folder of articles; default $BRIEF_SEEDS.")
    var seeds: String?

    @OptionGroup var sourceOptions: SourceOptions

    func run() throws {
        try reporting {
            guard let folder = seeds ?? ProcessInfo.processInfo.environment["BRIEF_SEEDS"], !folder.isEmpty else {
                throw Failure("No articles given; pass --seeds DIR or set BRIEF_SEEDS.", code: 64)
            }
            let source = try sourceOptions.source()
            let known = source.store.councils.map { CouncilMatcher.Known(slug: $0.slug, name: $0.name) }
            let accuracy: IngestAccuracy
            do {
                // The curated records as written, not merged with the national data.
                let curated = try CouncilStore.load(folder: sourceOptions.locations.data).councils
                accuracy = try IngestAccuracy.measure(
                    folder: folder, records: curated, known: known, progress: ProgressBar.onTerminal(after: 1.5))
                ProgressBar.clear()
            } catch {
                ProgressBar.clear()
                throw Failure("\(error)", code: 1)
            }
            let rows: [(String, IngestAccuracy.Tally)] = [
                ("council", accuracy.councils), ("quotes", accuracy.quotes), ("funding", accuracy.funding),
                ("leaders", accuracy.leaders), ("dated inspections", accuracy.inspections),
            ]
            print("\(accuracy.documents) articles in \(folder):")
            for (label, t) in rows where t.expected + t.given > 0 {
                print("  " + label.padding(toLength: 18, withPad: " ", startingAt: 0) + t.summary)
            }
            print("\nValues not found in their article (\(accuracy.invented.count)):")
            for i in accuracy.invented { print("  \(i)") }
            print("\nMisses (\(accuracy.misses.count)):")
            for m in accuracy.misses { print("  \(m)") }
            let f = { (t: IngestAccuracy.Tally) in String(format: "%.2f/%.2f", t.recall, t.precision) }
            print(
                "\n\(accuracy.documents) articles: quotes \(f(accuracy.quotes)), funding \(f(accuracy.funding)), leaders \(f(accuracy.leaders)) (recall/precision); \(accuracy.invented.count) values not in their article."
            )
        }
    }
}
