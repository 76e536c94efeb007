import ArgumentParser
import BriefingData
import BriefingPipeline
import Foundation

/// `brief extract-accuracy`: the extraction measured over every report in the dataset.
struct ExtractAccuracy: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract-accuracy",
        abstract: "Measure `brief extract` over every report in the Ofsted dataset against inspections.csv.",
        discussion: """
            First over the report texts (reports/, made with pdftotext -layout), then over the report PDFs \
            (pdfs/<urn>/<publication_date>.pdf, read in process with poppler). For each, and for ILACS and SIF \
            reports separately (and any others), prints how many reports were read, how often \
            the overall grade, the sub-grades and the start and end dates agree with the CSV, and how often a \
            headline and a list of improvements were found; then every miss as \
            `urn publication_date field: extracted 'x', CSV 'y'`. Disagreements are reported, never resolved. \
            SIF rows have no ISO dates, so their dates are checked against the CSV's dates text. \
            A run that takes more than a second or two shows its progress on standard error (a terminal). \
            Exits 0 whatever the figures.
            """)

    @Option(help: "Folder of the national Ofsted dataset (inspections.csv, reports/, pdfs/); default $BRIEF_OFSTED_DATA.")
    var ofsted: String?

    func run() throws {
        try reporting {
            guard let folder = SourceLocations(ofsted: ofsted).ofsted else {
                throw Failure("No Ofsted dataset given; pass --ofsted DIR or set BRIEF_OFSTED_DATA.", code: 64)
            }
            let runs: [(String, ExtractionAccuracy.Source)] = [
                ("Report texts (reports/, made with pdftotext -layout)", .texts),
                ("Report PDFs (pdfs/, read in process with poppler)", .pdfs),
            ]
            for (n, (title, source)) in runs.enumerated() {
                let accuracy: ExtractionAccuracy
                do {
                    accuracy = try ExtractionAccuracy.measure(
                        folder: folder, source: source, progress: ProgressBar.onTerminal(after: 1.5))
                    ProgressBar.clear()
                } catch {
                    ProgressBar.clear()
                    throw Failure("\(error)", code: 1)
                }
                print((n == 0 ? "" : "\n") + title + ":")
                Self.report(accuracy)
            }
        }
    }

    /// The tallies of each group, then every miss.
    private static func report(_ accuracy: ExtractionAccuracy) {
        for g in accuracy.groups {
            print("\(g.name): \(g.read) of \(g.rows) reports read")
            let lines: [(String, ExtractionAccuracy.Tally)] = [
                ("overall grade", g.overall), ("sub-grades", g.subGrades), ("dates (CSV ISO dates)", g.dates),
                ("dates (CSV dates text)", g.textDates), ("headline found", g.headline),
                ("improvements found", g.improvements),
            ]
            for (label, tally) in lines where tally.compared > 0 {
                print("  " + label.padding(toLength: 24, withPad: " ", startingAt: 0) + tally.summary)
            }
        }
        print("\nMisses (\(accuracy.misses.count)):")
        for m in accuracy.misses { print("  \(m)") }
    }
}
