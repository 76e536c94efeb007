import BriefTestSupport
import BriefingModel
import Foundation
import Testing

@testable import BriefingRender

/// What poppler reads back from the PDF: pages, size, tags, fonts, metadata and text.
@Suite struct PDFFactTests {
    static let date = "2018-07-01T00:00:00Z"

    func pdf(_ slug: String, paper: Theme.Paper = .a4) throws -> String {
        let bytes = try RenderFixtures.exporter.pdf(for: try RenderFixtures.briefing(slug), paper: paper, date: Self.date)
        #expect(bytes.starts(with: Array("%PDF-".utf8)))
        let path = try temporaryFolder() + "/\(slug).pdf"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    func info(_ path: String) throws -> [String: String] {
        let out = try run("pdfinfo", [path]).stdoutText
        var d: [String: String] = [:]
        for line in out.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            d[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return d
    }

    func text(_ path: String) throws -> String {
        // In reading order (no -layout, which interleaves columns), joined to one line so wrapped phrases can be found.
        try run("pdftotext", [path, "-"]).stdoutText.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test(arguments: RenderFixtures.all)
    func onePageA4TaggedWithTitle(_ slug: String) throws {
        let path = try pdf(slug)
        let i = try info(path)
        #expect(i["Pages"] == "1")
        #expect(i["Page size"]?.hasPrefix("595.28 x 841.89 pts (A4)") == true)
        #expect(i["Tagged"] == "yes")
        let name = try RenderFixtures.briefing(slug).council.name
        #expect(i["Title"]?.contains(name) == true)
        #expect(i["Author"] == "brief")
        #expect(i["Keywords"]?.contains("Ofsted") == true)
        #expect(i["Subject"]?.isEmpty == false)
    }

    @Test func letterPaper() throws {
        let i = try info(try pdf("wakefield", paper: .letter))
        #expect(i["Pages"] == "1")
        #expect(i["Page size"]?.hasPrefix("612 x 792 pts (letter)") == true)
    }

    @Test(arguments: RenderFixtures.all)
    func everyFontEmbeddedAndSubset(_ slug: String) throws {
        let lines = try run("pdffonts", [try pdf(slug)]).stdoutText.split(separator: "\n").dropFirst(2)
        #expect(!lines.isEmpty)
        for line in lines {
            let cols = line.split(separator: " ", omittingEmptySubsequences: true)
            // name type encoding emb sub uni object ID: "emb" and "sub" are the 3rd and 4th from the end but one.
            let n = cols.count
            #expect(cols[n - 5] == "yes" && cols[n - 4] == "yes", "\(line)")
            #expect(line.contains("Inter"), "\(line)")
            // Inter with TrueType outlines (scripts/fonts.py), never the CFF faces ("Type 1C").
            #expect(line.contains(" TrueType "), "\(line)")
        }
    }

    /// A curated page embeds one simple font per face it uses, and no CID font: with Inter's
    /// contextual alternates on, raised brackets and colons (glyphs with no Unicode code) made
    /// Cairo embed a fifth font, a CID subset, on most pages.
    @Test(arguments: TestPaths.curated)
    func fourFacesAndNoCIDFont(_ slug: String) throws {
        let lines = try run("pdffonts", [try pdf(slug)]).stdoutText.split(separator: "\n").dropFirst(2)
        let faces = lines.compactMap { $0.split(separator: " ").first?.split(separator: "+").last.map(String.init) }
        #expect(faces.sorted() == ["Inter-Italic", "Inter-Medium", "Inter-Regular", "Inter-SemiBold"], "\(lines)")
        #expect(!lines.contains { $0.contains("CID") }, "\(lines)")
    }

    @Test func wakefieldFacts() throws {
        let t = try text(try pdf("wakefield"))
        for fact in [
            "Wakefield", "Inadequate", "Requires improvement", "2016", "2018", "Focused visit, February 2018", "£1m", "£3.5m",
            "Peter Box, leader of the council", "for far too long, we had a system unable to support frontline social workers",
        ] {
            #expect(t.contains(fact), "missing: \(fact)")
        }
    }

    @Test(arguments: [
        (
            "st-helens",
            [
                "St Helens", "Requires improvement", "2014", "Focused visit", "Professor Sarah O’Brien",
                "No funding announced in the sources.",
            ]
        ),
        (
            "reading",
            ["Reading", "Inadequate", "2016", "Monitoring visit", "Peter Sloman", "No funding announced in the sources."]
        ),
        (
            "wokingham",
            ["Wokingham", "Requires improvement", "2015", "June 2019", "Focused visit", "a kind of ‘start again social work’"]
        ),
        (
            "sandwell",
            ["Sandwell", "Inadequate", "2015", "Simon Hackett", "Grade not stated", "No funding announced in the sources."]
        ),
    ])
    func curatedFacts(_ slug: String, _ facts: [String]) throws {
        let t = try text(try pdf(slug))
        for fact in facts {
            #expect(t.contains(fact), "\(slug) missing: \(fact)")
        }
    }

    @Test func unknownsAreSaidPlainly() throws {
        let t = try text(try pdf("empty"))
        #expect(t.contains("Not known"))
        #expect(t.contains("No inspections or visits are recorded in the sources."))
        #expect(t.contains("No quotes are recorded in the sources."))
        #expect(t.contains("No action-plan funding, workforce or leadership facts are recorded in the sources."))
    }

    @Test func sameBytesEveryRun() throws {
        let b = try RenderFixtures.briefing("wakefield")
        let first = try RenderFixtures.exporter.pdf(for: b, date: Self.date)
        let second = try RenderFixtures.exporter.pdf(for: b, date: Self.date)
        #expect(first == second)
        #expect(try RenderFixtures.exporter.pdf(for: b, date: "2019-01-01T00:00:00Z") != first)
    }

    /// The incremental update leaves a valid PDF (its entries are checked by PDFAccessibilityTests).
    @Test func incrementalUpdateIsValid() throws {
        let check = try run("qpdf", ["--check", try pdf("reading")])
        #expect(check.status == 0)
        #expect(check.stdoutText.contains("No syntax or stream encoding errors found"))
    }

    @Test(arguments: RenderFixtures.all)
    func structureTreeInReadingOrder(_ slug: String) throws {
        let out = try run("pdfinfo", ["-struct", try pdf(slug)]).stdoutText
        let roles = out.split(separator: "\n").map {
            $0.trimmingCharacters(in: .whitespaces).split(separator: " ").first.map(String.init) ?? ""
        }
        // One Document root, then the title first.
        #expect(roles.prefix(2) == ["Document", "H1"], "\(slug)")
        #expect(roles.filter { $0 == "Document" }.count == 1, "\(slug)")
        #expect(roles.filter { $0 == "H2" }.count >= 3, "\(slug)")
        if let figure = roles.firstIndex(of: "Figure"), let quote = roles.firstIndex(of: "BlockQuote") {
            #expect(figure < quote, "\(slug): the timeline comes before the quotes")
        }
    }

    @Test func wakefieldStructure() throws {
        let out = try run("pdfinfo", ["-struct", try pdf("wakefield")]).stdoutText
        let roles = out.split(separator: "\n").map {
            $0.trimmingCharacters(in: .whitespaces).split(separator: " ").first.map(String.init) ?? ""
        }
        #expect(roles.prefix(2) == ["Document", "H1"])
        #expect(roles.contains("Figure"))
        #expect(roles.filter { $0 == "BlockQuote" }.count == 3)
        #expect(roles.contains("L") && roles.contains("LI"))
        let h1 = try #require(roles.firstIndex(of: "H1"))
        let figure = try #require(roles.firstIndex(of: "Figure"))
        let quote = try #require(roles.firstIndex(of: "BlockQuote"))
        #expect(h1 < figure && figure < quote)
    }
}

/// The PDF read with a parser (qpdf's JSON), not grep: catalog entries and alternative text.
@Suite struct PDFAccessibilityTests {
    func objects(_ slug: String) throws -> [String: Any] {
        let bytes = try RenderFixtures.exporter.pdf(for: try RenderFixtures.briefing(slug), date: PDFFactTests.date)
        let path = try temporaryFolder() + "/\(slug).pdf"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let json = try run("qpdf", ["--json=1", "--json-key=objects", path]).stdout
        let root = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        return try #require(root["objects"] as? [String: Any])
    }

    @Test(arguments: RenderFixtures.all)
    func catalogAndFigureAltText(_ slug: String) throws {
        let dicts = try objects(slug).values.compactMap { $0 as? [String: Any] }
        let catalog = try #require(dicts.first { $0["/Type"] as? String == "/Catalog" })
        #expect(catalog["/Lang"] as? String == "en-GB")
        #expect((catalog["/MarkInfo"] as? [String: Any])?["/Marked"] as? Bool == true)
        #expect((catalog["/ViewerPreferences"] as? [String: Any])?["/DisplayDocTitle"] as? Bool == true)
        let figures = dicts.filter { $0["/S"] as? String == "/Figure" }
        for figure in figures {
            let alt = figure["/Alt"] as? String ?? ""
            #expect(!alt.isEmpty, "\(slug): a Figure without /Alt")
        }
    }

    @Test func figuresGetTheirOwnAltTextInReadingOrder() throws {
        let dicts = try objects("many-funding").values.compactMap { $0 as? [String: Any] }
        let alts = dicts.filter { $0["/S"] as? String == "/Figure" }.compactMap { $0["/Alt"] as? String }
        #expect(alts.count == 2)
        #expect(alts.contains { $0.hasPrefix("Inspections: 2018 full inspection, inadequate") })
        #expect(alts.contains { $0.hasPrefix("Funding: ") && $0.contains("(recurring)") })
    }
}
