import BriefTestSupport
import BriefingModel
import BriefingPipeline
import BriefingServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The routes a browser reads, over the 153 councils `brief serve` serves by default: the
/// index (filters, sorts, 400s) and each council's page by content negotiation.
@Suite struct PageRouteTests {
    static let source: BriefingSource = try! BriefingSource(SourceLocations(environment: ["BRIEF_ROOT": TestPaths.root]))
    static let catalogue = BriefingCatalogue(
        briefings: source.briefings(for: source.store.councils), prepare: { source.briefing(for: $0, reports: false) })

    static func app() -> some ApplicationProtocol {
        var config = ServerConfiguration()
        config.port = 0
        return buildApplication(
            config: config, catalogue: catalogue, exporter: ServerFixture.exporter, logger: ServerFixture.logger)
    }

    /// The slugs of the index's rows, in order.
    static func rowSlugs(_ html: String) -> [String] {
        html.components(separatedBy: "<tr><th scope=\"row\"><a href=\"/councils/").dropFirst().map {
            String($0.prefix { $0 != "\"" })
        }
    }

    static func get(_ uri: String, accept: String? = nil) async throws -> (HTTPResponse.Status, HTTPFields, String) {
        try await app().test(.router) { client in
            let headers: HTTPFields = accept.map { [.accept: $0] } ?? [:]
            return try await client.execute(uri: uri, method: .get, headers: headers) { r in (r.status, r.headers, r.text) }
        }
    }

    @Test func theIndexHasEveryCouncilWithItsLatestGradeAndLinks() async throws {
        let (status, headers, html) = try await Self.get("/")
        #expect(status == .ok)
        #expect(headers[.contentType] == "text/html; charset=utf-8")
        let slugs = Self.rowSlugs(html)
        #expect(slugs.count == 153)
        #expect(slugs == Self.catalogue.summaries.sorted { $0.name < $1.name }.map(\.slug))
        for s in Self.catalogue.summaries {
            let row = try #require(html.components(separatedBy: "<a href=\"/councils/\(s.slug)\">").dropFirst().first)
            let cell = String(row.prefix { $0 != "\n" })
            let words = s.latestGrade?.words ?? (s.date == nil ? "No inspection recorded" : "No overall grade")
            #expect(cell.contains(">\(words)</span>"), "\(s.slug): \(cell)")
            #expect(cell.contains("/councils/\(s.slug)/briefing.pdf"))
            if let d = s.date.flatMap({ FactDate(iso: $0) }) { #expect(cell.contains(Format.date(d)), "\(s.slug)") }
        }
        #expect(html.contains("<label for=\"region\">") && html.contains("<select id=\"grade\" name=\"grade\">"))
        #expect(html.contains("<th scope=\"col\" aria-sort=\"ascending\">"))
    }

    @Test func filtersReturnTheRightCouncils() async throws {
        let all = Self.catalogue.summaries
        for (query, expected) in [
            ("?region=North+West&grade=good", all.filter { $0.region == "North West" && $0.latestGrade == .good }),
            ("?region=North%20West", all.filter { $0.region == "North West" }),
            ("?grade=none", all.filter { $0.latestGrade == nil }),
            ("?grade=requires+improvement&region=", all.filter { $0.latestGrade == .requiresImprovement }),
        ] {
            let (status, _, html) = try await Self.get("/" + query)
            #expect(status == .ok)
            #expect(Set(Self.rowSlugs(html)) == Set(expected.map(\.slug)), "\(query)")
            #expect(!expected.isEmpty)
        }
        // Blackpool's latest inspection (June 2026) gave judgements and no overall grade.
        #expect(Self.rowSlugs(try await Self.get("/?grade=none").2).contains("blackpool"))
        #expect(!Self.rowSlugs(try await Self.get("/?grade=good").2).contains("blackpool"))
    }

    @Test func sortsByEachColumnBothWays() async throws {
        let all = Self.catalogue.summaries
        let byDate = try await Self.get("/?sort=date&order=desc").2
        let newest = try #require(all.compactMap(\.date).max())
        #expect(all.first { $0.slug == Self.rowSlugs(byDate).first }?.date == newest)
        #expect(byDate.contains("<th scope=\"col\" aria-sort=\"descending\"><a href=\"/?sort=date&amp;order=asc\">"))
        let byName = Self.rowSlugs(try await Self.get("/?sort=name&order=desc").2)
        #expect(byName == all.sorted { $0.name > $1.name }.map(\.slug))
        let byGrade = Self.rowSlugs(try await Self.get("/?sort=grade&order=asc").2)
        let grades = byGrade.map { slug in all.first { $0.slug == slug }!.latestGrade }
        let graded = grades.prefix { $0 != nil }.map { $0!.rank }
        #expect(graded == graded.sorted() && graded.first == 1, "inadequate first")
        #expect(grades.dropFirst(graded.count).allSatisfy { $0 == nil }, "no overall grade last")
        let byRegion = Self.rowSlugs(try await Self.get("/?sort=region").2).map { slug in
            all.first { $0.slug == slug }!.region ?? "~"
        }
        #expect(byRegion == byRegion.sorted())
    }

    @Test func anUnknownParameterOrValueIsA400NamingIt() async throws {
        for (query, field, words) in [
            ("?region=Atlantis", "region", "region 'Atlantis' is not known; expected one of East Midlands, "),
            ("?grade=goodish", "grade", "grade 'goodish' is not known; expected outstanding, good, requires improvement"),
            ("?sort=size", "sort", "sort 'size' is not known; expected name, region, grade, date."),
            ("?order=up", "order", "order 'up' is not known; expected asc or desc."),
            ("?colour=red", "colour", "Parameter 'colour' is not one the index takes; expected region, grade, sort or order."),
        ] {
            try await Self.app().test(.router) { client in
                try await client.execute(uri: "/" + query, method: .get) { r in
                    #expect(r.status == .badRequest, "\(query)")
                    #expect(r.error?.field == field)
                    #expect(r.error?.message.hasPrefix(words) == true, "\(r.error?.message ?? r.text)")
                    #expect(r.error?.message.contains("\n") == false)
                }
            }
        }
    }

    @Test func councilsNegotiateHTMLOrJSON() async throws {
        let browser = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8"
        for (accept, type) in [
            (nil, "application/json; charset=utf-8"), ("*/*", "application/json; charset=utf-8"),
            ("application/json", "application/json; charset=utf-8"), ("text/html", "text/html; charset=utf-8"),
            (browser, "text/html; charset=utf-8"), ("text/html;q=0.5, application/json", "application/json; charset=utf-8"),
        ] as [(String?, String)] {
            let (status, headers, body) = try await Self.get("/councils/wakefield", accept: accept)
            #expect(status == .ok)
            #expect(headers[.contentType] == type, "\(accept ?? "no Accept")")
            #expect(headers[.vary] == "Accept")
            #expect(type.hasPrefix("text/html") ? body.hasPrefix("<!DOCTYPE html>") : body.hasPrefix("{"))
        }
        #expect(try await Self.get("/councils/wakefield", accept: "image/png").0 == .notAcceptable)
        #expect(try await Self.get("/councils/nowhere", accept: "text/html").0 == .notFound)
    }

    @Test func thePageIsRevalidatedByItsETag() async throws {
        try await Self.app().test(.router) { client in
            let tag = try await client.execute(uri: "/councils/blackpool", method: .get, headers: [.accept: "text/html"]) { r in
                #expect(r.status == .ok)
                return try #require(r.headers[.eTag])
            }
            try await client.execute(
                uri: "/councils/blackpool", method: .get, headers: [.accept: "text/html", .ifNoneMatch: tag]
            ) { r in
                #expect(r.status == .notModified)
                #expect(r.body.readableBytes == 0)
                #expect(r.headers[.vary] == "Accept")
            }
        }
    }

    /// Blackpool's page leads with its June 2026 judgements, in colour and words, and no grade.
    @Test func aPageWithJudgementsAndNoOverallGradeSaysSo() async throws {
        let b = try #require(Self.catalogue.briefing(slug: "blackpool"))
        let latest = try #require(b.council.latestInspection)
        #expect(latest.grade == nil && latest.inspection.date?.year == 2026)
        let html = try await Self.get("/councils/blackpool", accept: "text/html").2
        #expect(html.contains("<h2 id=\"rating\">Ofsted’s judgements</h2>"))
        #expect(html.contains("<span class=\"chip big g-ungraded\">No overall grade</span>"))
        for j in latest.inspection.judgements {
            let line =
                "<span class=\"area\">\(Format.sentenceCase(j.area))</span> <span class=\"chip g-\(j.grade.rawValue.replacingOccurrences(of: " ", with: "-"))\">\(j.grade.words)</span>"
            #expect(html.contains(line), "\(j.area)")
        }
        // The judgement history table has a column for the 2026 inspection.
        let history = try #require(html.components(separatedBy: "id=\"judgement-history\"").dropFirst().first)
        #expect(history.contains("<th scope=\"col\">Jun 2026</th>"))
        #expect(html.components(separatedBy: "<h1>").count == 2)
        #expect(html.contains("<svg role=\"img\" aria-labelledby=\"chart-title chart-desc\""))
        #expect(html.contains("<desc id=\"chart-desc\">Inspections: "))
        // Neighbours link to their own pages, each a council the service knows.
        let links = html.components(separatedBy: "<a href=\"/councils/").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(links.count >= 10)
        for slug in links where !slug.hasSuffix("briefing.pdf") { #expect(Self.catalogue.briefing(slug: slug) != nil, "\(slug)") }
    }

    @Test func aGradedPageLeadsWithItsGradeInColourAndWords() async throws {
        let b = try #require(Self.catalogue.briefing(slug: "wakefield"))
        let grade = try #require(b.council.rating?.grade)
        let html = try await Self.get("/councils/wakefield", accept: "text/html").2
        let cls = "g-" + grade.rawValue.replacingOccurrences(of: " ", with: "-")
        #expect(
            html.contains(
                "<h2 id=\"rating\">Overall effectiveness</h2>\n<p><span class=\"chip big \(cls)\">\(grade.words)</span>"))
        #expect(html.contains(".\(cls){background:\(ServerFixture.exporter.renderer.theme.color(for: grade).hex)}"))
        #expect(html.contains("<a href=\"/councils/wakefield/briefing.pdf\">") && html.contains("<a href=\"/\">All councils</a>"))
    }
}
