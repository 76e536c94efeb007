import ArgumentParser
import BriefingData
import BriefingModel
import BriefingRender
import Foundation

/// `brief all`: every council's briefing into a folder, in parallel, with a manifest.
struct All: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render every council (or those named, or one region) into a folder, with an index.json manifest.")

    @Argument(help: "Only these councils (slugs or names); all when none are given.")
    var councils: [String] = []

    @Option(help: "Only councils in this region, for example \"North West\".")
    var region: String?

    @Option(help: "Folder to write <slug>.pdf and index.json into (default: the project's Output/).")
    var output: String?

    @Option(help: "How many councils to render at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Paper size: a4 or letter.")
    var paper: Theme.Paper = .a4

    @OptionGroup var dataOptions: DataOptions

    /// One line of index.json.
    struct Entry: Codable, Sendable {
        var slug: String
        var name: String
        var latestGrade: String?
        var date: String?
        var file: String
        var bytes: Int
        var sha256: String
        enum CodingKeys: String, CodingKey {
            case slug, name, date, file, bytes, sha256
            case latestGrade = "latest_grade"
        }
    }

    func run() throws {
        try reporting {
            guard jobs >= 1 else { throw Failure("--jobs '\(jobs)' must be at least 1.", code: 64) }
            let store = try dataOptions.store()
            var selected = store.councils
            if !councils.isEmpty { selected = try councils.map { try dataOptions.council($0, in: store) } }
            if let region {
                let wanted = CouncilStore.normalize(region)
                let known = Set(store.councils.compactMap(\.region))
                guard known.contains(where: { CouncilStore.normalize($0) == wanted }) else {
                    let list = known.isEmpty ? "none without --ofsted" : known.sorted().joined(separator: ", ")
                    throw Failure("Unknown region '\(region)'; expected one of: \(list).", code: 64)
                }
                selected = selected.filter { $0.region.map(CouncilStore.normalize) == wanted }
            }
            let folder = output ?? DataOptions.projectRoot() + "/Output"
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw Failure("Could not create '\(folder)': \(error.localizedDescription)", code: 1)
            }
            let renderer = try dataOptions.renderer()
            let briefings = store.briefings(for: selected)
            let started = ContinuousClock.now
            let results = BatchRenderer(renderer: renderer, paper: paper, folder: folder, jobs: jobs).run(briefings)
            let elapsed = ContinuousClock.now - started
            let entries = results.compactMap { if case .success(let e) = $0 { e } else { nil } }.sorted { $0.slug < $1.slug }
            let failures = zip(briefings, results).compactMap { b, r -> String? in
                if case .failure(let f) = r { "\(b.council.slug): \(f.message)" } else { nil }
            }
            let enc = JSONEncoder()
            enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            try AtomicFile.write(Array(try enc.encode(entries)) + [10], to: folder + "/index.json")
            for f in failures { FileHandle.standardError.write(Data("brief: failed: \(f)\n".utf8)) }
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            print(
                String(
                    format: "Rendered %d of %d councils into %@ in %.2f s; %d failed.", entries.count, briefings.count, folder,
                    seconds, failures.count))
            if !failures.isEmpty { throw ExitCode(1) }
        }
    }
}
