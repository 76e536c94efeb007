import BriefingData
import BriefingModel
import BriefingRender

/// `brief check`'s findings: every problem in the curated records, one line each
/// (`file:line: field: what is wrong`), and where they disagree with the national data.
public struct RecordCheck: Sendable {
    /// How many record files were read.
    public var files = 0
    /// One line per problem, in file order.
    public var problems: [String] = []

    /// Checks every record in `folder`; with `templates`, also that its fonts can draw every
    /// drawn field (``BriefingRender/Drawability``).
    public init(folder: String, templates: String? = nil) throws(PipelineError) {
        let paths: [String]
        do {
            paths = try CouncilStore.recordFiles(in: folder)
        } catch {
            throw .data(error)
        }
        files = paths.count
        // Setting the fonts up is the exporter's; the check then uses this thread's.
        if let templates { _ = try BriefingExporter(templates: templates) }
        for file in paths {
            do {
                let (council, found) = try RecordLoader.check(path: file)
                problems += found.map(\.description)
                if templates != nil, let council { problems += try Self.undrawable(council, path: file) }
            } catch {
                problems.append("\(error)")
            }
        }
    }

    /// "file:line: field: has characters brief's fonts cannot draw: …", one per field.
    private static func undrawable(_ council: Council, path: String) throws(PipelineError) -> [String] {
        let issues: [ValidationIssue]
        do {
            issues = try Drawability.problems(council)
        } catch {
            throw .render(error)
        }
        return issues.map { issue in
            let line = RecordLoader.line(of: issue.path, path: path)
            return "\(path)\(line.map { ":\($0)" } ?? ""): \(issue.description)"
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
