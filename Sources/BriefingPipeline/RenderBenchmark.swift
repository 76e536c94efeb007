import BriefingModel
import Foundation

/// Render and layout times of one benchmark run on the calling thread, in milliseconds.
public struct RenderBenchmark: Sendable {
    public var bytes = 0
    /// Every page's render, in order.
    public var times: [Double] = []
    /// The first page of each council but the first: it lays out its own text for the first
    /// time on this thread. Later pages of the same council may find it in the thread's text cache.
    public var firstVisits: [Double] = []
    /// Pages after every council's first.
    public var repeats: [Double] = []
    /// Up to 100 pages laid out alone (Pango measuring and the fit policy), to split the time by phase.
    public var layoutTimes: [Double] = []

    /// Renders `pages` pages cycling through `briefings`, after one warm-up page (the first
    /// render loads fonts), then lays out up to 100 alone.
    public init(_ briefings: [Briefing], pages: Int, exporter: BriefingExporter) throws(PipelineError) {
        let date = "2018-07-01T00:00:00Z"
        _ = try? exporter.pdf(for: briefings[0], date: date)
        for i in 0..<pages {
            var out: [UInt8] = []
            let b = briefings[i % briefings.count]
            times.append(try Self.milliseconds { () throws(PipelineError) in out = try exporter.pdf(for: b, date: date) })
            bytes += out.count
            if i < briefings.count, i > 0 { firstVisits.append(times[i]) }
        }
        repeats = Array(times.dropFirst(briefings.count))
        for i in 0..<min(pages, 100) {
            let b = briefings[i % briefings.count]
            layoutTimes.append(try Self.milliseconds { () throws(PipelineError) in try exporter.layout(b) })
        }
    }

    /// The 90th percentile of ``times``.
    public var p90: Double {
        let t = times.sorted()
        return t[min(t.count - 1, Int(Double(t.count) * 0.9))]
    }

    public var mean: Double { times.reduce(0, +) / Double(times.count) }

    private static func milliseconds(_ body: () throws(PipelineError) -> Void) throws(PipelineError) -> Double {
        let clock = ContinuousClock()
        let start = clock.now
        try body()
        let d = (clock.now - start).components
        return Double(d.attoseconds) / 1e15 + Double(d.seconds) * 1000
    }
}
