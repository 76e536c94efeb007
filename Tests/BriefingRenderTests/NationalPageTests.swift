import BriefTestSupport
import BriefingData
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
            let (frame, _) = try renderer.layout(Self.store.briefing(for: council))
            #expect(frame.itemsOutside(box).isEmpty, "\(council.slug): \(frame.itemsOutside(box).map(\.rect))")
            #expect(
                frame.overlappingContent().isEmpty,
                "\(council.slug): \(frame.overlappingContent().map { "\($0.0.rect) ~ \($0.1.rect)" })")
            #expect(frame.overlappingRegions().isEmpty, "\(council.slug)")
            #expect(frame.regions.contains { $0.name == "neighbours" }, "\(council.slug)")
        }
    }

    @Test func wakefieldWithNationalData() throws {
        let w = try #require(Self.store.find("wakefield"))
        let (frame, _) = try RenderFixtures.renderer.layout(Self.store.briefing(for: w))
        let text = frame.texts.joined(separator: " ")
        for fact in [
            "2016", "2018", "2021", "2025", "Focused visit", "Feb 2018", "Good", "Unchanged: good in 8 November 2021 too", "£1m",
            "£3.5m", "Peter Box",
        ] {
            #expect(text.contains(fact), "missing: \(fact)")
        }
    }
}
