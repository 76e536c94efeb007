import Testing

@testable import BriefingModel

/// SOURCE_DATE_EPOCH as the one document date, and a council's national standing as counts.
@Suite struct DocumentDateTests {
    @Test func sourceDateEpochIsReadAsSecondsSince1970() throws {
        let d = try #require(try DocumentDate.sourceDateEpoch(in: ["SOURCE_DATE_EPOCH": "1531785600"]))
        #expect(d.timestamp == "2018-07-17T00:00:00Z")
        #expect(d.date.timeIntervalSince1970 == 1_531_785_600)
    }

    @Test func unsetOrEmptyMeansNoFixedDate() throws {
        #expect(try DocumentDate.sourceDateEpoch(in: [:]) == nil)
        #expect(try DocumentDate.sourceDateEpoch(in: ["SOURCE_DATE_EPOCH": ""]) == nil)
    }

    @Test(arguments: ["yesterday", "-1", "1.5", "12abc"])
    func anythingElseIsRefusedInWords(_ raw: String) {
        #expect(throws: ModelError.sourceDateEpoch(raw)) { try DocumentDate.sourceDateEpoch(in: ["SOURCE_DATE_EPOCH": raw]) }
        #expect(
            ModelError.sourceDateEpoch(raw).description == "SOURCE_DATE_EPOCH '\(raw)' is not a number of seconds since 1970.")
    }

    @Test func nationalStandingCountsEachCurrentGrade() {
        let grades: [Grade] = [.good, .good, .inadequate, .outstanding, .adequate, .good]
        let s = NationalStanding(grade: .good, among: grades)
        #expect(s.sharing == 3)
        #expect(s.graded == 6)
        #expect(s.counts.map(\.grade) == [.outstanding, .good, .requiresImprovement, .inadequate])
        #expect(s.counts.map(\.count) == [1, 3, 0, 1])
    }
}

/// One era per page: facts older than the latest inspection stay off it.
@Suite struct EraTests {
    static func council() -> Council {
        // Made up: an article from 2018 and one from 2025 about an inspection in March 2025.
        var c = Council(slug: "x", name: "X")
        c.sources = [
            Source(id: "old", publisher: "P", headline: "H", date: FactDate(iso: "2018-07-01")),
            Source(id: "new", publisher: "P", headline: "H", date: FactDate(iso: "2025-04-02")),
            Source(id: "undated", publisher: "P", headline: "H", date: nil),
        ]
        c.inspections = [Inspection(kind: .fullInspection, date: FactDate(iso: "2025-03-24"), grade: .good, source: "new")]
        c.quotes = [
            Quote(text: "Old words.", voice: .council, role: "Leader", date: FactDate(iso: "2018-07"), source: "old"),
            Quote(text: "Same month.", voice: .council, role: "Leader", date: FactDate(iso: "2025-03"), source: "new"),
            Quote(text: "Dated by its source.", voice: .council, role: "Leader", date: nil, source: "new"),
            Quote(text: "Cannot be placed.", voice: .council, role: "Leader", date: nil, source: "undated"),
        ]
        return c
    }

    @Test func onlyFactsOnOrAfterTheLatestInspectionReachThePage() {
        let c = Self.council()
        #expect(c.inEra.quotes.map(\.text) == ["Same month.", "Dated by its source."])
        #expect(c.outOfEra.map(\.index) == [0, 3])
        #expect(c.outOfEra.first?.description.contains("dated July 2018") == true)
    }

    /// A source whose facts all stay off the page is not listed on it: Sandwell's 2017 article
    /// was named in its 2025 page's sources although nothing on the page came from it.
    @Test func onlySourcesOfTheFactsShownAreListed() {
        #expect(Self.council().inEra.sources.map(\.id) == ["new"])
        var c = Self.council()
        c.inspections.append(Inspection(kind: .focusedVisit, date: FactDate(iso: "2018-02"), source: "old"))
        #expect(c.inEra.sources.map(\.id) == ["old", "new"], "an inspection on the timeline cites it")
    }

    @Test func datesCompareAtTheCoarserPrecision() throws {
        let start = try #require(FactDate(iso: "2025-03-24"))
        #expect(try #require(FactDate(iso: "2025-03")).isOnOrAfter(start))
        #expect(try #require(FactDate(iso: "2025")).isOnOrAfter(start))
        #expect(!(try #require(FactDate(iso: "2025-02-28")).isOnOrAfter(start)))
        #expect(!(try #require(FactDate(iso: "2024")).isOnOrAfter(start)))
    }
}

/// The latest inspection rule on a made-up council: an inspection with judgements and no overall
/// grade leads, and each judgement moves against the same one before.
@Suite struct LatestInspectionTests {
    @Test func aJudgementsOnlyInspectionLeadsAndOlderGradesAreHistory() throws {
        func j(_ area: String, _ g: Grade) -> Judgement { Judgement(area: area, grade: g) }
        var c = Council(slug: "x", name: "X")
        c.inspections = [
            Inspection(
                kind: .fullInspection, date: FactDate(iso: "2022-11-21"), grade: .requiresImprovement,
                judgements: [j("impact of leaders", .good), j("children in care", .requiresImprovement)], source: "s"),
            Inspection(
                kind: .fullInspection, date: FactDate(iso: "2026-06-08"),
                judgements: [j("impact of leaders", .inadequate), j("children in care", .good), j("care leavers", .good)],
                source: "s"),
            Inspection(kind: .fullInspection, date: FactDate(iso: "2027-01-01"), source: "s"),  // unreadable: never leads
        ]
        let latest = try #require(c.latestInspection)
        #expect(latest.grade == nil && latest.inspection.date?.iso == "2026-06-08")
        #expect(c.rating?.grade == .requiresImprovement)  // the older grade, as history
        #expect(latest.moves.map(\.direction) == [.declined, .improved, nil])
        #expect(latest.moves[2].withChildrenInCare == .requiresImprovement)
    }
}
