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

extension SnapshotImport {
    /// What importing report PDFs did: a sentence per report, in the order given, and the
    /// one-line errors of those that could not be taken in.
    public struct ReportsSummary: Sendable {
        public var outcomes: [ReportImport.Outcome] = []
        public var errors: [String] = []
        /// Whether the snapshot was written (something was added or changed, and nothing failed).
        public var wrote = false
    }

    /// Reads each PDF in `paths` (in process, through poppler) into the snapshot in `folder`.
    /// The snapshot is written once, at the end, and only when every report could be read and
    /// one of them added or changed something: a bad file leaves it as it was, byte for byte.
    public static func fromReports(_ paths: [String], into folder: String) throws(PipelineError) -> ReportsSummary {
        var dataset: NationalDataset
        do {
            dataset = try NationalSnapshot.load(folder: folder)
        } catch {
            throw .data(error)
        }
        var findings: [NationalDataset.ReportKey: ReportExtract] = [:]
        for key in dataset.reports.keys { findings[key] = dataset.reports.extract(key) }
        var summary = ReportsSummary()
        for path in paths {
            do {
                let pdf = try ReportPDF.document(path: path)
                summary.outcomes.append(
                    try ReportImport.apply(text: pdf.text, created: pdf.created, file: path, to: &dataset, findings: &findings))
            } catch {
                summary.errors.append(error.description)
            }
        }
        let changed = summary.outcomes.contains { if case .unchanged = $0 { false } else { true } }
        guard summary.errors.isEmpty, changed else { return summary }
        do {
            try NationalSnapshot.write(NationalSnapshot.files(for: dataset, findings: findings), to: folder)
        } catch {
            throw .file(error)
        }
        summary.wrote = true
        return summary
    }
}
