import Testing

@testable import BriefingModel

@Suite struct FactDateTests {
    @Test func parsesEachPrecision() throws {
        #expect(FactDate(iso: "2016")?.precision == .year)
        #expect(FactDate(iso: "2018-02")?.precision == .month)
        let day = try #require(FactDate(iso: "2018-06-04"))
        #expect(day.precision == .day)
        #expect((day.year, day.month, day.day) == (2018, 6, 4))
        #expect(day.iso == "2018-06-04")
    }

    @Test(arguments: ["", "18", "2018-13", "2018-02-30", "2018-6", "June 2018", "2018-02-03-04", "1066"])
    func rejectsNonDates(_ text: String) {
        #expect(FactDate(iso: text) == nil)
    }

    @Test func leapDay() {
        #expect(FactDate(iso: "2020-02-29") != nil)
        #expect(FactDate(iso: "2019-02-29") == nil)
    }

    @Test func yearOnlyDateSitsMidYear() throws {
        let year = try #require(FactDate(iso: "2018"))
        let february = try #require(FactDate(iso: "2018-02"))
        #expect(year.fractionalYear == 2018.5)
        #expect(february.fractionalYear < year.fractionalYear)
        #expect(february.fractionalYear > 2018.0)
    }

    @Test func formatsForPeople() throws {
        #expect(Format.date(try #require(FactDate(iso: "2018-02"))) == "February 2018")
        #expect(Format.date(try #require(FactDate(iso: "2018-06-04"))) == "4 June 2018")
        #expect(Format.shortDate(try #require(FactDate(iso: "2018-02"))) == "Feb 2018")
        #expect(Format.dateNoted(FactDate(year: 2018, month: 7, inferred: "comments")) == "July 2018 (inferred)")
        #expect(Format.dateNoted(nil) == "date not stated")
    }
}

@Suite struct FormatTests {
    @Test(arguments: [
        (1_000_000, "£1m"), (3_500_000, "£3.5m"), (250_000, "£250,000"), (1_234_567, "£1,234,567"),
        (12_250_000, "£12.25m"), (1_200_000_000, "£1.2bn"), (999, "£999"), (0, "£0"),
    ])
    func money(_ pounds: Int, _ expected: String) {
        #expect(Format.money(pounds) == expected)
    }
}

@Suite struct GradeTests {
    @Test func directionFollowsRank() {
        #expect(Direction(from: .requiresImprovement, to: .inadequate) == .declined)
        #expect(Direction(from: .inadequate, to: .good) == .improved)
        #expect(Direction(from: .good, to: .good) == .unchanged)
        #expect(Direction(from: .adequate, to: .requiresImprovement) == .unchanged)
    }

    @Test func wordsAreOfstedsWords() {
        #expect(Grade.requiresImprovement.words == "Requires improvement")
        #expect(Grade(rawValue: "requires improvement") == .requiresImprovement)
    }
}
