import BriefingModel
import Foundation
import Testing

@testable import BriefingData

/// What ingest refuses, how it reads HTML and Markdown, and which council a text is about, on
/// made-up text (the councils named are real; every sentence about them is invented).
@Suite struct IngestInputTests {
    static let english = Array(repeating: "The council said the report was fair and it would act on every finding.", count: 3)
        .joined(separator: " ")

    @Test func emptyBinaryShortAndForeignTextAreRefused() {
        #expect(throws: IngestError.Reason.empty) { try ArticleText.read(Data()) }
        #expect(throws: IngestError.Reason.empty) { try ArticleText.read(Data(" \n\n\t\n".utf8)) }
        #expect(throws: IngestError.Reason.binary) { try ArticleText.read(Data([0x25, 0x50, 0x00, 0xFF, 0x13])) }
        #expect(throws: IngestError.Reason.binary) { try ArticleText.read(Data([0x54, 0x68, 0xC3, 0x28, 0x65])) }
        #expect(throws: IngestError.Reason.tooShort(words: 3)) { try ArticleText.read(Data("Wakefield council said.".utf8)) }
        let french =
            "Le conseil municipal a annoncé que les services pour les enfants seront améliorés dès le mois prochain grâce à une nouvelle équipe."
        #expect {
            try ArticleText.read(Data(french.utf8))
        } throws: { error in
            guard case .notEnglish = error as? IngestError.Reason else { return false }
            return true
        }
        #expect(throws: Never.self) { try ArticleText.read(Data(Self.english.utf8)) }
    }

    @Test func htmlParagraphsEntitiesAndWhatTheHeadSays() throws {
        let html = """
            <!doctype html><html><head><title>Council acts | Fixture Gazette</title>
            <meta property="og:site_name" content="Fixture Gazette">
            <meta property="article:published_time" content="2025-03-14T09:00:00Z">
            <script>var x = "“Not a quote,” said nobody.";</script></head>
            <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <p>The council&rsquo;s leader said the report was &ldquo;fair&rdquo; and that &pound;2m would follow.</p>
            <p>\(Self.english)</p>
            <footer>&copy; Fixture Gazette</footer></body></html>
            """
        let a = try ArticleText.read(Data(html.utf8))
        #expect(a.body.map(\.text).first == "The council’s leader said the report was “fair” and that £2m would follow.")
        #expect(a.body.first?.line == 6)
        #expect(!a.body.contains { $0.text.contains("Home") || $0.text.contains("nobody") })
        let facts = SourceFacts(a)
        #expect(facts.headline.0 == "Council acts" && facts.publisher?.0 == "Fixture Gazette")
        #expect(facts.date?.0 == FactDate(year: 2025, month: 3, day: 14))
    }

    @Test func markdownAndReaderComments() throws {
        let text = """
            <!-- made up -->
            # Council acts on report

            \(Self.english)

            More from Fixture Weekly

            3 Responses to Council acts on report

              1. A reader March 4, 2025 at 9:12 am #
            """
        let a = try ArticleText.read(Data(text.utf8))
        #expect(a.body.first == ArticleText.Paragraph(text: "Council acts on report", line: 2, heading: true))
        let facts = SourceFacts(a)
        #expect(facts.publisher?.0 == "Fixture Weekly")
        #expect(facts.date?.0.year == 2025 && facts.date?.0.month == 3 && facts.date?.0.inferred != nil)
    }

    static let councils = [
        ("reading", "Reading"), ("wakefield", "Wakefield"), ("york", "York"), ("manchester", "Manchester"),
        ("sutton", "Sutton"), ("kingston-upon-hull", "Kingston Upon Hull"), ("bcp", "Bournemouth, Christchurch and Poole"),
        ("bedford", "Bedford Borough"), ("durham", "Durham"), ("trafford", "Trafford"), ("salford", "Salford"),
    ].map { CouncilMatcher.Known(slug: $0.0, name: $0.1) }

    static func match(_ headline: String, _ body: [String]) -> Result<String, IngestError.Reason> {
        CouncilMatcher(councils).match(headline: headline, paragraphs: body)
    }

    @Test(arguments: [
        ("Reading the report, inspectors praised staff in Wakefield.", "wakefield"),
        ("Inspectors visited Reading Borough Council in May.", "reading"),
        ("Services in Reading were found to be improving.", "reading"),
        ("A delegation from New York visited the council in York.", "york"),
        ("Greater Manchester mayors met; Manchester City Council was praised.", "manchester"),
        ("Hull’s children’s services were rated good.", "kingston-upon-hull"),
        ("BCP Council set out its plan.", "bcp"),
        ("Bedford council’s services improved.", "bedford"),
        ("In County Durham, leaders welcomed the report.", "durham"),
        ("WAKEFIELD COUNCIL SAYS SORRY", "wakefield"),
    ])
    func councilNamedInText(_ sentence: String, _ slug: String) {
        #expect(Self.match("Council praised", [sentence]) == .success(slug))
    }

    @Test func notACouncilNoneAndTwoAlike() {
        #expect(Self.match("Sutton Coldfield school praised", ["Pupils in Sutton Coldfield did well."]) == .failure(.noCouncil))
        #expect(Self.match("Children’s services praised", ["Inspectors praised the service."]) == .failure(.noCouncil))
        #expect(
            Self.match("Joint service", ["Trafford and Salford will share a team.", "Salford and Trafford agreed."])
                == .failure(.severalCouncils(["Salford (2)", "Trafford (2)"])))
        // The headline counts three times: one council named there and once more wins over a neighbour named once.
        #expect(
            Self.match("Trafford rated good", ["Trafford’s staff were praised.", "Salford was mentioned."])
                == .success("trafford"))
    }
}
