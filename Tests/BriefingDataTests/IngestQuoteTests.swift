import BriefingModel
import Foundation
import Testing

@testable import BriefingData

/// The attribution patterns of news writing, on made-up sentences (every council, name and
/// quote here is invented; "Eastmarsh" is no real council).
@Suite struct IngestQuoteTests {
    static let known = [CouncilMatcher.Known(slug: "eastmarsh", name: "Eastmarsh")]

    /// The draft made from `paragraphs`, a made-up article about Eastmarsh.
    static func draft(_ paragraphs: [String]) throws -> IngestDraft {
        let text = (["Eastmarsh council told to improve children’s services after Ofsted visit"] + paragraphs)
            .joined(separator: "\n\n")
        return try IngestDraft.make(data: Data(text.utf8), file: "made-up.txt", known: known)
    }

    static func quotes(_ paragraphs: [String]) throws -> [Quote] { try draft(paragraphs).quotes.map(\.fact) }

    @Test func nameAndRoleThenSaidColon() throws {
        let q = try Self.quotes([
            "Jane Doe, leader of the council, said: “We will fix this. Children in Eastmarsh deserve far better.”"
        ])
        #expect(q.map(\.text) == ["We will fix this. Children in Eastmarsh deserve far better."])
        #expect(q.first?.speaker == "Jane Doe" && q.first?.role == "leader of the council" && q.first?.voice == .council)
    }

    @Test func saidNameAfterTheQuoteAndSurnameLater() throws {
        let q = try Self.quotes([
            "“We have listened to our staff and we are acting on what they told us,” said Tom Hart, the council’s director of children’s services.",
            "“Every team will have a permanent manager by March,” Hart said.",
        ])
        #expect(
            q.map(\.text) == [
                "We have listened to our staff and we are acting on what they told us",
                "Every team will have a permanent manager by March",
            ])
        #expect(q.allSatisfy { $0.speaker == "Tom Hart" && $0.role == "director of children’s services" })
    }

    @Test func saysASurnameThenItsRole() throws {
        let q = try Self.quotes([
            "Tom Hart has a habit of answering a question with another question.",
            "“We knew what was wrong before the inspectors told us,” says Hart, who has been the council’s director of children’s services since 2021.",
        ])
        #expect(
            q.first?.speaker == "Tom Hart" && q.first?.role == "director of children’s services" && q.first?.voice == .council)
    }

    @Test func sheAddedIsThePersonNamedLast() throws {
        let q = try Self.quotes([
            "Priya Shah, cabinet member for children’s services, said the council accepted the findings in full.",
            "She added: “We accept every recommendation in the report and will publish a plan.”",
        ])
        #expect(q.first?.speaker == "Priya Shah" && q.first?.role == "cabinet member for children’s services")
    }

    @Test func aQuoteContinuedOverParagraphsIsOne() throws {
        let q = try Self.quotes([
            "Priya Shah, cabinet member for children’s services, said the council accepted the findings.",
            "“We know we have let families down. That ends now.",
            "“Every child will have a named social worker by the summer,” she said.",
        ])
        #expect(
            q.map(\.text) == [
                "We know we have let families down. That ends now. Every child will have a named social worker by the summer"
            ])
        #expect(q.first?.speaker == "Priya Shah")
    }

    @Test func straightAndSingleMarks() throws {
        let q = try Self.quotes([
            "\"We are determined to improve for every family,\" said Jane Doe, leader of the council.",
            "‘Our social workers’ time matters more than any form we ask them to fill in,’ she said.",
            "'We didn't get this right for children and we are sorry,' Doe said.",
        ])
        #expect(
            q.map(\.text) == [
                "We are determined to improve for every family",
                "Our social workers’ time matters more than any form we ask them to fill in",
                "We didn't get this right for children and we are sorry",
            ])
        #expect(q.allSatisfy { $0.speaker == "Jane Doe" })
    }

    @Test func inspectorsAnInterruptedQuoteAndWhatFollows() throws {
        let q = try Self.quotes([
            "“The service is safer now than a year ago,” inspectors said. “Leaders know their service well.”",
            "It added: “Managers do not always check that plans are followed.”",
            "“Some children wait too long for help when risks increase.”",
        ])
        #expect(q.count == 4)
        #expect(q.allSatisfy { $0.voice == .inspectors && $0.speaker == nil && $0.role == "Ofsted report" })
        #expect(q.map(\.text).first == "The service is safer now than a year ago")
    }

    @Test func fragmentsAndHeadingsAreNotQuotes() throws {
        let q = try Self.quotes([
            "‘Let down’",
            "Inspectors described the service as “fragile” and found ‘serious weaknesses in practice’ across teams.",
            "The council said it had “listened carefully to families” before making changes.",
        ])
        #expect(q.isEmpty)
    }

    @Test func someoneNeitherOfstedNorTheCouncilIsLeftOut() throws {
        let d = try Self.draft([
            "“Staff are exhausted and nobody is listening to them,” said Sam Lee, a Unison representative."
        ])
        #expect(d.quotes.isEmpty)
        #expect(d.skipped.contains { $0.contains("Sam Lee") && $0.contains("not Ofsted or the council") })
    }

    @Test func anOfficeNamedEarlierAndASpeakerOnALineOfTheirOwn() throws {
        let q = try Self.quotes([
            "Officers present: Ana Cruz (Director of Children’s Services).",
            "The Director of Children’s Services told the committee: “The budget is realistic but the risks are high.”",
            "Councillor Jo Bright, Leader of Eastmarsh Council, said:",
            "“We are putting children first in this budget, whatever it costs us elsewhere.”",
        ])
        #expect(q.map(\.speaker) == ["Ana Cruz", "Councillor Jo Bright"])
        #expect(q.last?.role == "leader of Eastmarsh Council")
    }

    @Test func leadersAreTheCouncilsPeopleWithAnOffice() throws {
        let d = try Self.draft([
            "Jane Doe, leader of the council, said the report was fair.",
            "Council leader Jane Doe and the chief executive, Omar Reid, met inspectors on Monday.",
            "Sam Lee, a Unison representative, said staff were tired.",
        ])
        #expect(d.leaders.map(\.fact.name) == ["Jane Doe", "Omar Reid"])
        #expect(d.leaders.map(\.fact.role) == ["leader of the council", "chief executive"])
        #expect(IngestEvidence.unfounded(in: d).isEmpty)
    }
}
