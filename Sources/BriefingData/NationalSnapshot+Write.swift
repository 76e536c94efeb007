import BriefingModel
import Foundation

extension NationalSnapshot {
    /// The snapshot's files for `dataset`, by name, in the order written: its tables, then the
    /// README. `findings` holds what each report's text yielded; a report missing from it had no
    /// text to read.
    public static func files(
        for dataset: NationalDataset, findings: [NationalDataset.ReportKey: ReportExtract]
    ) -> [(name: String, text: String)] {
        var councils: [[String]] = []
        var inspections: [[String]] = []
        var found: [[String]] = []
        var newest: FactDate?
        var written = Set<NationalDataset.ReportKey>()
        for c in dataset.councils {
            let urn = c.urn ?? ""
            councils.append([
                urn, c.slug, c.onsCode ?? "", c.name, c.region ?? "", c.councilType?.rawValue ?? "",
                c.neighbours.joined(separator: ","), String(c.inspections.count),
            ])
            for i in c.inspections {
                let key = i.published.map { NationalDataset.ReportKey(urn: urn, published: $0.iso) }
                let extract = key.flatMap { findings[$0] }
                inspections.append(row(urn: urn, i, read: extract != nil))
                if let p = i.published { newest = max(newest ?? p, p) }
                // Two rows for one report (the same URN and date) share its findings, written once.
                guard let extract, let key, written.insert(key).inserted else { continue }
                let rows: [(Kind, [String])] = [
                    (.verdict, extract.verdict.map { [$0] } ?? []), (.strength, extract.strengths),
                    (.concern, extract.concerns), (.improvement, extract.improvements),
                ]
                for (kind, texts) in rows { found += texts.map { [key.urn, key.published, kind.rawValue, $0] } }
            }
        }
        let counts = (councils.count, inspections.count, findings.count)
        return [
            ("councils.tsv", TSV.text(columns: councilColumns, rows: councils)),
            ("inspections.tsv", TSV.text(columns: inspectionColumns, rows: inspections)),
            ("findings.tsv", TSV.text(columns: findingColumns, rows: found)),
            ("README.md", readme(asOf: newest, counts: counts)),
        ]
    }

    /// One line of inspections.tsv.
    private static func row(urn: String, _ i: Inspection, read: Bool) -> [String] {
        let grades = Dictionary(i.judgements.map { ($0.area, $0.grade.rawValue) }, uniquingKeysWith: { a, _ in a })
        return [
            urn, i.published?.iso ?? "", i.published?.inferred ?? "", i.date?.iso ?? "", i.date?.inferred ?? "",
            i.framework ?? "", i.grade?.rawValue ?? "",
            i.gradeNote ?? "",
        ]
            + InspectionsCSV.JudgementColumn.allCases.map { grades[$0.area] ?? "" } + [i.report ?? "", read ? "yes" : "no"]
    }

    /// Writes `files` into `folder`, each through a temporary name, so a reader sees the old file or the new one.
    public static func write(_ files: [(name: String, text: String)], to folder: String) throws(ModelError) {
        try AtomicFile.createFolder(folder)
        for (name, text) in files {
            try AtomicFile.write(Array(text.utf8), to: (folder as NSString).appendingPathComponent(name))
        }
    }

    private static func readme(asOf: FactDate?, counts: (councils: Int, inspections: Int, reports: Int)) -> String {
        """
        # The national picture, as brief ships it

        A snapshot of Ofsted's full inspections of the \(counts.councils) English councils that run \
        children's services: \(counts.inspections) inspections, with what brief read from the text of \
        \(counts.reports) of their reports (the inspectors' verdict, the strengths and concerns that \
        may be quoted, and what needs to improve). As of the newest report in it, published \
        \(asOf?.iso ?? "(no date)").

        Contains public sector information licensed under the Open Government Licence v3.0 \
        (https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/). Ofsted's \
        inspection reports and judgements are © Crown copyright; the findings here are sentences \
        quoted from those reports, each with the report it came from.

        | file | one line per |
        | --- | --- |
        | `councils.tsv` | council: URN, slug (the name brief finds it by), ONS code, name, region, type, statistical neighbours (ONS codes, most similar first), how many inspections it has in `inspections.tsv` |
        | `inspections.tsv` | full inspection: publication and start dates (why either is inferred, where it is), framework, overall grade or why there is none, the judgements, the report's address, whether its text was read |
        | `findings.tsv` | finding read from a report: `verdict`, `strength`, `concern` or `improvement`, in the report's words |

        Tab-separated, a header row first; `\\t`, `\\n` and `\\\\` stand for a tab, a line break and a
        backslash inside a field. Do not edit by hand: `brief import --ofsted DIR` writes this folder
        afresh from the Ofsted dataset (inspections.csv, local-authorities.csv and the report texts),
        and gives the same bytes for the same dataset; `brief import REPORT.pdf ...` adds reports
        Ofsted has published since.

        """
    }
}
