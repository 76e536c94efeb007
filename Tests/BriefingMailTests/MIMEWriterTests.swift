import BriefTestSupport
import Foundation
import Testing

@testable import BriefingMail

/// The message format, byte for byte against a golden .eml, and the header rules.
@Suite struct MIMEWriterTests {
    /// A made-up message: fixed date, boundary and a four-byte attachment.
    func sample(subject: String = "Wakefield: children’s services briefing") throws -> MailMessage {
        MailMessage(
            from: try Address(parsing: "brief <brief@example.org>", field: "--from"),
            to: [try Address(parsing: "Zoë Müller <zoe@example.org>", field: "--to"), Address(email: "lead@example.org")],
            cc: [Address(email: "adviser@example.org", name: "An \"Adviser\"")], subject: subject,
            date: Date(timeIntervalSince1970: 1_531_785_600), messageID: "sample.1@example.org",
            text: "Plain line one.\nLine two: £1m.", html: "<p>Plain line one.</p>",
            attachment: .init(filename: "wakefield.pdf", contentType: "application/pdf", bytes: Array("%PDF".utf8)))
    }

    @Test func matchesTheGoldenMessage() throws {
        let bytes = MIMEWriter(boundarySeed: "test").bytes(for: try sample())
        let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/sample.eml")
        if ProcessInfo.processInfo.environment["RECORD_REFERENCES"] == "1" {
            try Data(bytes).write(to: golden)
            Issue.record("Recorded \(golden.path); a recording run fails so a new baseline is never accepted silently.")
            return
        }
        let expected = try Data(contentsOf: golden)
        #expect(Data(bytes) == expected, "differs from \(golden.path); re-record with RECORD_REFERENCES=1 if intended")
    }

    @Test func crlfEverywhereAndShortBase64Lines() throws {
        let text = String(decoding: MIMEWriter(boundarySeed: "x").bytes(for: try sample()), as: UTF8.self)
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "no bare LF")
        #expect(text.components(separatedBy: "\r\n").allSatisfy { $0.count <= 998 })
        #expect(MIMEWriter.base64Lines(Array(repeating: 7, count: 1000)).allSatisfy { $0.count <= 76 })
    }

    @Test func headersCannotBeInjected() throws {
        let text = String(
            decoding: MIMEWriter(boundarySeed: "x").bytes(for: try sample(subject: "Hi\r\nBcc: evil@example.org")), as: UTF8.self)
        #expect(!text.contains("\r\nBcc:"))
        #expect(text.contains("Subject: Hi  Bcc: evil@example.org\r\n"))
        #expect(throws: MailError.self) { try Address(parsing: "a@example.org\r\nBcc: b@example.org", field: "--to") }
    }

    @Test(arguments: [
        "jane", "jane@", "@example.org", "jane@localhost", "jane doe@example.org", "<jane@example.org",
        // Control characters, in the address or in the name (issue 15, point 9): made up.
        "ja\u{01}ne@example.org", "jane@exam\u{7F}ple.org", "Jane\u{07} Doe <jane@example.org>", "Jane\tDoe <jane@example.org>",
    ])
    func rejectsNonAddresses(_ text: String) {
        #expect(throws: MailError.address(field: "--to", value: text)) { try Address(parsing: text, field: "--to") }
    }

    @Test func encodesNonASCIIHeadersAsEncodedWords() {
        #expect(HeaderEncoding.unstructured("Plain") == "Plain")
        #expect(HeaderEncoding.unstructured("Zoë") == "=?UTF-8?B?Wm/Dqw==?=")
        let long = HeaderEncoding.encodedWords(String(repeating: "é", count: 60))
        #expect(long.components(separatedBy: "\r\n ").allSatisfy { $0.count <= 75 })
        #expect(HeaderEncoding.filenameParameter("wakefield.pdf") == "filename=\"wakefield.pdf\"; filename*=UTF-8''wakefield.pdf")
        #expect(HeaderEncoding.filenameParameter("Zoë.pdf") == "filename=\"Zo_.pdf\"; filename*=UTF-8''Zo%C3%AB.pdf")
    }

    /// Issue 15, point 9: a 2,000-character ASCII subject went as one 2,009-octet line (the limit
    /// is 998). It is folded before spaces, and unfolds to what was given.
    @Test(arguments: [
        (String(repeating: "Made-up subject words ", count: 91), 78),
        ("Made-up  double  spaces " + String(repeating: "x ", count: 60), 78),
        (String(repeating: "y", count: 2_000), 84),  // "Subject: " and a 75-character encoded word
    ])
    func longASCIISubjectsAreFolded(subject: String, longest: Int) {
        let value = HeaderEncoding.unstructured(subject)
        let lines = ("Subject: " + value).components(separatedBy: "\r\n")
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { $0.count <= longest }, "\(lines.map(\.count).max() ?? 0)")
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix(" ") && !$0.allSatisfy { $0 == " " } })
        if subject.contains(" ") { #expect(value.replacingOccurrences(of: "\r\n", with: "") == subject) }
        #expect(HeaderEncoding.unstructured("Short subject") == "Short subject")
    }
}
