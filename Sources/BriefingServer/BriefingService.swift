import BriefingModel
import BriefingRender
import Foundation
import Logging

/// Renders briefings for requests: looks councils up, keeps rendered pages in memory, and runs
/// every render on the bounded ``RenderPool``.
public final class BriefingService: Sendable {
    public let catalogue: BriefingCatalogue
    public let configuration: ServerConfiguration
    public let metrics: ServerMetrics
    let renderer: BriefingRenderer
    let pool: RenderPool
    let cache: PDFCache

    /// A rendered page and its strong validator.
    public struct PDF: Sendable {
        public var bytes: [UInt8]
        /// `"` + the first 32 hex digits of the bytes' SHA-256 + `"`: equal bytes, equal tag.
        public var etag: String
    }

    public init(
        catalogue: BriefingCatalogue, renderer: BriefingRenderer, configuration: ServerConfiguration, metrics: ServerMetrics
    ) {
        self.catalogue = catalogue
        self.renderer = renderer
        self.configuration = configuration
        self.metrics = metrics
        pool = RenderPool(threads: configuration.renderThreads, queueLimit: configuration.queueLimit)
        cache = PDFCache(capacity: configuration.cacheEntries)
    }

    /// A known council's page, from memory or rendered.
    func pdf(for briefing: Briefing, paper: Theme.Paper, logger: Logger) async throws -> PDF {
        let key = PDFCache.Key(slug: briefing.council.slug, paper: paper)
        if let hit = cache[key] {
            metrics.cacheHit()
            return hit
        }
        metrics.cacheMiss()
        let pdf = try await render(briefing, paper: paper, logger: logger)
        cache[key] = pdf
        return pdf
    }

    /// Renders `briefing` on a render thread, never from memory.
    func render(_ briefing: Briefing, paper: Theme.Paper, logger: Logger) async throws -> PDF {
        let renderer = self.renderer
        let metrics = self.metrics
        do {
            return try await pool.run(timeLimit: configuration.renderTimeLimit) {
                let clock = ContinuousClock()
                let start = clock.now
                let bytes = try renderer.render(briefing, paper: paper, date: briefing.documentDate)
                metrics.rendered(duration: clock.now - start)
                return PDF(bytes: bytes, etag: "\"" + SHA256.hex(bytes).prefix(32) + "\"")
            }
        } catch let error as RenderPoolError {
            let reason: String
            switch error {
            case .busy: reason = "busy"
            case .timedOut: reason = "timed_out"
            case .stopped: reason = "stopped"
            }
            metrics.renderRefused(reason)
            logger.warning("render refused", metadata: ["council": "\(briefing.council.slug)", "reason": "\(reason)"])
            throw BriefingServerError(
                .serviceUnavailable, "\(error) Try again shortly.",
                headers: [.retryAfter: String(configuration.retryAfter)])
        } catch {
            logger.error("render failed", metadata: ["council": "\(briefing.council.slug)", "error": "\(error)"])
            throw BriefingServerError(.internalServerError, "The briefing could not be rendered.")
        }
    }

    /// Lets queued renders finish and stops the render threads.
    public func shutdown() { pool.shutdown() }
}

/// Rendered pages by council and paper, at most `capacity` of them; the oldest goes first.
final class PDFCache: @unchecked Sendable {
    struct Key: Hashable {
        var slug: String
        var paper: Theme.Paper
    }

    private let lock = NSLock()
    private var entries: [Key: BriefingService.PDF] = [:]
    private var order: [Key] = []
    let capacity: Int

    init(capacity: Int) { self.capacity = max(0, capacity) }

    subscript(key: Key) -> BriefingService.PDF? {
        get {
            lock.lock()
            defer { lock.unlock() }
            return entries[key]
        }
        set {
            guard capacity > 0, let newValue else { return }
            lock.lock()
            defer { lock.unlock() }
            if entries.updateValue(newValue, forKey: key) == nil {
                order.append(key)
                if order.count > capacity { entries[order.removeFirst()] = nil }
            }
        }
    }
}
