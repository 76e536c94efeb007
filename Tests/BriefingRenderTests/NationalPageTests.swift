import BriefTestSupport
import BriefingData
import BriefingGraphics
import BriefingLayout
import BriefingModel
import Testing

@testable import BriefingRender

/// Every one of the 153 councils with the national data: one page, nothing outside it, nothing overlapping.
@Suite struct NationalPageTests {
    static let store: CouncilStore = {
        do {
            let curated = try CouncilStore.load(folder: TestPaths.data)
            return CouncilStore.merged(curated: curated, national: try NationalDataset.load(folder: TestPaths.ofsted)).0
        } catch {
            fatalError("national data unreadable: \(error)")
        }
    }()

    @Test func everyCouncilFitsOnePageWithoutCollisions() throws {
        let renderer = RenderFixtures.renderer
        let box = renderer.theme.contentBox(for: .a4)
        #expect(Self.store.councils.count == 153)
        for council in Self.store.councils {
            let (frame, _) = try renderer.layout(BriefingAssembler(store: Self.store).briefing(for: council))
            #expect(frame.itemsOutside(box).isEmpty, "\(council.slug): \(frame.itemsOutside(box).map(\.rect))")
            #expect(
                frame.overlappingContent().isEmpty,
                "\(council.slug): \(frame.overlappingContent().map { "\($0.0.rect) ~ \($0.1.rect)" })")
            #expect(frame.overlappingRegions().isEmpty, "\(council.slug)")
            #expect(frame.regions.contains { $0.name == "neighbours" }, "\(council.slug)")
        }
    }

    /// Where the page has room, how each judgement moved, in words, from the CSV's judgements.
    @Test func judgementHistoryFillsTheRoomLeft() throws {
        let m = try #require(Self.store.find("manchester"))
        let (frame, _) = try RenderFixtures.renderer.layout(BriefingAssembler(store: Self.store).briefing(for: m))
        let text = frame.texts.joined(separator: " ")
        #expect(text.contains("HOW EACH JUDGEMENT MOVED") || text.contains("How each judgement moved"))
        let judged = m.judgedInspections.filter { !$0.judgements.isEmpty }.suffix(4)
        for x in judged {
            for j in x.judgements where j.area == "impact of leaders" {
                #expect(text.contains("\(j.grade.words.lowercased()) (\(x.date?.year ?? 0))"), "\(x.date?.iso ?? "")")
            }
        }
        #expect(frame.regions.contains { $0.name == "judgement-history" })
    }

    @Test func wakefieldWithNationalData() throws {
        let w = try #require(Self.store.find("wakefield"))
        let (frame, _) = try RenderFixtures.renderer.layout(BriefingAssembler(store: Self.store).briefing(for: w))
        // Word joiners keep the banner's dates on one line; they draw nothing.
        let text = frame.texts.joined(separator: " ").replacingOccurrences(of: "\u{2060}", with: "")
        for fact in [
            "2016", "2018", "2021", "2022", "2025", "Focused visit", "Feb 2018", "Good", "Unchanged: good on 8 November 2021 too",
            "Ofsted inspection report · 18 July 2025",
        ] {
            #expect(text.contains(fact), "missing: \(fact)")
        }
        // One era: the page leads with March 2025, so the 2018 article's funding and council
        // quote stay off it (they are history in the timeline's sources, and `brief check` lists them).
        for old in ["£1m", "£3.5m", "Peter Box"] { #expect(!text.contains(old), "from 2018: \(old)") }
    }
}

@Suite struct OverviewTests {
    let overview = Overview(councils: NationalPageTests.store.councils)

    @Test func countsAddUpToTheCouncils() {
        let graded = overview.current.values.reduce(0, +)
        let councils = NationalPageTests.store.councils
        #expect(graded + overview.judgedOnly.count + overview.ungraded == 153)
        #expect(overview.current[.good] == councils.filter { $0.latestInspection?.grade == .good }.count)
        #expect(overview.judgedOnly.count == councils.filter { $0.latestInspection.map { $0.grade == nil } == true }.count)
        #expect(overview.judgedOnly.count == 11)
        #expect(overview.years.last?.total == graded)
        #expect(overview.regions.map(\.total).reduce(0, +) == graded)
        // Councils only gain grades over time, except those an inspection with no overall grade
        // (2026 rules) takes out of the count.
        #expect(
            zip(overview.years, overview.years.dropFirst()).allSatisfy { $0.total <= $1.total + overview.judgedOnly.count })
    }

    @Test func movesAreRealChangesNewestFirst() {
        #expect(!overview.improved.isEmpty && !overview.declined.isEmpty)
        #expect(overview.improved.allSatisfy { $0.to.rank > $0.from.rank })
        #expect(overview.declined.allSatisfy { $0.to.rank < $0.from.rank })
        #expect(zip(overview.improved, overview.improved.dropFirst()).allSatisfy { $0.date >= $1.date })
    }

    /// The councils inspected under the 2026 rules have their own section on A4: each by name,
    /// with its judgements in words as the squares' alternative text.
    @Test func reformedCouncilsHaveTheirOwnSection() throws {
        let frame = try RenderFixtures.renderer.layoutOverview(overview, source: nil, measurer: try TextEngine())
        #expect(overview.judgedOnly.count == 11)
        #expect(frame.regions.contains { $0.name == "reformed" })
        let text = frame.texts.joined(separator: " ")
        for c in overview.judgedOnly { #expect(text.contains(c.council), "\(c.council)") }
        #expect(text.contains("INSPECTED UNDER THE 2026 RULES"))
    }

    @Test func pageFitsWithoutCollisions() throws {
        let renderer = RenderFixtures.renderer
        let frame = try renderer.layoutOverview(overview, source: nil, measurer: try TextEngine())
        #expect(frame.itemsOutside(renderer.theme.contentBox(for: .a4)).isEmpty)
        #expect(frame.overlappingContent().isEmpty, "\(frame.overlappingContent().map { "\($0.0.rect) ~ \($0.1.rect)" })")
        #expect(frame.overlappingRegions().isEmpty)
        let letter = try renderer.layoutOverview(overview, source: nil, paper: .letter, measurer: try TextEngine())
        #expect(letter.itemsOutside(renderer.theme.contentBox(for: .letter)).isEmpty)
    }
}
