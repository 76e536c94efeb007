import Foundation
import Testing

@testable import BriefingModel

/// A made-up council shaped like Wakefield's record, for model tests.
func sampleCouncil() -> Council {
    Council(
        slug: "sample", name: "Sample",
        inspections: [
            Inspection(kind: .fullInspection, date: FactDate(year: 2018, inferred: "test"), grade: .inadequate, source: "a"),
            Inspection(kind: .focusedVisit, date: FactDate(year: 2018, month: 2), source: "a"),
            Inspection(kind: .fullInspection, date: FactDate(year: 2016), grade: .requiresImprovement, source: "a"),
        ],
        quotes: [Quote(text: "Words.", voice: .council, speaker: "A Person", role: "leader", date: nil, source: "a")],
        funding: [FundingLine(label: "Package", amount: 1_000_000, recurrence: .oneOff, date: nil, source: "a")],
        sources: [Source(id: "a", publisher: "Press", headline: "Headline", date: FactDate(year: 2018, month: 7))])
}

@Suite struct CouncilTests {
    @Test func chronologyPutsYearOnlyDateAfterEarlierMonth() {
        let kinds = sampleCouncil().chronology.map(\.kind)
        #expect(kinds == [.fullInspection, .focusedVisit, .fullInspection])
        #expect(sampleCouncil().chronology.last?.grade == .inadequate)
    }

    @Test func ratingIsLatestGradedWithDirection() throws {
        let rating = try #require(sampleCouncil().rating)
        #expect(rating.grade == .inadequate)
        #expect(rating.previousGrade == .requiresImprovement)
        #expect(rating.direction == .declined)
    }

    @Test func noGradedInspectionMeansNoRating() {
        var c = sampleCouncil()
        c.inspections = [Inspection(kind: .monitoringVisit, date: nil, source: "a")]
        #expect(c.rating == nil)
    }

    @Test func undatedVisitsComeLast() {
        var c = sampleCouncil()
        c.inspections.insert(Inspection(kind: .monitoringVisit, date: nil, source: "a"), at: 0)
        #expect(c.chronology.last?.kind == .monitoringVisit)
    }

    @Test func asOfIsNewestSourceDate() {
        #expect(Briefing.asOfDate(for: sampleCouncil()) == FactDate(year: 2018, month: 7))
        var c = sampleCouncil()
        c.sources[0].date = nil
        #expect(Briefing.asOfDate(for: c) == nil)
    }

    @Test func validRecordHasNoIssues() {
        #expect(sampleCouncil().validate().isEmpty)
    }

    @Test func validationNamesFieldAndValue() {
        var c = sampleCouncil()
        c.quotes[0].source = "nowhere"
        c.funding[0].amount = -5
        c.inspections[1].grade = .good
        c.slug = "Bad Slug"
        let fields = Set(c.validate().map(\.field))
        #expect(fields == ["quotes[0].source", "funding[0].amount", "inspections[1].grade", "slug"])
        let amount = c.validate().first { $0.field == "funding[0].amount" }
        #expect(amount?.message.contains("'-5'") == true)
    }

    @Test func codableRoundTrip() throws {
        let c = sampleCouncil()
        let data = try JSONEncoder().encode(c)
        let back = try JSONDecoder().decode(Council.self, from: data)
        #expect(back == c)
        #expect(String(decoding: data, as: UTF8.self).contains("\"inferred\":\"test\""))
    }
}
