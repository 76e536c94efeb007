import BriefingModel
import Foundation
import Testing

@testable import BriefingData

/// Sums of money and what they are, on made-up sentences (every sum and council here is invented).
@Suite struct IngestMoneyTests {
    static func sums(_ text: String) -> [MoneyFinder.Sum] {
        MoneyFinder.sums(in: [ArticleText.Paragraph(text: text, line: 3)])
    }

    @Test(arguments: [
        ("The council has found £1 million for the service.", 1_000_000),
        ("The council has found £3.5m for the service.", 3_500_000),
        ("The council has found £1.64 million for the service.", 1_640_000),
        ("Town hall to pour SIX MILLION pound into care.", 6_000_000),
        ("Another half a million pounds will go to the service.", 500_000),
        ("Another two and a half million pounds will go to the service.", 2_500_000),
        ("The council has found £250,000 for the service.", 250_000),
        ("The council has found £400k for the service.", 400_000),
        ("The council has found 1.5 million pounds for the service.", 1_500_000),
    ])
    func amounts(_ sentence: String, _ pounds: Int) {
        #expect(Self.sums(sentence).map(\.amount) == [pounds])
        #expect(Self.sums(sentence).first?.notFunding == nil)
    }

    @Test(arguments: [
        ("The service’s base budget has been increased by £3.5 million, the council said.", FundingLine.Recurrence.recurring),
        ("It will receive an ongoing £500,000 for early help.", .recurring),
        ("The council will put an extra £2m a year into social work.", .recurring),
        ("A further £300,000 will be spent over the next year on recruitment.", .oneOff),
        ("It will take £200,000 from reserves to pay for the review.", .oneOff),
        ("A £1 million package of funding has been made available.", .oneOff),
        ("The council has found £750,000 for the service.", .notStated),
        ("It agreed ongoing growth of £4.2 million and a one-off allocation of £180,000.", .recurring),
    ])
    func recurrence(_ sentence: String, _ expected: FundingLine.Recurrence) {
        #expect(Self.sums(sentence).first?.recurrence == expected)
    }

    @Test func twoSumsInAClauseEachTakeTheWordsNextToThem() {
        let s = Self.sums("It agreed ongoing growth of £4.2 million and a one-off allocation of £180,000 from reserves.")
        #expect(s.map(\.recurrence) == [.recurring, .oneOff])
    }

    @Test(arguments: [
        "The department is forecasting an overspend of £4m this year.",
        "The council’s £300m budget was approved on Thursday.",
        "The council has a net revenue budget of about £290m.",
        "A £50m national fund is open to every council.",
        "The government’s £270m programme will be shared out later.",
        "Placements cost £7,500 a week for each child.",
        "The director is paid £150,000 a year.",
        "The post was advertised with a salary of up to £165,000.",
        "The council must find savings of £18m across all departments.",
        "The council needs to save £18m next year.",
    ])
    func notMoneyForTheService(_ sentence: String) {
        let s = Self.sums(sentence)
        #expect(s.count == 1)
        #expect(s.first?.notFunding != nil, "\(sentence)")
    }

    @Test func aChangeInAWholeBudgetIsNotFundingEither() {
        let s = Self.sums("The net revenue budget for 2026/27 is £286.4 million, an increase of £14.1 million on last year.")
        #expect(s.map(\.notFunding) == ["a whole budget", "a change in a whole budget"])
    }

    @Test func aSumRepeatedIsKeptOnceWhereItsRecurrenceIsStated() {
        let s = MoneyFinder.sums(in: [
            ArticleText.Paragraph(text: "£2m boost for children’s services", line: 1),
            ArticleText.Paragraph(text: "The council will add £2m a year to the service from April.", line: 5),
        ])
        #expect(s.count == 1)
        #expect(s.first?.recurrence == .recurring && s.first?.line == 5)
    }
}
