import BriefTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The same routes over a real socket on loopback: headers as a client receives them.
@Suite struct LiveTests {
    @Test func everyRouteOverHTTP() async throws {
        try await ServerFixture.app().test(.live) { client in
            let health = try await client.execute(uri: "/health", method: .get)
            #expect(health.status == .ok)
            #expect(health.headers[.server] == "brief")

            let list = try await client.execute(uri: "/councils", method: .get)
            #expect(list.status == .ok)
            #expect(list.text.contains(#""slug":"wakefield""#))

            let record = try await client.execute(uri: "/councils/reading", method: .get)
            #expect(record.status == .ok)
            #expect(record.text.contains(#""name":"Reading""#))

            let pdf = try await client.execute(uri: "/councils/wakefield/briefing.pdf", method: .get)
            #expect(pdf.status == .ok)
            #expect(pdf.isPDF)
            #expect(pdf.headers[.contentType] == "application/pdf")
            #expect(pdf.headers[.contentLength] == String(pdf.body.readableBytes))
            #expect(pdf.headers[.contentDisposition] == "inline; filename=\"wakefield.pdf\"")
            #expect(pdf.headers[.cacheControl] == "public, max-age=300")
            let tag = try #require(pdf.headers[.eTag])
            #expect(tag.hasPrefix("\"") && tag.count == 34)
            #expect(try pdf.poppler("pdftotext").contains("Wakefield"))

            let notModified = try await client.execute(
                uri: "/councils/wakefield/briefing.pdf", method: .get, headers: [.ifNoneMatch: tag])
            #expect(notModified.status == .notModified)
            #expect(notModified.body.readableBytes == 0)

            let missing = try await client.execute(uri: "/councils/nowhere/briefing.pdf", method: .get)
            #expect(missing.status == .notFound)
            #expect(missing.error?.message == "Unknown council 'nowhere'; see GET /councils for the slugs.")

            let posted = try await client.execute(
                uri: "/briefings", method: .post, headers: ServerFixture.json,
                body: ServerFixture.body(ServerFixture.wakefieldJSON))
            #expect(posted.status == .ok)
            #expect(posted.isPDF)

            let malformed = try await client.execute(
                uri: "/briefings", method: .post, headers: ServerFixture.json, body: ByteBuffer(string: "{\"slug\":"))
            #expect(malformed.status == .badRequest)

            let invalid = try await client.execute(
                uri: "/briefings", method: .post, headers: ServerFixture.json, body: ByteBuffer(string: #"{"slug":"wakefield"}"#))
            #expect(invalid.status == .unprocessableContent)
            #expect(invalid.error?.field == "name")

            let metrics = try await client.execute(uri: "/metrics", method: .get)
            #expect(metrics.text.contains(#"brief_http_requests_total{route="/briefings",method="POST",status="422"} 1"#))
        }
    }

    @Test func oversizedBodyIs413OverTheWire() async throws {
        try await ServerFixture.app().test(.live) { client in
            let big = ByteBuffer(repeating: UInt8(ascii: "x"), count: 2 * 1024 * 1024)
            let r = try await client.execute(uri: "/briefings", method: .post, headers: ServerFixture.json, body: big)
            #expect(r.status == .contentTooLarge)
            #expect(r.error?.message.contains("at most 262144") == true)
        }
    }
}
