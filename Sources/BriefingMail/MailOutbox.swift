import BriefingModel
import Foundation

/// A folder of messages on their way: `outbox/` (to send), `sent/`, `failed/` and
/// `unconfirmed/`. A message is written to the outbox before it is sent and moved to `sent/`
/// only after the server's 250 to the end of DATA, so running again resumes what is left and
/// never resends what was sent.
public struct MailOutbox: Sendable {
    /// Where a message is.
    public enum Box: String, Sendable, CaseIterable {
        case outbox, sent, failed, unconfirmed
    }

    /// The sender and recipients SMTP uses, kept beside each message.
    public struct Envelope: Codable, Sendable, Equatable {
        public var from: String
        public var to: [String]
        public init(from: String, to: [String]) {
            self.from = from
            self.to = to
        }
    }

    public let folder: String

    /// Opens (and creates) the outbox folder and its four boxes.
    public init(folder: String) throws(MailError) {
        self.folder = folder
        for box in Box.allCases {
            do {
                try FileManager.default.createDirectory(atPath: folder + "/" + box.rawValue, withIntermediateDirectories: true)
            } catch {
                throw .outbox(path: folder, reason: "cannot create \(box.rawValue)/: \(error.localizedDescription)")
            }
        }
    }

    func path(_ box: Box, _ name: String, _ ext: String) -> String { "\(folder)/\(box.rawValue)/\(name).\(ext)" }

    /// Which box holds `name`, if any.
    public func box(of name: String) -> Box? {
        Box.allCases.first { FileManager.default.fileExists(atPath: path($0, name, "eml")) }
    }

    /// Puts a message in the outbox unless one of that name is already anywhere: the envelope
    /// first, then the message, each written to a temporary name and renamed. Returns whether it was added.
    @discardableResult
    public func enqueue(name: String, message: [UInt8], envelope: Envelope) throws(MailError) -> Bool {
        guard box(of: name) == nil else { return false }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        do {
            try AtomicFile.write(Array(try encoder.encode(envelope)), to: path(.outbox, name, "envelope.json"))
            try AtomicFile.write(message, to: path(.outbox, name, "eml"))
        } catch {
            throw .outbox(path: folder, reason: "cannot write '\(name)': \(Self.reason(error))")
        }
        return true
    }

    /// Names of messages waiting in the outbox, sorted.
    public func pending() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder + "/outbox")) ?? []
        return names.filter { $0.hasSuffix(".eml") && !$0.hasPrefix(".") }.map { String($0.dropLast(4)) }.sorted()
    }

    /// Names in `box`, sorted.
    public func names(in box: Box) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder + "/" + box.rawValue)) ?? []
        return names.filter { $0.hasSuffix(".eml") && !$0.hasPrefix(".") }.map { String($0.dropLast(4)) }.sorted()
    }

    /// The message and envelope waiting under `name`.
    public func load(_ name: String) throws(MailError) -> ([UInt8], Envelope) {
        guard let message = FileManager.default.contents(atPath: path(.outbox, name, "eml")),
            let env = FileManager.default.contents(atPath: path(.outbox, name, "envelope.json")),
            let envelope = try? JSONDecoder().decode(Envelope.self, from: env)
        else { throw .outbox(path: folder, reason: "'\(name)' is incomplete; expected \(name).eml and \(name).envelope.json") }
        return (Array(message), envelope)
    }

    /// Marks `name` as possibly on the server: written just before the message goes out.
    public func markInFlight(_ name: String) throws {
        try AtomicFile.write([], to: path(.outbox, name, "inflight"))
    }

    /// Clears the mark: the server's reply said it does not have the message.
    public func clearInFlight(_ name: String) {
        unlink(path(.outbox, name, "inflight"))
    }

    /// Whether an earlier run stopped after sending `name` but before the server's reply.
    public func isInFlight(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: path(.outbox, name, "inflight"))
    }

    /// Moves `name` from the outbox to `box`, writing `note` (the server's reply) beside it.
    public func move(_ name: String, to box: Box, note: String?) throws(MailError) {
        do {
            if let note { try AtomicFile.write(Array((note + "\n").utf8), to: path(box, name, "reply.txt")) }
            try FileManager.default.moveItem(
                atPath: path(.outbox, name, "envelope.json"), toPath: path(box, name, "envelope.json"))
            // The message moves last: while it is in the outbox, it counts as not sent.
            try FileManager.default.moveItem(atPath: path(.outbox, name, "eml"), toPath: path(box, name, "eml"))
            clearInFlight(name)
        } catch {
            throw .outbox(path: folder, reason: "cannot move '\(name)' to \(box.rawValue)/: \(Self.reason(error))")
        }
    }

    /// Why a write or move failed, in words: a file's own reason when ``AtomicFile`` failed.
    static func reason(_ error: any Error) -> String {
        if case .write(_, let reason) = error as? ModelError { return reason }
        return error.localizedDescription
    }
}
