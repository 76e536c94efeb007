import ArgumentParser
import BriefingModel
import BriefingPipeline
import BriefingServer
import Foundation
import Logging

/// `brief serve`: the briefings over HTTP.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Serve the briefings over HTTP (GET /councils, /councils/{slug}/briefing.pdf, POST /briefings, /health, /metrics).")

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on; 0 picks a free one and prints it.")
    var port = 8080

    @Option(help: "Render threads (default: one per core).")
    var threads: Int?

    @Option(help: "Pages that may wait for a render thread before requests get 503.")
    var queue = 64

    @Option(help: "Seconds a page may take, waiting and rendering, before the request gets 503.")
    var timeLimit = 10.0

    @Option(help: "Rendered briefings kept in memory; 0 renders every request.")
    var cache = 512

    @Option(help: "The largest body POST /briefings accepts, in bytes.")
    var bodyLimit = 256 * 1024

    @Option(help: "Seconds a client may take to send a posted body before it gets 408.")
    var bodyTimeLimit = 10.0

    @OptionGroup var sourceOptions: SourceOptions

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port '\(port)' is not a port; expected 0 to 65535.") }
        if let threads, threads < 1 { throw ValidationError("--threads '\(threads)' must be at least 1.") }
        guard queue >= 0 else { throw ValidationError("--queue '\(queue)' must be 0 or more.") }
        guard (0.001...3600).contains(timeLimit) else {
            throw ValidationError("--time-limit '\(timeLimit)' must be from 0.001 to 3600 seconds.")
        }
        guard cache >= 0 else { throw ValidationError("--cache '\(cache)' must be 0 or more.") }
        guard (0.001...3600).contains(bodyTimeLimit) else {
            throw ValidationError("--body-time-limit '\(bodyTimeLimit)' must be from 0.001 to 3600 seconds.")
        }
        guard bodyLimit >= 1024 else { throw ValidationError("--body-limit '\(bodyLimit)' must be at least 1024 bytes.") }
    }

    func run() throws {
        try reporting {
            let source = try sourceOptions.source()
            let exporter = try Failure.reporting { () throws(PipelineError) in try source.exporter() }
            let catalogue = BriefingCatalogue(
                briefings: source.briefings(for: source.store.councils),
                prepare: { source.briefing(for: $0, reports: false) })
            var config = ServerConfiguration()
            config.host = host
            config.port = port
            if let threads { config.renderThreads = threads }
            config.queueLimit = queue
            config.renderTimeLimit = .milliseconds(Int(timeLimit * 1000))
            config.cacheEntries = cache
            config.bodyLimit = bodyLimit
            config.bodyTimeLimit = .milliseconds(Int(bodyTimeLimit * 1000))
            config.documentDate = try Failure.fixedDate()
            var logger = Logger(label: "brief.serve")
            logger.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
            let host = self.host
            let count = catalogue.summaries.count
            let app = buildApplication(
                config: config, catalogue: catalogue, exporter: exporter, logger: logger,
                onServerRunning: { port in
                    // One line on stdout, so scripts and tests started with --port 0 learn the port.
                    FileHandle.standardOutput.write(
                        Data("brief serve: listening on http://\(host):\(port) (\(count) councils)\n".utf8))
                })
            let failure = Blocking.run { () async -> String? in
                do {
                    try await app.runService()
                    return nil
                } catch {
                    return "\(error)"
                }
            }
            if let failure { throw Failure("The server stopped: \(failure)", code: 1) }
        }
    }
}
