import BriefingModel
import BriefingRender
import Foundation
import Hummingbird
import Metrics
import NIOCore

/// The handlers behind each route.
struct BriefingRoutes: Sendable {
    let service: BriefingService

    /// `GET /health`: up, how many councils, and how busy the render threads are.
    @Sendable func health(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let load = service.pool.load
        let body =
            #"{"councils":\#(service.catalogue.summaries.count),"rendering":\#(load.rendering),"#
            + #""status":"ok","threads":\#(service.pool.threadCount),"waiting":\#(load.waiting)}"#
        return Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: body)))
    }

    /// `GET /metrics`: Prometheus text, with the render queue read at the moment of asking.
    @Sendable func metrics(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let load = service.pool.load
        Gauge(label: "brief_render_queue_waiting", factory: service.metrics.factory).record(load.waiting)
        Gauge(label: "brief_render_threads_busy", factory: service.metrics.factory).record(load.rendering)
        return Response(
            status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: service.metrics.exposition())))
    }

    /// `GET /councils`: every council with its latest grade, encoded once at start-up.
    @Sendable func councils(_ request: Request, context: BasicRequestContext) async throws -> Response {
        jsonResponse(service.catalogue.summariesJSON)
    }

    /// `GET /councils/{slug}/briefing.pdf[?paper=letter]`: the page, revalidated by ETag.
    @Sendable func briefingPDF(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let briefing = try briefing(context)
        let paper = try Self.paper(request)
        // From memory when cached, so a matching If-None-Match is answered without rendering.
        let pdf = try await service.pdf(for: briefing, paper: paper, logger: context.logger)
        if Self.matches(request, pdf.etag) { return notModified(pdf.etag) }
        return pdfResponse(
            pdf, slug: briefing.council.slug, paper: paper, cacheControl: "public, max-age=\(service.configuration.maxAge)")
    }

    /// `POST /briefings[?paper=letter]`: the page for a posted record of a known council.
    @Sendable func postBriefing(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let paper = try Self.paper(request)
        if let type = request.headers[.contentType], !type.lowercased().hasPrefix("application/json") {
            throw BriefingServerError(
                .unsupportedMediaType, "Content-Type '\(type.prefix(80))' is not JSON; expected application/json.")
        }
        let limit = service.configuration.bodyLimit
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
            throw BriefingServerError(.contentTooLarge, "The body is \(length) bytes; expected at most \(limit).")
        }
        let body = try await Self.collect(request, limit: limit, within: service.configuration.bodyTimeLimit)
        let council = try PostedCouncil.decode(Data(buffer: body))
        guard let briefing = service.catalogue.briefing(posted: council) else {
            throw BriefingServerError(
                .notFound, "Unknown council '\(council.slug)'; a posted record must be one of GET /councils.", field: "slug")
        }
        let pdf = try await service.render(briefing, paper: paper, logger: context.logger, posted: council)
        return pdfResponse(pdf, slug: council.slug, paper: paper, cacheControl: "no-store")
    }

    // MARK: - Helpers

    func briefing(_ context: BasicRequestContext) throws(BriefingServerError) -> Briefing {
        let raw = context.parameters.get("slug") ?? ""
        guard BriefingCatalogue.isSlug(Substring(raw)), let b = service.catalogue.briefing(slug: raw) else {
            throw BriefingServerError(.notFound, "Unknown council '\(raw.prefix(64))'; see GET /councils for the slugs.")
        }
        return b
    }

    private static func paper(_ request: Request) throws(BriefingServerError) -> Theme.Paper {
        guard let raw = request.uri.queryParameters["paper"] else { return .a4 }
        guard let paper = Theme.Paper(rawValue: String(raw).lowercased()) else {
            throw BriefingServerError(
                .badRequest, "paper '\(raw.prefix(32))' is not a paper size; expected a4 or letter.", field: "paper")
        }
        return paper
    }

    /// Whether `If-None-Match` lists `tag` or `*` (weak comparison, RFC 9110 §13.1.2).
    static func matches(_ request: Request, _ tag: String) -> Bool {
        guard let header = request.headers[values: .ifNoneMatch].joined(separator: ",").nonEmpty else { return false }
        return header.split(separator: ",").contains { item in
            var t = item.trimmingCharacters(in: .whitespaces)
            if t.hasPrefix("W/") { t.removeFirst(2) }
            return t == "*" || t == tag
        }
    }

    /// Reads the whole body, at most `limit` bytes, giving a slow client `within` to send it.
    private static func collect(_ request: Request, limit: Int, within: Duration) async throws -> ByteBuffer {
        do {
            return try await withThrowingTaskGroup(of: ByteBuffer?.self) { group in
                group.addTask {
                    var r = request
                    return try await r.collectBody(upTo: limit)
                }
                group.addTask {
                    try await Task.sleep(for: within)
                    return nil
                }
                defer { group.cancelAll() }
                guard let first = try await group.next(), let body = first else {
                    throw BriefingServerError(.requestTimeout, "The body did not arrive within \(within); send it faster.")
                }
                return body
            }
        } catch is NIOTooManyBytesError {
            throw BriefingServerError(.contentTooLarge, "The body is larger than \(limit) bytes; expected at most \(limit).")
        }
    }

    private func notModified(_ tag: String) -> Response {
        Response(
            status: .notModified,
            headers: [.eTag: tag, .cacheControl: "public, max-age=\(service.configuration.maxAge)"])
    }

    private func pdfResponse(_ pdf: BriefingService.PDF, slug: String, paper: Theme.Paper, cacheControl: String) -> Response {
        let name = paper == .a4 ? "\(slug).pdf" : "\(slug)-\(paper.rawValue).pdf"
        return Response(
            status: .ok,
            headers: [
                .contentType: "application/pdf", .contentDisposition: "inline; filename=\"\(name)\"", .eTag: pdf.etag,
                .cacheControl: cacheControl,
            ],
            body: .init(byteBuffer: pdf.bytes))
    }

    func jsonResponse(_ body: ByteBuffer) -> Response {
        Response(
            status: .ok,
            headers: [
                .contentType: "application/json; charset=utf-8", .cacheControl: "public, max-age=\(service.configuration.maxAge)",
            ],
            body: .init(byteBuffer: body))
    }
}

extension String {
    fileprivate var nonEmpty: String? { isEmpty ? nil : self }
}
