import BriefingModel
import Foundation

/// What the national data knows of each inspection report: read from the report's text on
/// demand (a raw dataset folder), or as the shipped snapshot recorded it when it was imported.
///
/// A report that is not here has no text in the data: its page says so rather than quoting an
/// older one. A report that is here may still yield nothing (no verdict, no improvements).
public struct ReportFindings: Sendable {
    /// Report texts, by report, for a raw dataset folder.
    private let texts: [NationalDataset.ReportKey: String]
    /// Findings read already, by report.
    private let read: [NationalDataset.ReportKey: ReportExtract]
    /// The snapshot's findings, and the reports whose text was read at import.
    private let snapshot: SnapshotFindings?
    private let snapshotReports: Set<NationalDataset.ReportKey>

    /// Findings read from the texts at `texts` (paths by report) when asked.
    public init(texts: [NationalDataset.ReportKey: String]) {
        self.texts = texts
        read = [:]
        snapshot = nil
        snapshotReports = []
    }

    /// Findings read already.
    public init(read: [NationalDataset.ReportKey: ReportExtract]) {
        texts = [:]
        self.read = read
        snapshot = nil
        snapshotReports = []
    }

    /// The findings in a snapshot, of the reports in `read`.
    init(snapshot: SnapshotFindings, read: Set<NationalDataset.ReportKey>) {
        texts = [:]
        self.read = [:]
        self.snapshot = snapshot
        snapshotReports = read
    }

    /// No reports at all (curated records only).
    public static let none = ReportFindings(read: [:])

    /// Every report known, sorted by URN and publication date.
    public var keys: [NationalDataset.ReportKey] {
        (Array(texts.keys) + Array(read.keys) + Array(snapshotReports)).sorted { ($0.urn, $0.published) < ($1.urn, $1.published) }
    }

    /// Where the report's text is, for a raw dataset folder; nil for the snapshot, which has no texts.
    public func textPath(_ key: NationalDataset.ReportKey) -> String? { texts[key] }

    /// The report's findings; nil when the data has no text of it or its text cannot be read.
    public func extract(_ key: NationalDataset.ReportKey) -> ReportExtract? {
        if let found = read[key] { return found }
        if let snapshot, snapshotReports.contains(key) { return snapshot.extract(key) }
        // A text over the limit is not read, like a missing one: the page says the report is not in the data.
        guard let path = texts[key], let data = try? BoundedFile.read(path, limit: BoundedFile.reportText).get() else {
            return nil
        }
        return ReportExtractor.extract(text: String(decoding: data, as: UTF8.self))
    }
}
