import BriefTestSupport
import BriefingLayout
import BriefingModel
import Foundation
import Testing

@testable import BriefingRender

/// The web page's structure and colours, for every fixture, without a browser.
@Suite struct HTMLPageTests {
    let theme = RenderFixtures.renderer.theme

    /// Every pairing of text and background colour the page's style sheet uses, and white on
    /// each grade's colour (the chips), at least 4.5:1 (WCAG 2.2 AA, 1.4.3); the chart's axis
    /// and markers at least 3:1 against the paper (1.4.11).
    @Test func everyColourPairingMeetsAA() {
        var figures: [String] = []
        for (text, background) in HTMLStyle.textPairs {
            let ratio = theme.color(text).contrast(with: theme.color(background))
            figures.append("\(text) on \(background) \(String(format: "%.2f", ratio))")
            #expect(ratio >= 4.5, "\(text) on \(background): \(ratio)")
        }
        for (grade, color) in theme.allGradeColors {
            let ratio = theme.color("onGrade").contrast(with: color)
            figures.append("onGrade on \(grade) \(String(format: "%.2f", ratio))")
            #expect(ratio >= 4.5, "chip text on \(grade): \(ratio)")
            #expect(color.contrast(with: theme.color("paper")) >= 3, "\(grade) marker on paper")
        }
        #expect(theme.color("faint").contrast(with: theme.color("paper")) >= 3, "the axis")
        let css = HTMLStyle.css(theme)
        for (text, background) in HTMLStyle.textPairs {
            #expect(css.contains(theme.color(text).hex) && css.contains(theme.color(background).hex))
        }
        print("Contrast: " + figures.joined(separator: "; "))
    }

    /// One h1; headings never skip a level; ids unique; every fragment link and aria-labelledby
    /// names an id on the page; every link relative to the page's own folder.
    @Test(arguments: RenderFixtures.all)
    func structureHolds(_ slug: String) throws {
        let b = try RenderFixtures.briefing(slug)
        let html = RenderFixtures.renderer.html(for: b, links: .files)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">"))
        #expect(html.components(separatedBy: "<h1>").count == 2)
        let levels = matches(#"<h([1-6])[ >]"#, in: html).compactMap { Int($0) }
        for (a, b) in zip(levels, levels.dropFirst()) { #expect(b <= a + 1, "\(slug): h\(a) then h\(b)") }
        let ids = matches(#" id="([^"]+)""#, in: html)
        #expect(Set(ids).count == ids.count, "\(slug): duplicate ids")
        for ref in matches(#"aria-labelledby="([^"]+)""#, in: html).flatMap({ $0.split(separator: " ") }) {
            #expect(ids.contains(String(ref)), "\(slug): aria-labelledby \(ref)")
        }
        for href in matches(#"href="([^"]+)""#, in: html) {
            if href.hasPrefix("#") {
                #expect(ids.contains(String(href.dropFirst())), "\(slug): \(href)")
            } else {
                #expect(href.wholeMatch(of: /[a-z0-9-]+\.html/) != nil || href == "data:,", "\(slug): \(href)")
            }
        }
        #expect(html.contains("<main id=\"main\"") && html.contains("<a class=\"skip\" href=\"#main\">"))
        #expect(!html.contains("<script") && !html.contains("src=") && !html.contains("@import"))
    }

    /// The email's page links nothing it could not resolve; the service's page links the service.
    @Test func linksFollowWhereThePageIsRead() throws {
        var b = try RenderFixtures.briefing("wakefield")
        b.neighbours = [NeighbourGrade(name: "Barnsley", grade: .good, date: FactDate(year: 2023))]
        b.neighbours[0].slug = "barnsley"
        let r = RenderFixtures.renderer
        #expect(r.html(for: b, links: .files).contains("<a href=\"barnsley.html\">Barnsley</a>"))
        #expect(r.html(for: b, links: .service).contains("<a href=\"/councils/barnsley\">Barnsley</a>"))
        #expect(r.html(for: b, links: .service).contains("<a href=\"/councils/wakefield/briefing.pdf\">"))
        let mail = r.html(for: b)
        #expect(matches(#"href="([^"]+)""#, in: mail).allSatisfy { $0.hasPrefix("#") || $0 == "data:," })
        #expect(mail.contains("<span class=\"name\">Barnsley</span><span class=\"chip g-good\">Good</span>"))
    }

    /// The index's filters and sorts, on summaries whose answers are known.
    @Test func theIndexFiltersAndSorts() {
        func summary(_ slug: String, _ region: String?, _ grade: Grade?, _ date: String?) -> CouncilSummary {
            var c = Council(slug: slug, name: slug.capitalized, sources: [])
            c.region = region
            var s = CouncilSummary(c)
            s.latestGrade = grade
            s.date = date
            return s
        }
        let all = [
            summary("a", "North West", .good, "2024-01"), summary("b", "London", .inadequate, "2025-02-03"),
            summary("c", "North West", nil, "2026-06-08"), summary("d", nil, .outstanding, nil),
        ]
        #expect(CouncilIndex(region: "North West").rows(all).map(\.slug) == ["a", "c"])
        #expect(CouncilIndex(grade: CouncilIndex.GradeFilter.none).rows(all).map(\.slug) == ["c"])
        #expect(CouncilIndex(sort: .date, ascending: false).rows(all).map(\.slug) == ["c", "b", "a", "d"])
        #expect(CouncilIndex(sort: .grade).rows(all).map(\.slug) == ["b", "a", "d", "c"])
        #expect(CouncilIndex(sort: .region).rows(all).map(\.slug) == ["b", "a", "c", "d"])
        #expect(
            CouncilIndex(region: "North West", grade: .grade(.good)).query(sort: .date)
                == "?region=North%20West&grade=good&sort=date&order=asc")
    }

    private func matches(_ pattern: String, in text: String) -> [String] {
        let re = try! NSRegularExpression(pattern: pattern)
        return re.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}
