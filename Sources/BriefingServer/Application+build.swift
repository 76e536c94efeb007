import BriefingModel
import BriefingPipeline
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// Builds the briefing service's application: routes, middleware and the render threads.
///
/// - Parameters:
///   - config: where to listen and the service's limits.
///   - catalogue: the councils it serves.
///   - exporter: the page renderer and PDF exporter, shared with the CLI.
///   - logger: for access logs and failures.
///   - onServerRunning: called with the bound port once the server listens (`--port 0`).
public func buildApplication(
    config: ServerConfiguration, catalogue: BriefingCatalogue, exporter: BriefingExporter,
    metrics: ServerMetrics = ServerMetrics(),
    logger: Logger, onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) -> some ApplicationProtocol {
    let service = BriefingService(catalogue: catalogue, exporter: exporter, configuration: config, metrics: metrics)
    let router = buildRouter(service: service)
    return Application(
        router: router,
        server: .http1(
            configuration: .init(
                additionalChannelHandlers: [ConnectionCloseMarker.Installer()],
                idleTimeout: .nanoseconds(config.idleTimeout.nanoseconds))),
        configuration: .init(address: .hostname(config.host, port: config.port), serverName: "brief"),
        services: [RenderPoolService(service: service)],
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? config.port) },
        logger: logger)
}

/// The routes, with access logging and metrics around every one of them (404s included). HEAD
/// answers every GET route with its headers and no body.
public func buildRouter(service: BriefingService) -> Router<BasicRequestContext> {
    let router = Router(options: .autoGenerateHeadEndpoints)
    router.add(middleware: AccessLogMiddleware(metrics: service.metrics))
    let routes = BriefingRoutes(service: service)
    router.get("/", use: routes.index)
    router.get("/health", use: routes.health)
    router.get("/metrics", use: routes.metrics)
    router.get("/councils", use: routes.councils)
    router.get("/councils/{slug}", use: routes.council)
    router.get("/councils/{slug}/briefing.pdf", use: routes.briefingPDF)
    router.post("/briefings", use: routes.postBriefing)
    return router
}

/// Stops the render threads once the HTTP server has finished the requests in flight.
///
/// Hummingbird shuts its services down in reverse order, and the server comes last, so this
/// runs after it has drained.
struct RenderPoolService: Service {
    let service: BriefingService

    func run() async throws {
        try? await gracefulShutdown()
        service.shutdown()
    }
}
