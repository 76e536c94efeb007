import BriefTestSupport
import Foundation
import Testing

@testable import BriefingMail

/// Issue 15, point 5: two runs on one outbox cannot both send, and a run stopped between the two
/// renames of a move is finished by the next instead of failing every run after it. Made-up mail.
@Suite struct OutboxRecoveryTests {
    /// An outbox with one made-up message in it.
    private func outbox() throws -> MailOutbox {
        let box = try MailOutbox(folder: try temporaryFolder())
        #expect(
            try box.enqueue(
                name: "made-up", message: Array("Subject: made up\r\n\r\nMade up.\r\n".utf8),
                envelope: .init(from: "a@example.org", to: ["b@example.org"])))
        return box
    }

    /// Nothing listens on port 1 of loopback: a run that tried to send would fail, not pass.
    private func delivery() throws -> MailDelivery {
        MailDelivery(
            client: SMTPClient(configuration: try SMTPConfiguration(url: "smtp://127.0.0.1:1", allowPlain: true)), attempts: 1)
    }

    @Test func theOutboxIsHeldByOneRunAtATime() async throws {
        let box = try outbox()
        var held: MailOutbox.Lock? = try box.lock()
        let error = #expect(throws: MailError.self) { _ = try box.lock() }
        #expect(error?.description.contains("another brief mail --send is sending it") == true, "\(String(describing: error))")
        await #expect(throws: MailError.self) { _ = try await delivery().run(box) }
        #expect(box.pending() == ["made-up"], "a refused run sends and moves nothing")
        withExtendedLifetime(held) {}
        held = nil
        #expect(throws: Never.self) { _ = try box.lock() }
    }

    @Test func aHalfDoneMoveIsFinished() async throws {
        let box = try outbox()
        // Killed between the two renames of the move to sent/: the envelope is there, the message
        // and the in-flight mark are still in the outbox.
        try box.markInFlight("made-up")
        try FileManager.default.moveItem(
            atPath: box.path(.outbox, "made-up", "envelope.json"), toPath: box.path(.sent, "made-up", "envelope.json"))
        let summary = try await delivery().run(box)
        #expect(summary.notes == ["made-up: an earlier run was moving it to sent/; the move is finished"])
        #expect(summary.sent == 0 && summary.failed == 0 && summary.unconfirmed == 0)
        #expect(box.pending().isEmpty && box.names(in: .sent) == ["made-up"])
        #expect(!box.isInFlight("made-up"))
        // And the run after that has nothing to do, instead of failing.
        #expect(try await delivery().run(box).notes.isEmpty)
    }
}
