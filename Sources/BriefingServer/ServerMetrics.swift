import BriefingPipeline
import Metrics
import Prometheus

/// The service's metrics, recorded through swift-metrics into its own Prometheus registry.
///
/// Each application owns a registry, so tests can build several side by side; `brief serve` may
/// also bootstrap `MetricsSystem` with ``factory`` so libraries' metrics land in the same place.
public struct ServerMetrics: Sendable {
    public let registry: PrometheusCollectorRegistry
    public let factory: PrometheusMetricsFactory

    /// A fresh registry with latency buckets from 1 ms to 10 s.
    public init() {
        registry = PrometheusCollectorRegistry()
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.defaultDurationHistogramBuckets = [
            .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50),
            .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2.5), .seconds(10),
        ]
        self.factory = factory
    }

    /// One answered request: by route pattern (never the raw path, which a client controls),
    /// method and status, and its latency.
    func request(route: String, method: String, status: Int, duration: Duration) {
        Counter(
            label: "brief_http_requests_total", dimensions: [("route", route), ("method", method), ("status", String(status))],
            factory: factory
        ).increment()
        Timer(label: "brief_http_request_duration_seconds", dimensions: [("route", route)], factory: factory)
            .recordNanoseconds(duration.nanoseconds)
    }

    /// One page rendered, and how long the render thread spent on it.
    func rendered(duration: Duration) {
        Counter(label: "brief_renders_total", factory: factory).increment()
        Timer(label: "brief_render_duration_seconds", factory: factory).recordNanoseconds(duration.nanoseconds)
    }

    /// A briefing served from memory instead of rendered.
    func cacheHit() { Counter(label: "brief_cache_hits_total", factory: factory).increment() }

    /// A briefing not in memory, so rendered.
    func cacheMiss() { Counter(label: "brief_cache_misses_total", factory: factory).increment() }

    /// A render refused or abandoned: `busy` (queue full), `timed_out` or `stopped`.
    func renderRefused(_ reason: String) {
        Counter(label: "brief_renders_refused_total", dimensions: [("reason", reason)], factory: factory).increment()
    }

    /// The Prometheus text exposition of everything recorded so far.
    public func exposition() -> String { registry.emitToString() }
}
