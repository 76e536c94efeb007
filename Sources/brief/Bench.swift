import ArgumentParser
import BriefingModel
import BriefingPipeline
import Foundation

/// `brief bench`: in-process render time per page and peak memory, for the README's benchmark table.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render pages in a loop and print the time per page (median, p90) and peak memory.")

    @Option(help: "How many pages to render (cycling through the councils).")
    var pages = 300

    @OptionGroup var sourceOptions: SourceOptions

    func run() throws {
        try reporting {
            guard pages > 0 else { throw Failure("--pages '\(pages)' must be at least 1.", code: 64) }
            let source = try sourceOptions.source()
            let exporter = try Failure.reporting { () throws(PipelineError) in try source.exporter() }
            let briefings = source.briefings(for: source.store.councils)
            guard !briefings.isEmpty else { throw Failure("No councils to render.", code: 1) }
            // Every page on one thread of the render pool, timed there, as `brief all` and the
            // service render them.
            let pool = RenderPool(threads: 1, queueLimit: 0)
            defer { pool.shutdown() }
            let run = pool.runAll(1) { _ in
                Result { () throws(PipelineError) in try RenderBenchmark(briefings, pages: pages, exporter: exporter) }
            }
            let f = try Failure.reporting { () throws(PipelineError) in try run[0].get() }
            var usage = rusage()
            getrusage(RUSAGE_SELF.rawValue, &usage)
            let times = f.times.sorted()
            print(String(format: "pages: %d (%d councils), bytes per page: %d", pages, briefings.count, f.bytes / pages))
            print(
                String(
                    format: "render per page: median %.2f ms, p90 %.2f ms, mean %.2f ms", times[times.count / 2], f.p90, f.mean))
            print(String(format: "of which layout: median %.2f ms", f.layoutTimes.sorted()[f.layoutTimes.count / 2]))
            print("first page of each council: median \(Self.median(f.firstVisits)) (\(f.firstVisits.count) pages)")
            print("later pages of a council: median \(Self.median(f.repeats)) (\(f.repeats.count) pages)")
            print(String(format: "peak memory (max RSS): %.1f MB", Double(usage.ru_maxrss) / 1024))
        }
    }

    /// The median in milliseconds, or "n/a" for no pages.
    static func median(_ values: [Double]) -> String {
        guard !values.isEmpty else { return "n/a" }
        return String(format: "%.2f ms", values.sorted()[values.count / 2])
    }
}
