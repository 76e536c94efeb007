import Foundation

/// One email with a plain-text body, an HTML body and one attachment, ready to be written out.
public struct MailMessage: Sendable {
    /// A file attached to the message.
    public struct Attachment: Sendable {
        public var filename: String
        public var contentType: String
        public var bytes: [UInt8]
        public init(filename: String, contentType: String, bytes: [UInt8]) {
            self.filename = filename
            self.contentType = contentType
            self.bytes = bytes
        }
    }

    public var from: Address
    public var to: [Address]
    public var cc: [Address]
    public var subject: String
    public var date: Date
    /// Without angle brackets: `wakefield.20261123T110000Z.1a2b3c@example.org`.
    public var messageID: String
    public var text: String
    public var html: String
    public var attachment: Attachment

    public init(
        from: Address, to: [Address], cc: [Address] = [], subject: String, date: Date, messageID: String, text: String,
        html: String, attachment: Attachment
    ) {
        self.from = from
        self.to = to
        self.cc = cc
        self.subject = subject
        self.date = date
        self.messageID = messageID
        self.text = text
        self.html = html
        self.attachment = attachment
    }

    /// Every recipient, for the SMTP envelope.
    public var recipients: [Address] { to + cc }
}
