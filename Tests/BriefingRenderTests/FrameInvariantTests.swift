import BriefTestSupport
import BriefingGraphics
import BriefingLayout
import BriefingModel
import Testing

@testable import BriefingRender

/// Every page, with real Pango measurements: nothing outside the page, nothing overlapping,
/// no missing glyphs, and the fit policy never needs more than it has.
@Suite struct FrameInvariantTests {
    let renderer = RenderFixtures.renderer

    @Test(arguments: RenderFixtures.all, Theme.Paper.allCases)
    func itemsStayInsideTheContentBox(_ slug: String, _ paper: Theme.Paper) throws {
        let (frame, _) = try renderer.layout(try RenderFixtures.briefing(slug), paper: paper)
        let box = renderer.theme.contentBox(for: paper)
        let outside = frame.itemsOutside(box)
        #expect(outside.isEmpty, "\(slug) on \(paper): \(outside.map(\.rect))")
        #expect(frame.size == renderer.theme.size(of: paper))
    }

    /// The banner's direction is a triangle drawn beside its words, not a symbol character (which
    /// cost a font subset of its own, and reads aloud as "black down-pointing triangle").
    @Test func directionIsADrawnTriangleBesideItsWords() throws {
        let (frame, _) = try renderer.layout(try RenderFixtures.briefing("wakefield"))
        let words = try #require(
            frame.items.first { item in
                if case .text(let run) = item.content { run.text == "Declined from requires improvement (2016)" } else { false }
            })
        let triangles = frame.items.filter { item in
            if case .marker(.triangleDown, _, _) = item.content { true } else { false }
        }
        #expect(triangles.count == 1)
        let t = try #require(triangles.first)
        #expect(t.rect.maxX < words.rect.x && words.rect.x - t.rect.maxX < 6, "\(t.rect) beside \(words.rect)")
        #expect(t.rect.y > words.rect.y && t.rect.maxY < words.rect.y + 12, "\(t.rect) on the first line of \(words.rect)")
        #expect(!frame.texts.joined().contains { "▲▼►■".contains($0) })
    }

    @Test(arguments: RenderFixtures.all, Theme.Paper.allCases)
    func contentNeverOverlaps(_ slug: String, _ paper: Theme.Paper) throws {
        let (frame, _) = try renderer.layout(try RenderFixtures.briefing(slug), paper: paper)
        let pairs = frame.overlappingContent()
        #expect(pairs.isEmpty, "\(slug): \(pairs.map { "\($0.0.rect) ~ \($0.1.rect)" })")
        #expect(frame.overlappingRegions().isEmpty, "\(slug): \(frame.overlappingRegions())")
    }

    @Test(arguments: RenderFixtures.all)
    func everyPanelIsPresent(_ slug: String) throws {
        let briefing = try RenderFixtures.briefing(slug)
        let (frame, _) = try renderer.layout(briefing)
        let names = Set(frame.regions.map(\.name))
        #expect(names.isSuperset(of: ["header", "banner", "timeline", "quotes", "improvements", "sources"]), "\(slug)")
        // An empty funding panel is one line, not a panel.
        #expect(names.contains("funding") == !briefing.council.funding.isEmpty, "\(slug)")
        let text = frame.texts.joined(separator: " ")
        if briefing.council.funding.isEmpty { #expect(text.contains("funding"), "\(slug): the empty funding is said") }
    }

    @Test(arguments: RenderFixtures.all)
    func noMissingGlyphs(_ slug: String) throws {
        let text = try TextEngine()
        let (frame, _) = try renderer.layout(try RenderFixtures.briefing(slug), measurer: text)
        for item in frame.items {
            guard case .text(let run) = item.content else { continue }
            #expect(text.unknownGlyphs(run.text, style: run.style, width: item.rect.width) == 0, "\(run.text)")
        }
    }

    /// Text the frame holds is exactly what shows: a clamped text ends in an ellipsis and fits its lines.
    @Test(arguments: RenderFixtures.all)
    func textFitsItsLineLimit(_ slug: String) throws {
        let text = try TextEngine()
        let (frame, _) = try renderer.layout(try RenderFixtures.briefing(slug), measurer: text)
        for item in frame.items {
            guard case .text(let run) = item.content, let limit = run.maxLines else { continue }
            let m = text.measure(run.text, style: run.style, width: item.rect.width, maxLines: nil)
            #expect(m.lineCount <= limit, "\(slug): '\(run.text.prefix(40))' needs \(m.lineCount) lines of \(limit)")
        }
    }

    /// Nothing cut: no text on any curated or fixture page ends in an ellipsis.
    @Test(arguments: RenderFixtures.all)
    func noTextEndsInAnEllipsis(_ slug: String) throws {
        let (frame, _) = try renderer.layout(try RenderFixtures.briefing(slug))
        let cut = frame.texts.filter { $0.hasSuffix("…") || $0.hasSuffix("...") }
        #expect(cut.isEmpty, "\(slug): \(cut.map { String($0.suffix(50)) })")
    }

    @Test func curatedCouncilsShowTheirQuotesInFull() throws {
        for slug in ["wakefield", "st-helens", "sandwell"] {
            let (frame, _) = try renderer.layout(try RenderFixtures.briefing(slug))
            let quotes = frame.texts.filter { $0.hasPrefix("“") }
            #expect(quotes.count >= 2, "\(slug)")
            #expect(quotes.allSatisfy { !$0.hasSuffix("…") }, "\(slug)")
        }
    }

    @Test func adversarialFixturesNeedTheFitPolicy() throws {
        let (_, plain) = try renderer.layout(try RenderFixtures.briefing("empty"))
        let (_, crowded) = try renderer.layout(try RenderFixtures.briefing("everything"))
        #expect(plain == 0)
        #expect(crowded > 0)
    }

    @Test func longNameShrinksButStaysOnTwoLines() throws {
        let (frame, _) = try renderer.layout(try RenderFixtures.briefing("long-name"))
        let h1 = try #require(frame.items.first { $0.tag == .h1 })
        guard case .text(let run) = h1.content else { return }
        #expect(run.style.size < renderer.theme.file.type.title)
        #expect(run.style.size >= renderer.theme.file.type.titleFloor)
        #expect(run.text.count == 60)
    }

    @Test func bannerNamesTheGradeInWordsNotColourAlone() throws {
        let (frame, _) = try renderer.layout(try RenderFixtures.briefing("wakefield"))
        let banner = try #require(frame.regions.first { $0.name == "banner" })
        let words = frame.items.filter { banner.rect.contains($0.rect) }.compactMap { item -> String? in
            if case .text(let r) = item.content { r.text } else { nil }
        }
        #expect(words.contains("Inadequate"))
        #expect(words.contains { $0.contains("Declined from requires improvement (2016)") })
        #expect(words.contains { $0.contains("Focused visit, February 2018 (inferred)") })
    }

    @Test func timelineAltTextSaysWhatTheChartShows() throws {
        let c = try RenderFixtures.briefing("wakefield").council
        #expect(
            TimelineChart.altText(c)
                == "Inspections: 2016 full inspection, requires improvement; February 2018 focused visit, not graded; 2018 full inspection, inadequate."
        )
    }
}
