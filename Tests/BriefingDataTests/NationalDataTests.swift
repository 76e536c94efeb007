import BriefTestSupport
import BriefingModel
import Foundation
import Testing

@testable import BriefingData

/// What the CSV says, read independently of the loader (Python's csv module), to check against.
struct CSVTruth {
    /// Per URN: the latest graded row's grade and start year, and every inspection year.
    var latest: [String: (grade: String, year: Int)] = [:]
    var years: [String: Set<Int>] = [:]

    init() throws {
        let r = try run("python3", [TestPaths.support + "/inspections_by_urn.py", TestPaths.ofsted + "/inspections.csv"])
        let json = try JSONSerialization.jsonObject(with: r.stdout) as? [String: [[String]]] ?? [:]
        let grades: Set<String> = ["outstanding", "good", "requires improvement", "inadequate", "adequate"]
        for (urn, rows) in json {
            var ys = Set<Int>()
            for row in rows {
                // The inspection's year: ISO start date, else the year in the dates text, else publication.
                let year = Int(row[2].prefix(4)) ?? InspectionDates.start(of: row[3])?.year ?? Int(row[4].prefix(4))!
                ys.insert(year)
            }
            years[urn] = ys
            let graded = rows.filter { grades.contains($0[1]) }.sorted { $0[4] < $1[4] }
            if let last = graded.last {
                latest[urn] = (
                    last[1], Int(last[2].prefix(4)) ?? InspectionDates.start(of: last[3])?.year ?? Int(last[4].prefix(4))!
                )
            }
        }
    }
}

@Suite struct NationalDataTests {
    let national: NationalDataset
    let truth: CSVTruth

    init() throws {
        national = try NationalDataset.load(folder: TestPaths.ofsted)
        truth = try CSVTruth()
    }

    @Test func allCouncilsThatRunChildrensServices() {
        #expect(national.councils.count == 153)
        #expect(Set(national.councils.map(\.slug)).count == 153, "slugs are unique")
        #expect(national.councils.allSatisfy { $0.region != nil && $0.onsCode != nil })
        #expect(
            national.councils.allSatisfy { $0.neighbours.count == 10 },
            "\(national.councils.filter { $0.neighbours.count != 10 }.map(\.slug))")
    }

    @Test func latestGradeIsTheCSVsLatestGradedRow() throws {
        for c in national.councils {
            let urn = try #require(c.urn)
            #expect(c.rating?.grade.rawValue == truth.latest[urn]?.grade, "\(c.slug)")
        }
    }

    @Test func everyInspectionYearIsKept() throws {
        for c in national.councils {
            let years = Set(c.inspections.compactMap { $0.date?.year })
            #expect(years == truth.years[try #require(c.urn)], "\(c.slug)")
        }
    }

    @Test func oddValuesAreNamedNotGuessed() throws {
        let blackpool = try #require(national.councils.first { $0.slug == "blackpool" })
        let reform = try #require(blackpool.inspections.first { $0.date?.year == 2026 })
        #expect(reform.grade == nil)
        #expect(reform.gradeNote?.contains("stopped giving one in 2026") == true)
        #expect(reform.judgements.contains { $0.area == "impact of leaders" && $0.grade == .outstanding })
        let unreadable = try #require(blackpool.inspections.first { $0.date?.year == 2012 })
        #expect(unreadable.grade == nil && unreadable.date?.isInferred == true)
        let surrey = try #require(national.councils.first { $0.slug == "surrey" })
        #expect(surrey.inspections.contains { $0.framework == "LSCB review only" && $0.grade == nil })
    }

    /// "(inferred)" only where no source states the date: a row with no dates of its own takes
    /// the dates its report's text states, and numeric dates in the dates text are read in full.
    @Test func datesAreStatedWhereAnySourceStatesThem() throws {
        func inspection(_ slug: String, published: String) throws -> Inspection {
            let c = try #require(national.councils.first { $0.slug == slug })
            return try #require(c.inspections.first { $0.published?.iso == published })
        }
        let redbridge = try inspection("redbridge", published: "2016-11-25")
        #expect(redbridge.date?.iso == "2016-09-12" && redbridge.date?.isInferred == false)
        #expect(try inspection("stoke-on-trent", published: "2015-08-12").date?.iso == "2015-06-01")
        for (slug, published) in [("brighton-and-hove", "2024-05-16"), ("nottingham", "2022-09-05")] {
            let x = try inspection(slug, published: published)
            let date = try #require(x.date)
            #expect(!date.isInferred && date.precision == .day, "\(slug)")
            let urn = try #require(national.councils.first { $0.slug == slug }?.urn)
            let report = try #require(national.reports.textPath(.init(urn: urn, published: published)))
            let stated = ReportExtractor.extract(text: try String(contentsOfFile: report, encoding: .utf8)).inspectionStartDate
            #expect(date.iso == stated, "\(slug)")
        }
        // Every inference left is for a report that is missing or states no dates.
        for c in national.councils {
            for x in c.inspections where x.date?.isInferred == true {
                let path = x.published.flatMap { national.reports.textPath(.init(urn: c.urn ?? "", published: $0.iso)) }
                let text = path.flatMap { try? String(contentsOfFile: $0, encoding: .utf8) }
                #expect(
                    text.map { ReportExtractor.extract(text: $0).inspectionStartDate == nil } ?? true,
                    "\(c.slug) \(x.published?.iso ?? "")")
            }
        }
    }

    @Test func namesAndSlugs() {
        #expect(NationalDataset.slug("St. Helens") == "st-helens")
        #expect(NationalDataset.slug("Bournemouth, Christchurch and Poole") == "bournemouth-christchurch-and-poole")
        #expect(NationalDataset.displayName("Bristol, City of") == "Bristol")
    }

    @Test(arguments: [
        ("29 April – 22 May 2014", "2014-04-29"), ("6 to 30 July 2015", "2015-07-06"), ("9–24 November 2017", "2017-11-09"),
        ("18 Feb 2014 – 12 March 2014", "2014-02-18"), ("28 July 2016", "2016-07-28"), ("no date at all", ""),
        // Made-up numeric forms, day first as Ofsted writes them; an impossible day is not read as one.
        ("12/09/2016 to 06/10/2016", "2016-09-12"), ("1/06/2015 – 25/06/2015", "2015-06-01"), ("3/2/2021", "2021-02-03"),
        ("31/02/2019 – 4/03/2019", "2019-03-04"), ("1/2/19", ""),
    ])
    func datesFromText(_ text: String, _ iso: String) {
        #expect((InspectionDates.start(of: text)?.iso ?? "") == iso)
    }

    @Test func csvQuotingAndByteOrderMark() throws {
        let t = try CSVTable(text: "\u{FEFF}a,b,c\r\n1,\"x, \"\"y\"\"\",3\n4,\"multi\nline\"\n", file: "t.csv")
        #expect(t.header == ["a", "b", "c"])
        #expect(t.rows == [["1", "x, \"y\"", "3"], ["4", "multi\nline", ""]])
        #expect(t.lines == [2, 3])
        #expect(throws: DataError.self) { try CSVTable(text: "a\n\"open", file: "t.csv") }
    }

    @Test func missingFolderIsOneSentence() {
        #expect(throws: DataError.self) { try NationalDataset.load(folder: "/nonexistent") }
    }
}

@Suite struct MergeTests {
    @Test func nationalDataWinsAndCuratedFactsStay() throws {
        let curated = try CouncilStore.load(folder: TestPaths.data)
        let (store, disagreements) = CouncilStore.merged(
            curated: curated, national: try NationalDataset.load(folder: TestPaths.ofsted))
        #expect(store.councils.count == 153)
        let w = try #require(store.find("wakefield"))
        let years = w.inspections.filter { $0.kind == .fullInspection }.compactMap { $0.date?.year }.sorted()
        #expect(years == [2016, 2018, 2021, 2025])
        #expect(w.inspections.contains { $0.kind == .focusedVisit && $0.date?.month == 2 && $0.date?.year == 2018 })
        #expect(w.rating?.grade == .good)
        #expect(w.funding.map(\.amount).sorted() == [1_000_000, 3_500_000])
        #expect(w.quotes.contains { $0.speaker == "Peter Box" && $0.date?.year == 2018 })
        #expect(w.region == "Yorkshire and the Humber")
        #expect(store.find("St. Helens")?.name == "St Helens")
        // Sandwell's curated inadequate has no date: reported, and the national data used.
        #expect(disagreements.map(\.slug) == ["sandwell"])
    }

    @Test func gradeDisagreementIsReported() throws {
        var curated = try CouncilStore.load(folder: TestPaths.data).councils
        let i = try #require(curated.firstIndex { $0.slug == "wakefield" })
        curated[i].inspections[0].grade = .outstanding  // made up: the 2016 inspection was requires improvement
        let (_, found) = CouncilStore.merged(
            curated: CouncilStore(councils: curated), national: try NationalDataset.load(folder: TestPaths.ofsted))
        #expect(
            found.contains {
                $0.slug == "wakefield"
                    && $0.message.contains("'outstanding' in 2016 disagrees with the national data's 'requires improvement'")
            })
    }

    @Test func briefingCarriesNeighboursAndTheNationalLine() throws {
        let (store, _) = CouncilStore.merged(
            curated: try CouncilStore.load(folder: TestPaths.data), national: try NationalDataset.load(folder: TestPaths.ofsted))
        let b = BriefingAssembler(store: store).briefing(for: try #require(store.find("wakefield")))
        #expect(b.neighbours.count == 10)
        #expect(b.neighbours.first?.name == "Dudley")
        let standing = try #require(b.national)
        let grades = store.councils.compactMap { $0.latestInspection?.grade }
        #expect(standing.grade == b.council.rating?.grade)
        #expect(standing.graded == grades.count)
        #expect(standing.sharing == grades.filter { $0 == standing.grade }.count)
        #expect(standing.counts.map(\.grade) == [.outstanding, .good, .requiresImprovement, .inadequate])
        #expect(standing.counts.first { $0.grade == .good }?.count == grades.filter { $0 == .good }.count)
        #expect(standing.judgedOnly == store.councils.filter { $0.latestInspection.map { $0.grade == nil } == true }.count)
        // A council inspected under the 2026 rules stands by its judgements, not an older grade.
        let trafford = BriefingAssembler(store: store).briefing(for: try #require(store.find("trafford")))
        #expect(trafford.national?.grade == nil && trafford.national?.judgedOnly == 11)
        #expect(trafford.council.rating?.grade == .requiresImprovement)  // history, not the headline
    }
}
