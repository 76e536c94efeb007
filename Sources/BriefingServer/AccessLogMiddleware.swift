import BriefingPipeline
import Foundation
import Hummingbird
import Logging

/// Records every request, matched or not: one structured access-log line and the request
/// metrics, by route pattern and status.
struct AccessLogMiddleware<Context: RequestContext>: RouterMiddleware {
    let metrics: ServerMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response
    {
        let clock = ContinuousClock()
        let start = clock.now
        var status = 500
        var bytes: Int?
        defer {
            let elapsed = clock.now - start
            // The route pattern, never the raw path: a client must not be able to mint labels.
            let route = context.endpointPath ?? "unmatched"
            metrics.request(route: route, method: request.method.rawValue, status: status, duration: elapsed)
            var meta: Logger.Metadata = [
                "method": "\(request.method.rawValue)", "path": "\(request.uri.path)", "route": "\(route)",
                "status": "\(status)", "ms": "\(String(format: "%.2f", Double(elapsed.nanoseconds) / 1e6))",
            ]
            if let bytes { meta["bytes"] = "\(bytes)" }
            context.logger.info("request", metadata: meta)
        }
        do {
            let response = try await next(request, context)
            status = response.status.code
            bytes = response.body.contentLength
            return response
        } catch let error as any HTTPResponseError {
            status = error.status.code
            throw error
        }
    }
}
