import ArgumentParser
import BriefingModel
import BriefingRender
import Foundation

/// `brief bench`: in-process render time per page and peak memory, for BENCHMARKS.md.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render pages in a loop and print the time per page (median, p90) and peak memory.")

    @Option(help: "How many pages to render (cycling through the councils).")
    var pages = 300

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        try reporting {
            guard pages > 0 else { throw Failure("--pages '\(pages)' must be at least 1.", code: 64) }
            let store = try dataOptions.store()
            let renderer = try dataOptions.renderer()
            let briefings = store.briefings(for: store.councils)
            guard !briefings.isEmpty else { throw Failure("No councils to render.", code: 1) }
            let clock = ContinuousClock()
            var times: [Double] = []
            // A council's first page lays out its own text for the first time on this thread;
            // later pages of the same council may find it in the thread's text cache.
            var firstVisits: [Double] = []
            var bytes = 0
            // One warm-up page: the first render loads fonts.
            _ = try? renderer.render(briefings[0], date: "2018-07-01T00:00:00Z")
            for i in 0..<pages {
                let b = briefings[i % briefings.count]
                var out: [UInt8] = []
                let d = try clock.measure {
                    out = try renderer.render(b, date: "2018-07-01T00:00:00Z")
                }
                bytes += out.count
                times.append(Double(d.components.attoseconds) / 1e15 + Double(d.components.seconds) * 1000)
                if i < briefings.count, i > 0 { firstVisits.append(times[i]) }
            }
            let repeats = Array(times.dropFirst(briefings.count))
            // Layout alone (Pango measuring and the fit policy), to split the time by phase.
            var layoutTimes: [Double] = []
            for i in 0..<min(pages, 100) {
                let b = briefings[i % briefings.count]
                let d = try clock.measure { _ = try renderer.layout(b) }
                layoutTimes.append(Double(d.components.attoseconds) / 1e15 + Double(d.components.seconds) * 1000)
            }
            layoutTimes.sort()
            times.sort()
            let median = times[times.count / 2]
            let p90 = times[min(times.count - 1, Int(Double(times.count) * 0.9))]
            let mean = times.reduce(0, +) / Double(times.count)
            var usage = rusage()
            getrusage(RUSAGE_SELF.rawValue, &usage)
            print(String(format: "pages: %d (%d councils), bytes per page: %d", pages, briefings.count, bytes / pages))
            print(String(format: "render per page: median %.2f ms, p90 %.2f ms, mean %.2f ms", median, p90, mean))
            print(String(format: "of which layout: median %.2f ms", layoutTimes[layoutTimes.count / 2]))
            print("first page of each council: median \(Self.median(firstVisits)) (\(firstVisits.count) pages)")
            print("later pages of a council: median \(Self.median(repeats)) (\(repeats.count) pages)")
            print(String(format: "peak memory (max RSS): %.1f MB", Double(usage.ru_maxrss) / 1024))
        }
    }

    /// The median in milliseconds, or "n/a" for no pages.
    static func median(_ values: [Double]) -> String {
        guard !values.isEmpty else { return "n/a" }
        return String(format: "%.2f ms", values.sorted()[values.count / 2])
    }
}
