import ArgumentParser
import BriefingModel
import BriefingPipeline
import Foundation

/// `brief list`: the councils with their latest grade.
struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the councils with their latest overall grade and its date.")

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    @OptionGroup var sourceOptions: SourceOptions

    func run() throws {
        try reporting {
            let rows = try sourceOptions.source().store.councils.map(CouncilSummary.init)
            if json {
                print(String(decoding: try JSONOutput.pretty(rows), as: UTF8.self), terminator: "")
                return
            }
            let w = max(4, rows.map(\.slug.count).max() ?? 0)
            let n = max(4, rows.map(\.name.count).max() ?? 0)
            func pad(_ s: String, _ k: Int) -> String { s + String(repeating: " ", count: max(0, k - s.count)) }
            print(pad("SLUG", w) + "  " + pad("NAME", n) + "  " + pad("LATEST GRADE", 20) + "  DATE")
            for r in rows {
                print(
                    pad(r.slug, w) + "  " + pad(r.name, n) + "  " + pad(r.latestGrade?.rawValue ?? "not known", 20) + "  "
                        + (r.date ?? "-")
                )
            }
        }
    }
}
