import ArgumentParser
import BriefingData
import BriefingPipeline
import Foundation

/// `brief extract REPORT.txt`: what one report's text yields, as JSON.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the grades, dates, headline and improvements read from one report's text, as JSON.",
        discussion: """
            REPORT is a report's text as `pdftotext -layout` writes it, such as reports/<urn>/<date>.txt in the \
            Ofsted dataset. Grades are lower case as inspections.csv writes them; what is not found is null. \
            `brief extract-accuracy` measures the extraction over the whole dataset.
            """)

    @Argument(help: "The report's text (from pdftotext -layout).")
    var report: String

    func run() throws {
        try reporting {
            guard let data = FileManager.default.contents(atPath: report) else {
                throw Failure("Could not read '\(report)'; expected a report's text made by pdftotext -layout.", code: 1)
            }
            let extract = ReportExtractor.extract(text: String(decoding: data, as: UTF8.self))
            let enc = JSONEncoder()
            enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try enc.encode(extract), as: UTF8.self))
        }
    }
}

/// `brief extract-accuracy`: the extraction measured over every report in the dataset.
struct ExtractAccuracy: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract-accuracy",
        abstract: "Measure `brief extract` over every report in the Ofsted dataset against inspections.csv.",
        discussion: """
            For ILACS and SIF reports separately (and any others), prints how many reports were read, how often \
            the overall grade, the sub-grades and the start and end dates agree with the CSV, and how often a \
            headline and a list of improvements were found; then every miss as \
            `urn publication_date field: extracted 'x', CSV 'y'`. Disagreements are reported, never resolved. \
            SIF rows have no ISO dates, so their dates are checked against the CSV's dates text. \
            Exits 0 whatever the figures.
            """)

    @Option(help: "Folder of the national Ofsted dataset (inspections.csv, reports/); default $BRIEF_OFSTED_DATA.")
    var ofsted: String?

    func run() throws {
        try reporting {
            guard let folder = SourceLocations(ofsted: ofsted).ofsted else {
                throw Failure("No Ofsted dataset given; pass --ofsted DIR or set BRIEF_OFSTED_DATA.", code: 64)
            }
            let accuracy: ExtractionAccuracy
            do {
                accuracy = try ExtractionAccuracy.measure(folder: folder)
            } catch {
                throw Failure("\(error)", code: 1)
            }
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
}
