import Foundation
import NIOCore

/// Sends what waits in an outbox: 4xx replies are retried with growing waits up to a limit,
/// 5xx replies move the message to `failed/` with the reply, and a connection lost after the
/// end of DATA moves it to `unconfirmed/`, never to be resent blindly.
public struct MailDelivery: Sendable {
    /// What one run did.
    public struct Summary: Sendable, Equatable {
        public var sent = 0
        public var deferred = 0
        public var failed = 0
        public var unconfirmed = 0
        /// One line per message that was not simply sent, and per refused recipient.
        public var notes: [String] = []

        public var line: String {
            "Sent \(sent), deferred \(deferred), failed \(failed), unconfirmed \(unconfirmed)."
        }
    }

    public let client: SMTPClient
    /// Attempts per message for temporary failures, the first included.
    public var attempts: Int
    /// The wait before the first retry; each later wait doubles it.
    public var firstWait: Duration

    public init(client: SMTPClient, attempts: Int = 4, firstWait: Duration = .seconds(2)) {
        self.client = client
        self.attempts = attempts
        self.firstWait = firstWait
    }

    /// Sends what waits in `outbox` through the server `configuration` names, each message
    /// tried up to `attempts` times (at least once) while the server defers it, the first retry
    /// after `firstWait`.
    public static func send(
        _ outbox: MailOutbox, through configuration: SMTPConfiguration, attempts: Int, firstWait: Duration,
        deadline: TimeAmount = .seconds(120)
    ) async throws(MailError) -> Summary {
        let delivery = MailDelivery(
            client: SMTPClient(configuration: configuration, deadline: deadline), attempts: max(1, attempts), firstWait: firstWait
        )
        return try await delivery.run(outbox)
    }

    /// Settles `name` if an earlier run left it half done, and says whether it did: a run
    /// stopped between the two renames of a move (finished now, nothing sent), or one stopped
    /// after sending it, before the server answered (the server may have it, so it is held in
    /// unconfirmed/ rather than sent twice).
    private static func leftByAnEarlierRun(_ name: String, in outbox: MailOutbox, summary: inout Summary) throws(MailError)
        -> Bool
    {
        if let box = try outbox.finishMove(name) {
            summary.notes.append("\(name): an earlier run was moving it to \(box.rawValue)/; the move is finished")
            return true
        }
        guard outbox.isInFlight(name) else { return false }
        try outbox.move(name, to: .unconfirmed, note: "an earlier run stopped after sending it, before the server's reply")
        summary.unconfirmed += 1
        summary.notes.append(
            "\(name): unconfirmed, held in unconfirmed/ and not resent: an earlier run stopped before the server's reply")
        return true
    }

    /// Sends every message waiting in `outbox`, one after another.
    public func run(_ outbox: MailOutbox) async throws(MailError) -> Summary {
        var summary = Summary()
        let lock = try outbox.lock()
        defer { withExtendedLifetime(lock) {} }
        for name in outbox.pending() {
            if try Self.leftByAnEarlierRun(name, in: outbox, summary: &summary) { continue }
            let (message, envelope) = try outbox.load(name)
            let mark: @Sendable () throws -> Void = { try outbox.markInFlight(name) }
            var outcome = await client.deliver(message, from: envelope.from, to: envelope.to, beforeData: mark)
            var attempt = 1
            var wait = firstWait
            while case .deferred = outcome, attempt < attempts {
                // A deferral means the server does not have the message.
                outbox.clearInFlight(name)
                try? await Task.sleep(for: wait)
                wait = wait * 2
                attempt += 1
                outcome = await client.deliver(message, from: envelope.from, to: envelope.to, beforeData: mark)
            }
            if case .deferred = outcome { outbox.clearInFlight(name) }
            switch outcome {
            case .delivered(let refused):
                try outbox.move(name, to: .sent, note: refused.isEmpty ? nil : refused.joined(separator: "\n"))
                summary.sent += 1
                summary.notes += refused.map { "\(name): \($0)" }
            case .deferred(let reason):
                summary.deferred += 1
                summary.notes.append("\(name): deferred after \(attempt) attempts: \(reason)")
            case .failed(let reason):
                try outbox.move(name, to: .failed, note: reason)
                summary.failed += 1
                summary.notes.append("\(name): failed: \(reason)")
            case .unconfirmed(let reason):
                try outbox.move(name, to: .unconfirmed, note: reason)
                summary.unconfirmed += 1
                summary.notes.append("\(name): unconfirmed, held in unconfirmed/ and not resent: \(reason)")
            }
        }
        return summary
    }
}
