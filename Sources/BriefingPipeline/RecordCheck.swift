import BriefingData

/// `brief check`'s findings: every problem in the curated records, one line each
/// (`file:line: field: what is wrong`), and where they disagree with the national data.
public struct RecordCheck: Sendable {
    /// How many record files were read.
    public var files = 0
    /// One line per problem, in file order.
    public var problems: [String] = []

    /// Checks every record in `folder`.
    public init(folder: String) throws(PipelineError) {
        let paths: [String]
        do {
            paths = try CouncilStore.recordFiles(in: folder)
        } catch {
            throw .data(error)
        }
        files = paths.count
        for file in paths {
            do {
                problems += try RecordLoader.check(path: file).1.map(\.description)
            } catch {
                problems.append("\(error)")
            }
        }
    }

    /// Where `source`'s curated records and the national data disagree, one line each, at the
    /// record's line when it can be found.
    public static func disagreements(in source: BriefingSource) -> [String] {
        source.disagreements.map { d in
            let path = source.store.paths[d.slug] ?? d.slug
            let line = RecordLoader.line(of: [.key("inspections"), .index(d.index)], path: path)
            return "\(path)\(line.map { ":\($0)" } ?? ""): \(d.description)"
        }
    }
}
