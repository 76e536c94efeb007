import BriefingData
import Foundation

/// `brief import`: the national snapshot made afresh from a raw Ofsted dataset folder.
public enum SnapshotImport {
    /// What an import wrote: the files, and how many councils, inspections and reports they hold.
    public struct Summary: Sendable {
        public var files: [String]
        public var councils: Int
        public var inspections: Int
        public var reportsRead: Int
    }

    /// Reads the dataset in `dataset` (its tables and every report's text, on one thread per
    /// core, calling `progress` with how many reports are done of how many) and writes the
    /// snapshot into `folder`, each file through a temporary name.
    public static func fromDataset(
        _ dataset: String, into folder: String, progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }
    ) throws(PipelineError) -> Summary {
        let national: NationalDataset
        do {
            national = try NationalDataset.load(folder: dataset)
        } catch {
            throw .data(error)
        }
        let keys = national.reports.keys
        let pool = RenderPool(threads: ProcessInfo.processInfo.activeProcessorCount, queueLimit: 0)
        defer { pool.shutdown() }
        let reports = national.reports
        let total = keys.count
        let extracts = pool.runAll(total, { i in reports.extract(keys[i]) }, done: { _, done in progress(done, total) })
        var findings: [NationalDataset.ReportKey: ReportExtract] = [:]
        for (key, extract) in zip(keys, extracts) { findings[key] = extract }
        let files = NationalSnapshot.files(for: national, findings: findings)
        do {
            try NationalSnapshot.write(files, to: folder)
        } catch {
            throw .file(error)
        }
        return Summary(
            files: files.map(\.name), councils: national.councils.count,
            inspections: national.councils.reduce(0) { $0 + $1.inspections.count }, reportsRead: findings.count)
    }
}
