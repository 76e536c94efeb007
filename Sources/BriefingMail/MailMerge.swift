import BriefingModel
import Foundation

/// The mail merge: one message per council for that council's people, the briefing attached,
/// written to standard output, to a folder of `.eml` files or to an outbox.
///
/// Rendering comes in through closures, so this module needs no renderer: `pdf` makes the
/// attachment, and `html` turns the HTML template's fragment (the greeting) into the whole
/// HTML document, the briefing's accessible HTML twin.
public struct MailMerge: Sendable {
    /// One council's briefing and the people it goes to.
    public struct Letter: Sendable {
        public var briefing: Briefing
        public var to: [Address]

        public init(briefing: Briefing, to: [Address]) {
            self.briefing = briefing
            self.to = to
        }
    }

    /// Where ``write(_:to:)`` puts the messages.
    public enum Destination: Sendable {
        /// One after another on standard output.
        case standardOutput
        /// `<slug>.eml` in this folder (created when missing), each replaced in one step.
        case folder(String)
        /// The outbox, under a name fixed by the council and its recipients, so writing the same
        /// letters again adds nothing.
        case outbox(MailOutbox)
    }

    public let composer: MailComposer
    public let from: Address
    /// Copied on every message.
    public let cc: [Address]
    /// The subject of every message; nil for ``MailComposer/subject(for:)``.
    public let subject: String?
    /// The Date header of every message; also part of each Message-ID.
    public let date: Date
    private let render: @Sendable (Briefing) throws -> Rendered

    /// A briefing made ready for a message from one layout of its page: the PDF, and the HTML
    /// document around the HTML template's fragment.
    public struct Rendered {
        public var pdf: [UInt8]
        public var html: (String) -> String

        public init(pdf: [UInt8], html: @escaping (String) -> String) {
            self.pdf = pdf
            self.html = html
        }
    }

    /// A merge from `from`, copying `cc`; `render` lays a briefing's page out once and gives its
    /// PDF and its HTML twin.
    public init(
        composer: MailComposer, from: Address, cc: [Address] = [], subject: String? = nil, date: Date,
        render: @escaping @Sendable (Briefing) throws -> Rendered
    ) {
        self.composer = composer
        self.from = from
        self.cc = cc
        self.subject = subject
        self.date = date
        self.render = render
    }

    /// The message for `letter`: its outbox name, its RFC 5322 bytes and its SMTP envelope.
    ///
    /// The MIME boundaries are seeded with the Message-ID's fingerprint, and the greeting names
    /// the recipient when there is only one. The name is the council's slug and a fingerprint
    /// of every recipient's address, sorted, so the same council and people give the same name.
    /// Throws what `render` throws, unchanged.
    public func message(for letter: Letter) throws -> (name: String, bytes: [UInt8], envelope: MailOutbox.Envelope) {
        let briefing = letter.briefing
        let rendered = try render(briefing)
        let message = composer.message(
            for: briefing, pdf: rendered.pdf, from: from, to: letter.to, cc: cc, subject: subject, date: date,
            recipientName: letter.to.count == 1 ? letter.to[0].name : nil, document: rendered.html)
        let bytes = MIMEWriter(boundarySeed: MailComposer.fingerprint(message.messageID)).bytes(for: message)
        let recipients = message.recipients.map(\.email)
        let name = briefing.council.slug + "-" + MailComposer.fingerprint(recipients.sorted().joined(separator: ","))
        return (name, bytes, MailOutbox.Envelope(from: from.email, to: recipients))
    }

    /// Writes each letter's message to `destination`, in order; a letter that fails stops the
    /// rest, and those before it stay written.
    ///
    /// Throws what `pdf` throws, unchanged, or a ``MailError``: `.folder`, `.file` or `.outbox`.
    public func write(_ letters: [Letter], to destination: Destination) throws {
        if case .folder(let path) = destination {
            do throws(ModelError) {
                try AtomicFile.createFolder(path)
            } catch {
                if case .createFolder(_, let reason) = error { throw MailError.folder(path: path, reason: reason) }
                throw MailError.folder(path: path, reason: error.description)
            }
        }
        for letter in letters {
            let message = try message(for: letter)
            switch destination {
            case .standardOutput:
                do {
                    try StandardOutput.write(message.bytes)
                } catch {
                    guard case .standardOutput(let reason) = error else { throw MailError.file(path: "-", reason: "\(error)") }
                    throw MailError.file(path: "standard output", reason: reason)
                }
            case .folder(let path):
                try Self.replace(path + "/\(letter.briefing.council.slug).eml", with: message.bytes)
            case .outbox(let outbox):
                try outbox.enqueue(name: message.name, message: message.bytes, envelope: message.envelope)
            }
        }
    }

    /// Writes `bytes` to `path` atomically.
    static func replace(_ path: String, with bytes: [UInt8]) throws(MailError) {
        do throws(ModelError) {
            try AtomicFile.write(bytes, to: path)
        } catch {
            if case .write(_, let reason) = error { throw .file(path: path, reason: reason) }
            throw .file(path: path, reason: error.description)
        }
    }
}
