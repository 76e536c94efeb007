import BriefTestSupport
import BriefingData
import BriefingModel
import BriefingPipeline
import BriefingServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Every route through the router, without a socket.
@Suite struct RouteTests {
    @Test func healthSaysOK() async throws {
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/health", method: .get) { r in
                #expect(r.status == .ok)
                #expect(r.headers[.contentType] == "application/json; charset=utf-8")
                let object = try JSONSerialization.jsonObject(with: Data(buffer: r.body)) as? [String: Any]
                #expect(object?["status"] as? String == "ok")
                #expect(object?["councils"] as? Int == 5)
            }
        }
    }

    @Test func councilListHasEveryCouncilWithItsLatestGrade() async throws {
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/councils", method: .get) { r in
                #expect(r.status == .ok)
                let rows = try JSONDecoder().decode([CouncilSummary].self, from: Data(buffer: r.body))
                #expect(rows.map(\.slug).sorted() == ["reading", "sandwell", "st-helens", "wakefield", "wokingham"])
                for row in rows {
                    let c = try #require(ServerFixture.store.find(row.slug))
                    #expect(row.latestGrade == c.rating?.grade)
                    #expect(row.date == c.rating?.latest.date?.iso)
                }
                // The curated record alone ends with 2018's inadequate.
                #expect(rows.first { $0.slug == "wakefield" }?.latestGrade == .inadequate)
            }
        }
    }

    @Test func councilRecordIsTheModelAsJSON() async throws {
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/councils/st-helens", method: .get) { r in
                #expect(r.status == .ok)
                let c = try JSONDecoder().decode(Council.self, from: Data(buffer: r.body))
                #expect(c.name == "St Helens")
                #expect(
                    c
                        == BriefingAssembler(store: ServerFixture.store).briefing(for: ServerFixture.store.find("st-helens")!)
                        .council)
            }
        }
    }

    @Test func briefingPDFHasItsHeadersAndAStrongContentTag() async throws {
        try await ServerFixture.app().test(.router) { client in
            try await client.execute(uri: "/councils/wakefield/briefing.pdf", method: .get) { r in
                #expect(r.status == .ok)
                #expect(r.isPDF)
                #expect(r.headers[.contentType] == "application/pdf")
                #expect(r.headers[.contentDisposition] == "inline; filename=\"wakefield.pdf\"")
                #expect(r.headers[.cacheControl] == "public, max-age=300")
                let bytes = Array(buffer: r.body)
                #expect(r.headers[.eTag] == "\"" + Checksum.sha256(bytes).prefix(32) + "\"")
                // The same bytes as the CLI's renderer gives.
                let briefing = BriefingAssembler(store: ServerFixture.store).briefing(for: ServerFixture.store.find("wakefield")!)
                let direct = try ServerFixture.exporter.pdf(for: briefing, date: briefing.documentDate)
                let difference = firstDifference(bytes, direct)
                #expect(difference == nil)
            }
        }
    }

    /// With SOURCE_DATE_EPOCH set, `brief serve` dates every PDF as the CLI does.
    @Test func aFixedDocumentDateIsWrittenIntoThePDF() async throws {
        try await ServerFixture.app { $0.documentDate = DocumentDate(seconds: 981_158_400) }.test(.router) { client in
            let r = try await client.execute(uri: "/councils/wakefield/briefing.pdf", method: .get)
            let created = try r.poppler("pdfinfo").split(separator: "\n").first { $0.hasPrefix("CreationDate:") }
            #expect(created?.hasSuffix("Feb  3 00:00:00 2001 UTC") == true, "\(created ?? "no CreationDate")")
        }
    }

    /// HEAD answers each GET route with the GET's status and headers, and no body.
    @Test func headGivesTheHeadersWithoutTheBody() async throws {
        try await ServerFixture.app().test(.router) { client in
            let get = try await client.execute(uri: "/councils/wakefield/briefing.pdf", method: .get)
            let head = try await client.execute(uri: "/councils/wakefield/briefing.pdf", method: .head)
            #expect(head.status == .ok)
            #expect(head.body.readableBytes == 0)
            #expect(head.headers[.contentType] == get.headers[.contentType])
            #expect(head.headers[.contentDisposition] == get.headers[.contentDisposition])
            #expect(head.headers[.eTag] == get.headers[.eTag])
            #expect(head.headers[.cacheControl] == get.headers[.cacheControl])
            #expect(try await client.execute(uri: "/councils", method: .head).status == .ok)
            #expect(try await client.execute(uri: "/councils/nowhere/briefing.pdf", method: .head).status == .notFound)
        }
    }

    @Test func letterPaperIsItsOwnPage() async throws {
        try await ServerFixture.app().test(.router) { client in
            let a4 = try await client.execute(uri: "/councils/reading/briefing.pdf", method: .get)
            let letter = try await client.execute(uri: "/councils/reading/briefing.pdf?paper=letter", method: .get)
            #expect(letter.status == .ok)
            #expect(try letter.poppler("pdfinfo").contains("612 x 792 pts (letter)"))
            #expect(try a4.poppler("pdfinfo").contains("(A4)"))
            #expect(letter.headers[.eTag] != a4.headers[.eTag])
            #expect(letter.headers[.contentDisposition] == "inline; filename=\"reading-letter.pdf\"")
            let bad = try await client.execute(uri: "/councils/reading/briefing.pdf?paper=a5", method: .get)
            #expect(bad.status == .badRequest)
            #expect(bad.error?.field == "paper")
        }
    }

    @Test func matchingIfNoneMatchGets304() async throws {
        try await ServerFixture.app().test(.router) { client in
            let first = try await client.execute(uri: "/councils/sandwell/briefing.pdf", method: .get)
            let tag = try #require(first.headers[.eTag])
            for header in [tag, "W/\(tag)", "\"other\", \(tag)", "*"] {
                try await client.execute(uri: "/councils/sandwell/briefing.pdf", method: .get, headers: [.ifNoneMatch: header]) {
                    r in
                    #expect(r.status == .notModified, "If-None-Match: \(header)")
                    #expect(r.body.readableBytes == 0)
                    #expect(r.headers[.eTag] == tag)
                }
            }
            try await client.execute(uri: "/councils/sandwell/briefing.pdf", method: .get, headers: [.ifNoneMatch: "\"stale\""]) {
                r in
                #expect(r.status == .ok)
                #expect(r.isPDF)
            }
        }
    }

    @Test func uncachedServiceStillAnswers304FromTheRenderedTag() async throws {
        try await ServerFixture.app { $0.cacheEntries = 0 }.test(.router) { client in
            let first = try await client.execute(uri: "/councils/wokingham/briefing.pdf", method: .get)
            let tag = try #require(first.headers[.eTag])
            let again = try await client.execute(
                uri: "/councils/wokingham/briefing.pdf", method: .get, headers: [.ifNoneMatch: tag])
            #expect(again.status == .notModified)
        }
    }

    @Test(arguments: ["wakefeld", "..%2F..%2Fetc%2Fpasswd", "WAKEFIELD", "%2e%2e", String(repeating: "a", count: 65)])
    func unknownOrMalformedCouncilIs404WithJSONError(slug: String) async throws {
        try await ServerFixture.app().test(.router) { client in
            for uri in ["/councils/\(slug)", "/councils/\(slug)/briefing.pdf"] {
                try await client.execute(uri: uri, method: .get) { r in
                    #expect(r.status == .notFound, "\(uri)")
                    #expect(r.headers[.contentType] == "application/json; charset=utf-8")
                    #expect(r.error?.message.hasPrefix("Unknown council") == true)
                }
            }
        }
    }

    @Test func unknownRouteIs404() async throws {
        try await ServerFixture.app().test(.router) { client in
            let traversal = try await client.execute(uri: "/../../etc/passwd", method: .get)
            #expect(traversal.status == .notFound)
            let other = try await client.execute(uri: "/councils/wakefield/other.pdf", method: .get)
            #expect(other.status == .notFound)
        }
    }

    @Test func metricsCountRequestsByRouteAndStatusInPrometheusText() async throws {
        try await ServerFixture.app().test(.router) { client in
            _ = try await client.execute(uri: "/councils/wakefield/briefing.pdf", method: .get)
            _ = try await client.execute(uri: "/councils/wakefield/briefing.pdf", method: .get)
            _ = try await client.execute(uri: "/councils/nowhere/briefing.pdf", method: .get)
            try await client.execute(uri: "/metrics", method: .get) { r in
                #expect(r.status == .ok)
                #expect(r.headers[.contentType]?.hasPrefix("text/plain; version=0.0.4") == true)
                let text = r.text
                #expect(
                    text.contains(
                        #"brief_http_requests_total{route="/councils/{slug}/briefing.pdf",method="GET",status="200"} 2"#))
                #expect(
                    text.contains(
                        #"brief_http_requests_total{route="/councils/{slug}/briefing.pdf",method="GET",status="404"} 1"#))
                #expect(text.contains("# TYPE brief_http_request_duration_seconds histogram"))
                #expect(text.contains(#"brief_http_request_duration_seconds_count{route="/councils/{slug}/briefing.pdf"} 3"#))
                #expect(text.contains("brief_renders_total 1"))
                #expect(text.contains("brief_cache_hits_total 1"))
                #expect(text.contains("brief_cache_misses_total 1"))
                #expect(text.contains("brief_render_queue_waiting 0"))
            }
        }
    }
}
