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
