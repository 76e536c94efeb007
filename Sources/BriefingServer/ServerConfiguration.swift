import BriefingModel
import Foundation

/// How `brief serve` listens, how much work it takes on, and how long it waits.
public struct ServerConfiguration: Sendable {
    /// The address to listen on; loopback unless told otherwise.
    public var host = "127.0.0.1"
    /// The port; 0 asks the system for a free one (tests).
    public var port = 8080
    /// Threads that render pages. Pango's font map is per thread, so each page is rendered wholly
    /// on one of them; one per core.
    public var renderThreads = max(1, ProcessInfo.processInfo.activeProcessorCount)
    /// Pages that may wait for a render thread; beyond that the service answers 503.
    public var queueLimit = 64
    /// The longest a page may take, waiting and rendering, before the request gets 503.
    public var renderTimeLimit: Duration = .seconds(10)
    /// The largest body `POST /briefings` accepts, in bytes; larger gets 413.
    public var bodyLimit = 256 * 1024
    /// How long a client may take to send a posted body; slower gets 408.
    public var bodyTimeLimit: Duration = .seconds(10)
    /// A connection with no request for this long is closed.
    public var idleTimeout: Duration = .seconds(30)
    /// Rendered briefings kept in memory (by council and paper); 0 renders every request.
    public var cacheEntries = 512
    /// `Cache-Control: max-age` for a council's briefing, in seconds.
    public var maxAge = 300
    /// `Retry-After` on a 503, in seconds.
    public var retryAfter = 1
    /// The creation date written into every PDF (from `SOURCE_DATE_EPOCH`), as the CLI writes
    /// it; nil for each briefing's own date.
    public var documentDate: DocumentDate?

    public init() {}
}
