import BriefingModel
import BriefingRender
import Foundation

/// `brief all`'s work: every briefing rendered on the pool's threads into a folder, each file
/// written atomically, one failure not stopping the others, and the manifest of what was written.
public struct BatchRender: Sendable {
    public let exporter: BriefingExporter
    public let paper: Theme.Paper
    public let folder: String
    /// SOURCE_DATE_EPOCH, when set: every page's date.
    public let fixedDate: DocumentDate?

    public init(exporter: BriefingExporter, paper: Theme.Paper, folder: String, fixedDate: DocumentDate?) {
        self.exporter = exporter
        self.paper = paper
        self.folder = folder
        self.fixedDate = fixedDate
    }

    /// Renders `briefings` on `pool`, in order; `progress` hears (done, total, slug) after each.
    public func run(
        _ briefings: [Briefing], on pool: RenderPool,
        progress: @escaping @Sendable (Int, Int, String) -> Void = { _, _, _ in }
    ) -> [Result<ManifestEntry, PipelineError>] {
        let total = briefings.count
        return pool.runAll(
            total, { i in render(briefings[i]) }, done: { i, done in progress(done, total, briefings[i].council.slug) })
    }

    /// The folder's index.json: one entry per page written, sorted by slug.
    public func writeManifest(_ entries: [ManifestEntry]) throws(PipelineError) {
        // Encoding strings and numbers cannot fail.
        let json = (try? JSONOutput.pretty(entries.sorted { $0.slug < $1.slug })) ?? Array("[]\n".utf8)
        try PipelineError.writing { () throws(ModelError) in try AtomicFile.write(json, to: folder + "/index.json") }
    }

    private func render(_ b: Briefing) -> Result<ManifestEntry, PipelineError> {
        do throws(PipelineError) {
            let bytes = try exporter.pdf(for: b, paper: paper, fixed: fixedDate)
            let file = "\(b.council.slug).pdf"
            try PipelineError.writing { () throws(ModelError) in try AtomicFile.write(bytes, to: folder + "/" + file) }
            let latest = b.council.latestInspection
            return .success(
                ManifestEntry(
                    slug: b.council.slug, name: b.council.name, latestGrade: latest?.grade?.rawValue,
                    date: latest?.inspection.date?.iso, file: file, bytes: bytes.count, sha256: Checksum.sha256(bytes)))
        } catch {
            return .failure(error)
        }
    }
}
