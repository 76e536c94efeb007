import BriefTestSupport
import BriefingData
import BriefingLayout
import BriefingModel
import Foundation
import Testing

@testable import BriefingRender

/// The page as data (``PageModel``) against the page itself, on all 153 national pages and the
/// curated five: the same content, one era, and the lower third used.
@Suite struct PageModelTests {
    static let pages: [(Council, Briefing, Frame, PageModel)] = {
        let store = NationalPageTests.store
        let assembler = BriefingAssembler(store: store)
        return store.councils.map { c in
            let b = assembler.briefing(for: c)
            do {
                let frame = try RenderFixtures.renderer.layout(b).frame
                return (c, b, frame, try RenderFixtures.renderer.pageModel(for: b))
            } catch {
                fatalError("\(c.slug): \(error)")
            }
        }
    }()

    /// The banner's inspection is the latest one, graded or not, and the model says so.
    @Test func latestInspectionLeads() {
        for (c, _, _, model) in Self.pages {
            let latest = c.latestInspection?.inspection
            #expect(model.latestInspection?.date == latest?.date?.iso, "\(c.slug)")
            #expect(model.latestInspection?.overallGrade == latest?.grade?.rawValue, "\(c.slug)")
            #expect(model.latestInspection?.judgements.count == latest?.judgements.count, "\(c.slug)")
        }
        let reformed = Self.pages.filter { $0.3.latestInspection.map { $0.overallGrade == nil } ?? false }
        #expect(reformed.count == 11)
    }

    /// Everything the model puts in the two columns is on the page, word for word.
    @Test func modelIsWhatThePageShows() {
        for (c, _, frame, model) in Self.pages {
            let text = frame.texts.joined(separator: " ")
            let columns = model.panels.filter { $0.column == "left" || $0.column == "right" }
            #expect(columns.contains { $0.title == "What must improve" }, "\(c.slug)")
            for panel in columns where panel.title != "Action-plan funding" {
                #expect(text.contains(panel.title.uppercased()), "\(c.slug): heading \(panel.title)")
                for item in panel.items {
                    // The judgement history is a table: "Area: grades" is its row's two cells.
                    let cells =
                        panel.title == "How each judgement moved"
                        ? item.text.split(separator: ": ", maxSplits: 1).map(String.init) : [item.text]
                    #expect(cells.count == (panel.title == "How each judgement moved" ? 2 : 1), "\(c.slug): \(item.text)")
                    for cell in cells { #expect(text.contains(cell), "\(c.slug): \(panel.title): \(cell)") }
                }
            }
            // And what it says was left out is not on the page.
            for gone in model.leftOut where gone.reason.hasPrefix("did not fit") {
                for item in gone.items { #expect(!text.contains(item.text), "\(c.slug): left out but shown: \(item.text)") }
            }
        }
    }

    /// One era: no item outside a history panel is dated before the latest inspection.
    @Test func onlyHistoryPanelsReachBack() throws {
        for (c, _, _, model) in Self.pages {
            let start = try #require(model.latestInspection?.date, "\(c.slug)")
            for panel in model.panels where !panel.history && panel.column != "footer" && panel.column != "top" {
                for item in panel.items {
                    if let d = item.date { #expect(d >= String(start.prefix(d.count)), "\(c.slug): \(panel.title): \(d)") }
                }
            }
        }
    }

    /// The report's inspectors' verdict, strengths and concerns reach the page wherever the report is in the data.
    @Test func verdictStrengthAndConcernOnMostPages() {
        let verdicts = Self.pages.filter { $0.3.panels.contains { $0.title == "Inspectors’ verdict" } }.count
        let concerns = Self.pages.filter { $0.3.panels.contains { $0.title == PageWording.concernsHeading } }.count
        let strengths = Self.pages.filter { p in p.3.panels.contains { $0.items.contains { $0.kind == "strength" } } }.count
        #expect(verdicts >= 140, "\(verdicts) pages with a verdict")
        #expect(strengths >= 140, "\(strengths) pages with a strength")
        #expect(concerns >= 120, "\(concerns) pages with a concern")
    }

    /// The lower third is used: the median gap between each column's last text and the sources
    /// footer is under 60 pt (the same measure as `scripts/lower-third.py` takes from pdftotext).
    @Test func lowerThirdIsUsed() throws {
        var left: [Double] = []
        var right: [Double] = []
        for (c, _, frame, _) in Self.pages {
            let footer = try #require(frame.regions.first { $0.name == "sources" }?.rect.y, "\(c.slug)")
            let top = try #require(frame.regions.first { $0.name == "quotes" }?.rect.y, "\(c.slug)")
            let middle = frame.size.width / 2
            let texts = frame.items.filter {
                if case .text = $0.content { return $0.rect.y >= top - 1 && $0.rect.maxY < footer } else { return false }
            }
            left.append(footer - (texts.filter { $0.rect.x < middle }.map(\.rect.maxY).max() ?? top))
            right.append(footer - (texts.filter { $0.rect.x >= middle }.map(\.rect.maxY).max() ?? top))
        }
        let median = { (v: [Double]) in v.sorted()[v.count / 2] }
        #expect(median(left) < 60, "left column: median gap \(median(left)) pt")
        #expect(median(right) < 60, "right column: median gap \(median(right)) pt")
    }
}
