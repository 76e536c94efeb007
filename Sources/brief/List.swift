import ArgumentParser
import BriefingData
import BriefingModel
import Foundation

/// `brief list`: the councils with their latest grade.
struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the councils with their latest overall grade and its date.")

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    @OptionGroup var dataOptions: DataOptions

    struct Row: Codable {
        var slug: String
        var name: String
        var latestGrade: String?
        var date: String?
        enum CodingKeys: String, CodingKey {
            case slug, name, date
            case latestGrade = "latest_grade"
        }
    }

    func run() throws {
        try reporting {
            let store = try dataOptions.store()
            let rows = store.councils.map { c in
                Row(slug: c.slug, name: c.name, latestGrade: c.rating?.grade.rawValue, date: c.rating?.latest.date?.iso)
            }
            if json {
                let enc = JSONEncoder()
                enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try enc.encode(rows), as: UTF8.self))
                return
            }
            let w = max(4, rows.map(\.slug.count).max() ?? 0)
            let n = max(4, rows.map(\.name.count).max() ?? 0)
            func pad(_ s: String, _ k: Int) -> String { s + String(repeating: " ", count: max(0, k - s.count)) }
            print(pad("SLUG", w) + "  " + pad("NAME", n) + "  " + pad("LATEST GRADE", 20) + "  DATE")
            for r in rows {
                print(
                    pad(r.slug, w) + "  " + pad(r.name, n) + "  " + pad(r.latestGrade ?? "not known", 20) + "  " + (r.date ?? "-")
                )
            }
        }
    }
}
