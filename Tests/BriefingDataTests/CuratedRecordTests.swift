import BriefTestSupport
import BriefingModel
import Foundation
import Testing

@testable import BriefingData

@Suite struct CuratedRecordTests {
    let store: CouncilStore

    init() throws {
        store = try CouncilStore.load(folder: TestPaths.data)
    }

    @Test func fiveCuratedCouncils() {
        #expect(store.councils.map(\.slug).sorted() == TestPaths.curated.sorted())
    }

    @Test(arguments: TestPaths.curated)
    func everyRecordValidates(_ slug: String) throws {
        let (council, issues) = try RecordLoader.check(path: TestPaths.data + "/\(slug).yaml")
        #expect(council != nil)
        #expect(issues.isEmpty, "\(issues)")
    }

    /// Every quote is the article's words to the letter, and every source names a seed that exists.
    @Test(arguments: TestPaths.curated)
    func quotesAreVerbatimFromTheirSeed(_ slug: String) throws {
        let c = try #require(store.find(slug))
        #expect(!c.quotes.isEmpty)
        for q in c.quotes {
            let source = try #require(c.source(q.source))
            let seed = try #require(source.seedFile)
            let text = try String(contentsOfFile: TestPaths.seeds + "/" + seed, encoding: .utf8)
            #expect(text.contains(q.text), "quote not in \(seed): \(q.text.prefix(60))")
        }
    }

    @Test(arguments: TestPaths.curated)
    func headlinesAreTheSeedsFirstLine(_ slug: String) throws {
        let c = try #require(store.find(slug))
        for s in c.sources {
            let text = try String(contentsOfFile: TestPaths.seeds + "/" + (s.seedFile ?? ""), encoding: .utf8)
            #expect(text.split(separator: "\n").first.map(String.init) == s.headline)
        }
    }

    @Test func wakefieldFacts() throws {
        let c = try #require(store.find("wakefield"))
        let graded = c.gradedInspections.map { ($0.date?.year, $0.grade) }
        #expect(graded.map(\.0) == [2016, 2018])
        #expect(graded.map(\.1) == [.requiresImprovement, .inadequate])
        let visit = try #require(c.inspections.first { $0.kind == .focusedVisit })
        #expect(visit.date?.year == 2018 && visit.date?.month == 2)
        #expect(visit.date?.isInferred == true, "the article says 'February' without a year")
        #expect(visit.grade == nil)
        #expect(Set(c.funding.map(\.amount)) == [1_000_000, 3_500_000])
        #expect(c.rating?.direction == .declined)
        #expect(c.quotes.contains { $0.speaker == "Peter Box" && $0.voice == .council })
        #expect(c.quotes.contains { $0.voice == .inspectors })
    }

    @Test func otherCouncilsLatestGrades() throws {
        let expected: [String: Grade] = [
            "st-helens": .requiresImprovement, "reading": .inadequate, "wokingham": .requiresImprovement, "sandwell": .inadequate,
        ]
        for (slug, grade) in expected {
            #expect(store.find(slug)?.rating?.grade == grade, "\(slug)")
        }
        // No region, ONS code or council type: the articles do not state them.
        #expect(store.councils.allSatisfy { $0.region == nil && $0.onsCode == nil && $0.councilType == nil })
    }
}

@Suite struct CouncilLookupTests {
    let store: CouncilStore

    init() throws {
        store = try CouncilStore.load(folder: TestPaths.data)
    }

    @Test(arguments: ["St Helens", "st-helens", "sthelens", "ST HELENS", "St. Helens", " st helens "])
    func findsLoosely(_ query: String) {
        #expect(store.find(query)?.slug == "st-helens")
    }

    @Test func suggestsTheNearestSlug() {
        #expect(store.find("wakefeld") == nil)
        #expect(store.suggestion(for: "wakefeld") == "wakefield")
        #expect(store.suggestion(for: "redding") == "reading")
        #expect(store.suggestion(for: "manchester") == nil)
    }
}
