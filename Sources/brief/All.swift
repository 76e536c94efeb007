import ArgumentParser
import BriefingModel
import BriefingPipeline
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

    @OptionGroup var sourceOptions: SourceOptions

    func run() throws {
        try reporting {
            guard jobs >= 1 else { throw Failure("--jobs '\(jobs)' must be at least 1.", code: 64) }
            let fixed = try Failure.fixedDate()
            let source = try sourceOptions.source()
            let folder = output ?? SourceLocations.projectRoot() + "/Output"
            let (selected, batch) = try Failure.reporting { () throws(PipelineError) in
                let selected = try source.councils(named: councils, region: region)
                try PipelineError.writing { () throws(ModelError) in try AtomicFile.createFolder(folder) }
                return (selected, BatchRender(exporter: try source.exporter(), paper: paper, folder: folder, fixedDate: fixed))
            }
            Self.cleanUpAfterStoppedRuns(in: folder)
            let pool = RenderPool(threads: min(jobs, max(1, selected.count)), queueLimit: 0)
            defer { pool.shutdown() }
            let briefings = source.briefings(for: selected, on: pool)
            let started = ContinuousClock.now
            let results = batch.run(briefings, on: pool, progress: ProgressBar.onTerminal())
            ProgressBar.clear()
            let entries = results.compactMap { try? $0.get() }
            let failures = zip(briefings, results).compactMap { b, r -> String? in
                if case .failure(let e) = r { "\(b.council.slug): \(e)" } else { nil }
            }
            try Failure.reporting { () throws(PipelineError) in try batch.writeManifest(entries) }
            for f in failures { FileHandle.standardError.write(Data("brief: failed: \(f)\n".utf8)) }
            let elapsed = (ContinuousClock.now - started).components
            let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
            print(
                String(
                    format: "Rendered %d of %d councils into %@ in %.2f s; %d failed.", entries.count, briefings.count, folder,
                    seconds, failures.count))
            if !failures.isEmpty { throw ExitCode(1) }
        }
    }

    /// A run killed before (SIGKILL, a crash) left `.NAME.tmp-PID` files: they are removed. This
    /// run, stopped by SIGINT or SIGTERM, removes its own before it exits (128 + the signal).
    private static func cleanUpAfterStoppedRuns(in folder: String) {
        let removed = AtomicFile.removeLeftovers(in: folder)
        if removed > 0 {
            FileHandle.standardError.write(
                Data("brief: removed \(removed) temporary files a stopped run left in \(folder)\n".utf8))
        }
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler {
                // Twice: a page being written in the first pass is renamed or left by the second.
                AtomicFile.removeLeftovers(in: folder, ownOnly: true)
                usleep(50_000)
                AtomicFile.removeLeftovers(in: folder, ownOnly: true)
                ProgressBar.clear()
                Foundation.exit(128 + sig)
            }
            source.resume()
            stopSources.append(source)
        }
    }

    /// Kept for the life of the process: a signal source that is released stops listening.
    nonisolated(unsafe) private static var stopSources: [any DispatchSourceSignal] = []
}
