import BriefingModel
import BriefingRender
import Hummingbird
import NIOCore

/// The routes a browser reads: the front page and each council's page.
extension BriefingRoutes {
    /// `GET /[?region=&grade=&sort=name|region|grade|date&order=asc|desc]`: every council in a
    /// table, filtered and sorted by the query.
    @Sendable func index(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let regions = Set(service.catalogue.summaries.compactMap(\.region))
        let view = try IndexQuery.parse(request.uri.query, regions: regions)
        return Response(
            status: .ok,
            headers: [
                .contentType: "text/html; charset=utf-8", .cacheControl: "public, max-age=\(service.configuration.maxAge)",
            ],
            body: .init(byteBuffer: service.indexPage(view)))
    }

    /// `GET /councils/{slug}`: the council's web page for `Accept: text/html` (a browser), its
    /// record as JSON otherwise (`application/json`, `*/*` or no Accept, as clients expect).
    @Sendable func council(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let briefing = try briefing(context)
        let accept = request.headers[values: .accept].joined(separator: ",")
        switch ContentNegotiation.choose(accept.isEmpty ? nil : accept) {
        case .json?:
            var response = jsonResponse(try ByteBuffer(bytes: ServiceJSON.encoder.encode(briefing.council)))
            response.headers[.vary] = "Accept"
            return response
        case .html?:
            let page = try await service.html(for: briefing, logger: context.logger)
            let cache = "public, max-age=\(service.configuration.maxAge)"
            if Self.matches(request, page.etag) {
                return Response(status: .notModified, headers: [.eTag: page.etag, .cacheControl: cache, .vary: "Accept"])
            }
            return Response(
                status: .ok,
                headers: [.contentType: "text/html; charset=utf-8", .eTag: page.etag, .cacheControl: cache, .vary: "Accept"],
                body: .init(byteBuffer: page.bytes))
        case nil:
            throw BriefingServerError(
                .notAcceptable,
                "Accept '\(accept.prefix(80))' names neither text/html nor application/json; expected one of them.")
        }
    }
}
