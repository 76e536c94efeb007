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

    /// Curated facts that no longer reach their council's page because they are older than its
    /// latest inspection (one era per page), one line each, at the record's line.
    public static func outOfEra(in source: BriefingSource) -> [String] {
        source.store.councils.flatMap { c -> [String] in
            guard let path = source.store.paths[c.slug] else { return [] }
            return c.outOfEra.map { o in
                let line = RecordLoader.line(of: [.key(o.key), .index(o.index)], path: path)
                return "\(path)\(line.map { ":\($0)" } ?? ""): \(o.description)"
            }
        }
    }
}
