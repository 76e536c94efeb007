import BriefingData
import BriefingModel
import Foundation

/// The councils brief knows and how to turn them into briefings: the curated records laid over
/// the national data when it is given. Every command starts here.
public struct BriefingSource: Sendable {
    public let locations: SourceLocations
    public let store: CouncilStore
    /// Where the curated records and the national data disagree (the national data wins).
    public let disagreements: [Disagreement]
    private let assembler: BriefingAssembler

    /// Loads the records and the national data `locations` names: a raw dataset folder when
    /// given, else the snapshot.
    public init(_ locations: SourceLocations) throws(PipelineError) {
        self.locations = locations
        do {
            let curated = try CouncilStore.load(folder: locations.data)
            if let national = try Self.national(locations) {
                (store, disagreements) = CouncilStore.merged(curated: curated, national: national)
            } else {
                (store, disagreements) = (curated, [])
            }
        } catch {
            throw .data(error)
        }
        assembler = BriefingAssembler(store: store)
    }

    /// Checks every line of the national snapshot `locations` names, which loading leaves in
    /// part until a page asks (a raw dataset folder, or none, has nothing more to check).
    public static func checkSnapshot(_ locations: SourceLocations) throws(PipelineError) {
        guard locations.ofsted == nil, let folder = locations.national else { return }
        do {
            _ = try NationalSnapshot.check(folder: folder)
        } catch {
            throw .data(error)
        }
    }

    /// The national data: the raw dataset when one is given, else the snapshot, else none.
    static func national(_ locations: SourceLocations) throws(DataError) -> NationalDataset? {
        if let folder = locations.ofsted { return try NationalDataset.load(folder: folder) }
        guard let folder = locations.national else { return nil }
        return try NationalSnapshot.load(folder: folder)
    }

    /// The page exporter, with the theme and fonts of the templates folder.
    public func exporter() throws(PipelineError) -> BriefingExporter {
        try BriefingExporter(templates: locations.templates)
    }

    /// The council whose slug or name matches `query` loosely, else an error with a suggestion.
    public func council(named query: String) throws(PipelineError) -> Council {
        if let c = store.find(query) { return c }
        throw .unknownCouncil(query, suggestion: store.suggestion(for: query))
    }

    /// The councils named (all when none are), kept to `region` when given.
    public func councils(named queries: [String], region: String?) throws(PipelineError) -> [Council] {
        var selected = store.councils
        if !queries.isEmpty { selected = try queries.map { q throws(PipelineError) in try council(named: q) } }
        guard let region else { return selected }
        let wanted = CouncilStore.normalize(region)
        let known = Set(store.councils.compactMap(\.region))
        guard known.contains(where: { CouncilStore.normalize($0) == wanted }) else {
            throw .unknownRegion(region, known: known.sorted())
        }
        return selected.filter { $0.region.map(CouncilStore.normalize) == wanted }
    }

    /// The briefing for `council`; with `reports` false (a posted record) nothing is read from disk.
    public func briefing(for council: Council, reports: Bool = true) -> Briefing {
        assembler.briefing(for: council, reports: reports)
    }

    /// The briefings for `councils`, in order, prepared on `pool`'s threads: reading and
    /// extracting the reports is most of the work before rendering.
    public func briefings(for councils: [Council], on pool: RenderPool) -> [Briefing] {
        let assembler = self.assembler
        return pool.runAll(councils.count) { i in assembler.briefing(for: councils[i]) }
    }

    /// The same, on a pool of one thread per core made for the purpose.
    public func briefings(for councils: [Council]) -> [Briefing] {
        let pool = RenderPool(threads: ProcessInfo.processInfo.activeProcessorCount, queueLimit: 0)
        defer { pool.shutdown() }
        return briefings(for: councils, on: pool)
    }
}
