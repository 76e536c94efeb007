import BriefingModel
import BriefingPipeline
import BriefingRender
import Foundation
import Logging
import NIOCore

/// Renders briefings for requests: looks councils up, keeps rendered pages in memory, and runs
/// every render on the bounded ``RenderPool``.
public final class BriefingService: Sendable {
    public let catalogue: BriefingCatalogue
    public let configuration: ServerConfiguration
    public let metrics: ServerMetrics
    let exporter: BriefingExporter
    let pool: RenderPool
    let cache: PDFCache
    /// The councils' web pages, kept as the PDFs are (one entry a council, under `.a4`).
    let htmlCache: PDFCache

    /// A rendered page (a PDF, or a web page) and its strong validator.
    public struct PDF: Sendable {
        /// The page, in the buffer every response of it shares (a response copies nothing).
        public var bytes: ByteBuffer
        /// `"` + the first 32 hex digits of the bytes' SHA-256 + `"`: equal bytes, equal tag.
        public var etag: String
    }

    public init(
        catalogue: BriefingCatalogue, exporter: BriefingExporter, configuration: ServerConfiguration, metrics: ServerMetrics
    ) {
        self.catalogue = catalogue
        self.exporter = exporter
        self.configuration = configuration
        self.metrics = metrics
        pool = RenderPool(threads: configuration.renderThreads, queueLimit: configuration.queueLimit)
        cache = PDFCache(capacity: configuration.cacheEntries)
        htmlCache = PDFCache(capacity: configuration.cacheEntries)
    }

    /// A known council's page: from memory, from the render of it already under way (so many
    /// requests for a page not yet in memory take one render thread, not one each), or rendered.
    /// With the cache off (`--cache 0`) every request renders.
    func pdf(for briefing: Briefing, paper: Theme.Paper, logger: Logger) async throws -> PDF {
        try await cached(PDFCache.Key(slug: briefing.council.slug, paper: paper), in: cache) {
            try await self.render(briefing, paper: paper, logger: logger)
        }
    }

    /// A known council's web page, kept and shared as ``pdf(for:paper:logger:)`` keeps PDFs.
    func html(for briefing: Briefing, logger: Logger) async throws -> PDF {
        try await cached(PDFCache.Key(slug: briefing.council.slug, paper: .a4), in: htmlCache) {
            try await self.renderHTML(briefing, logger: logger)
        }
    }

    /// `key`'s page from `cache`, from the render of it under way, or from `render`.
    private func cached(_ key: PDFCache.Key, in cache: PDFCache, render: @escaping @Sendable () async throws -> PDF)
        async throws -> PDF
    {
        guard cache.capacity > 0 else {
            metrics.cacheMiss()
            return try await render()
        }
        switch cache.lookup(
            key,
            orStart: {
                Task {
                    do {
                        let pdf = try await render()
                        cache.finish(key, with: pdf)
                        return pdf
                    } catch {
                        cache.finish(key, with: nil)
                        throw error
                    }
                }
            })
        {
        case .cached(let pdf):
            metrics.cacheHit()
            return pdf
        case .rendering(let task, let joined):
            if joined { metrics.cacheHit() } else { metrics.cacheMiss() }
            return try await task.value
        }
    }

    /// A posted field the fonts cannot draw: a 422.
    struct Undrawable: Error { var issue: ValidationIssue }

    /// Renders `briefing` on a render thread, never from memory; with `posted`, first checks that
    /// the fonts can draw every field of that record (on the render thread, whose fonts they are).
    func render(_ briefing: Briefing, paper: Theme.Paper, logger: Logger, posted: Council? = nil) async throws -> PDF {
        let exporter = self.exporter
        let metrics = self.metrics
        let date = configuration.documentDate
        do {
            return try await pool.run(timeLimit: configuration.renderTimeLimit) {
                if let posted, let issue = try Drawability.problems(posted).first { throw Undrawable(issue: issue) }
                let clock = ContinuousClock()
                let start = clock.now
                let bytes = try exporter.pdf(for: briefing, paper: paper, fixed: date)
                metrics.rendered(duration: clock.now - start)
                return PDF(bytes: ByteBuffer(bytes: bytes), etag: "\"" + Checksum.sha256(bytes).prefix(32) + "\"")
            }
        } catch let error as RenderPoolError {
            throw refused(error, briefing, logger: logger)
        } catch let error as Undrawable {
            throw BriefingServerError(.unprocessableContent, error.issue.message, field: error.issue.field)
        } catch PipelineError.render(.doesNotFit) {
            // The client's record holds more than a page can: its fault, said as such.
            throw BriefingServerError(
                .unprocessableContent, "The record holds more than fits on one page; expected fewer or shorter items.")
        } catch {
            logger.error("render failed", metadata: ["council": "\(briefing.council.slug)", "error": "\(error)"])
            throw BriefingServerError(.internalServerError, "The briefing could not be rendered.")
        }
    }

    /// The 503 for a render the pool refused, counted and logged.
    func refused(_ error: RenderPoolError, _ briefing: Briefing, logger: Logger) -> BriefingServerError {
        let reason: String
        switch error {
        case .busy: reason = "busy"
        case .timedOut: reason = "timed_out"
        case .stopped: reason = "stopped"
        }
        metrics.renderRefused(reason)
        logger.warning("render refused", metadata: ["council": "\(briefing.council.slug)", "reason": "\(reason)"])
        return BriefingServerError(
            .serviceUnavailable, "\(error) Try again shortly.", headers: [.retryAfter: String(configuration.retryAfter)])
    }

    /// Lets queued renders finish and stops the render threads.
    public func shutdown() { pool.shutdown() }
}
