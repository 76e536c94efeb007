import BriefTestSupport
import BriefingModel
import Foundation
import Testing

@testable import BriefingMail

/// The mail merge: the bytes of each message, and what lands in a folder or an outbox.
@Suite struct MailMergeTests {
    let date = Date(timeIntervalSince1970: 1_531_785_600)
    let from = Address(email: "briefings@example.org", name: "Briefings")
    let adviser = Address(email: "adviser@example.org")
    let zoe = Address(email: "zoe@example.org", name: "Zoë Müller")
    let lead = Address(email: "lead@example.org")
    let wakefield = Briefing(council: Council(slug: "wakefield", name: "Wakefield"), asOf: nil)
    let stHelens = Briefing(council: Council(slug: "st-helens", name: "St Helens"), asOf: nil)

    struct RenderFailed: Error, Equatable {}

    func composer() throws -> MailComposer { try MailComposer(directory: TestPaths.templates + "/mail") }

    /// A stand-in for the PDF: a few bytes that name the council.
    static func fakePDF(_ b: Briefing) -> [UInt8] { Array("%PDF-fake \(b.council.slug)".utf8) }

    /// A stand-in for the HTML twin: the template's fragment inside a page that names the council.
    static func fakeHTML(_ b: Briefing, _ prelude: String) -> String { "<title>\(b.council.name)</title>\n" + prelude }

    func merge(date: Date? = nil, failingFor slug: String? = nil) throws -> MailMerge {
        MailMerge(
            composer: try composer(), from: from, cc: [adviser], date: date ?? self.date,
            render: { b in
                if b.council.slug == slug { throw RenderFailed() }
                return MailMerge.Rendered(pdf: Self.fakePDF(b), html: { Self.fakeHTML(b, $0) })
            })
    }

    /// The message as `brief mail` built it before the merge moved here.
    func byHand(_ b: Briefing, to people: [Address]) throws -> [UInt8] {
        let message = try composer().message(
            for: b, pdf: Self.fakePDF(b), from: from, to: people, cc: [adviser], subject: nil, date: date,
            recipientName: people.count == 1 ? people[0].name : nil, document: { Self.fakeHTML(b, $0) })
        return MIMEWriter(boundarySeed: MailComposer.fingerprint(message.messageID)).bytes(for: message)
    }

    @Test func messageHasTheBytesComposerAndWriterMake() throws {
        let one = try merge().message(for: .init(briefing: wakefield, to: [zoe]))
        let expected = try byHand(wakefield, to: [zoe])
        #expect(firstDifference(one.bytes, expected) == nil)
        #expect(one.name == "wakefield-" + MailComposer.fingerprint("adviser@example.org,zoe@example.org"))
        #expect(one.envelope == .init(from: "briefings@example.org", to: ["zoe@example.org", "adviser@example.org"]))
        let text = String(decoding: one.bytes, as: UTF8.self)
        #expect(
            text.hasPrefix(
                "From: \"Briefings\" <briefings@example.org>\r\nTo: =?UTF-8?B?Wm/DqyBNw7xsbGVy?= <zoe@example.org>\r\n"
                    + "Cc: adviser@example.org\r\n"))
        #expect(text.contains("\r\nDate: Tue, 17 Jul 2018 00:00:00 +0000\r\n"))
        // Two people: no greeting by name, so the bytes differ from a message to one of them.
        let two = try merge().message(for: .init(briefing: stHelens, to: [zoe, lead]))
        #expect(firstDifference(two.bytes, try byHand(stHelens, to: [zoe, lead])) == nil)
        #expect(two.name == "st-helens-" + MailComposer.fingerprint("adviser@example.org,lead@example.org,zoe@example.org"))
        #expect(two.envelope.to == ["zoe@example.org", "lead@example.org", "adviser@example.org"])
    }

    @Test func folderGetsOneFilePerCouncilAndNoTemporaryFile() throws {
        let dir = try temporaryFolder() + "/not/yet/there"
        let letters = [MailMerge.Letter(briefing: wakefield, to: [zoe]), .init(briefing: stHelens, to: [lead, zoe])]
        try merge().write(letters, to: .folder(dir))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["st-helens.eml", "wakefield.eml"])
        #expect(FileManager.default.contents(atPath: dir + "/wakefield.eml") == Data(try byHand(wakefield, to: [zoe])))
        #expect(FileManager.default.contents(atPath: dir + "/st-helens.eml") == Data(try byHand(stHelens, to: [lead, zoe])))
    }

    @Test func aFailedLetterStopsTheRestAndKeepsItsErrorUnchanged() throws {
        let dir = try temporaryFolder()
        let letters = [MailMerge.Letter(briefing: wakefield, to: [zoe]), .init(briefing: stHelens, to: [lead])]
        #expect(throws: RenderFailed()) { try merge(failingFor: "st-helens").write(letters, to: .folder(dir)) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["wakefield.eml"])
    }

    @Test func filesThatCannotBeWrittenAreWordedForAPerson() throws {
        let dir = try temporaryFolder()
        try FileManager.default.createDirectory(atPath: dir + "/wakefield.eml", withIntermediateDirectories: false)
        let letter = MailMerge.Letter(briefing: wakefield, to: [zoe])
        let taken = MailError.file(path: dir + "/wakefield.eml", reason: "it is a folder.")
        #expect(throws: taken) { try merge().write([letter], to: .folder(dir)) }
        #expect(taken.description == "Could not write '\(dir)/wakefield.eml': it is a folder.")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["wakefield.eml"], "the temporary file is gone")
        let blocked = dir + "/file"
        #expect(FileManager.default.createFile(atPath: blocked, contents: Data()))
        let error = #expect(throws: MailError.self) { try merge().write([letter], to: .folder(blocked + "/mail")) }
        #expect(error?.description.hasPrefix("Could not create '\(blocked)/mail': ") == true, "\(String(describing: error))")
    }

    @Test func outboxGetsEachLetterOnceEvenWhenWrittenAgain() throws {
        let outbox = try MailOutbox(folder: try temporaryFolder() + "/mail")
        let letters = [MailMerge.Letter(briefing: wakefield, to: [zoe]), .init(briefing: stHelens, to: [lead, zoe])]
        try merge().write(letters, to: .outbox(outbox))
        let made = try letters.map { try merge().message(for: $0) }
        #expect(outbox.pending() == made.map(\.name).sorted())
        for m in made {
            let (bytes, envelope) = try outbox.load(m.name)
            #expect(bytes == m.bytes && envelope == m.envelope)
        }
        #expect(made[1].envelope == .init(from: from.email, to: ["lead@example.org", "zoe@example.org", "adviser@example.org"]))
        // A later run, after one was sent: a new date makes new bytes, but nothing is added again.
        try outbox.move(made[0].name, to: .sent, note: nil)
        try merge(date: date + 86_400).write(letters, to: .outbox(outbox))
        #expect(outbox.pending() == [made[1].name])
        #expect(outbox.names(in: .sent) == [made[0].name])
        #expect(try outbox.load(made[1].name).0 == made[1].bytes)
    }

    @Test func sendingTriesAtLeastOnceAndKeepsWhatTheServerDidNotTake() async throws {
        let outbox = try MailOutbox(folder: try temporaryFolder() + "/mail")
        let letter = MailMerge.Letter(briefing: wakefield, to: [zoe])
        try merge().write([letter], to: .outbox(outbox))
        let name = try merge().message(for: letter).name
        // Nothing listens on port 1 of loopback, so the connection is refused: a temporary failure.
        let server = try SMTPConfiguration(url: "smtp://127.0.0.1:1", allowPlain: true)
        let summary = try await MailDelivery.send(outbox, through: server, attempts: 0, firstWait: .zero)
        #expect(summary.sent == 0 && summary.deferred == 1 && summary.failed == 0 && summary.unconfirmed == 0)
        #expect(summary.line == "Sent 0, deferred 1, failed 0, unconfirmed 0.")
        #expect(summary.notes.count == 1)
        #expect(summary.notes.first?.hasPrefix("\(name): deferred after 1 attempts: connection to 127.0.0.1:1 lost: ") == true)
        #expect(outbox.pending() == [name] && !outbox.isInFlight(name))
    }
}
