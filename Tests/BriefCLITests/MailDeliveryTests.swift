import BriefTestSupport
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `brief mail --send` against a real SMTP server on loopback, with faults. After every test,
/// each message was delivered exactly once or is reported as failed or unconfirmed.
@Suite(.serialized) struct MailDeliveryTests {
    let brief = TestPaths.brief

    /// A made-up recipients file for the five curated councils.
    func recipients(extra: String = "") throws -> String {
        let path = try temporaryFolder() + "/recipients.csv"
        var csv = "council,name,email,role\n"
        for (i, c) in TestPaths.curated.enumerated() {
            csv += "\(c),Test Person \(i),person\(i)@example.org,director of children's services\n"
        }
        try (csv + extra).write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func send(_ server: SMTPTestServer, _ args: [String], outbox: String) throws -> ProcessResult {
        try run(
            brief,
            ["mail"] + args + ["--send", "--smtp", server.url, "--smtp-ca", server.ca, "--outbox", outbox, "--retry-wait", "0.2"])
    }

    func boxes(_ outbox: String) -> [String: Int] {
        var out: [String: Int] = [:]
        for box in ["outbox", "sent", "failed", "unconfirmed"] {
            out[box] =
                ((try? FileManager.default.contentsOfDirectory(atPath: outbox + "/" + box)) ?? []).filter { $0.hasSuffix(".eml") }
                .count
        }
        return out
    }

    @Test func mailMergeOverSTARTTLSWithAuth() throws {
        let server = try SMTPTestServer()
        let outbox = try temporaryFolder()
        let r = try send(server, ["--all", "--recipients", try recipients()], outbox: outbox)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdoutText == "Sent 5, deferred 0, failed 0, unconfirmed 0.\n")
        let received = try server.received()
        #expect(received.count == 5)
        #expect(received.allSatisfy { $0.envelope["tls"] as? Bool == true && $0.envelope["user"] as? Bool == true })
        #expect(boxes(outbox) == ["outbox": 0, "sent": 5, "failed": 0, "unconfirmed": 0])
        // Each council's message went to its own person, with its own briefing attached, byte for byte.
        let dir = try temporaryFolder()
        for (i, council) in TestPaths.curated.enumerated() {
            let got = try #require(
                received.first { ($0.envelope["to"] as? [String]) == ["person\(i)@example.org"] }, "\(council)")
            try run(brief, [council]).stdout.write(to: URL(fileURLWithPath: dir + "/\(council).pdf"))
            let result = try run(
                "python3",
                [
                    TestPaths.support + "/check_delivered_mail.py", got.eml, dir + "/\(council).pdf", "Dear Test Person \(i),",
                    "\(council).pdf",
                ])
            #expect(result.stdoutText == "ok\n", "\(council): \(result.stderr)")
        }
        // Running again resends nothing.
        let again = try send(server, ["--all", "--recipients", try recipients()], outbox: outbox)
        #expect(again.stdoutText == "Sent 0, deferred 0, failed 0, unconfirmed 0.\n")
        #expect(try server.received().count == 5)
    }

    @Test func temporaryFailureIsRetriedAndDeliveredOnce() throws {
        let server = try SMTPTestServer(faults: ["defer_data": 1])
        let outbox = try temporaryFolder()
        let r = try send(server, ["wakefield", "--to", "jane@example.org"], outbox: outbox)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdoutText == "Sent 1, deferred 0, failed 0, unconfirmed 0.\n")
        #expect(try server.messageIDs().values.sorted() == [1])
    }

    @Test func temporaryFailuresBeyondTheLimitStayInTheOutbox() throws {
        let server = try SMTPTestServer(faults: ["defer_data": 10])
        let outbox = try temporaryFolder()
        let r = try run(
            brief,
            [
                "mail", "reading", "--to", "jane@example.org", "--send", "--smtp", server.url, "--smtp-ca", server.ca, "--outbox",
                outbox, "--retry-wait", "0.05", "--attempts", "2",
            ])
        #expect(r.status == 75)
        #expect(r.stdoutText == "Sent 0, deferred 1, failed 0, unconfirmed 0.\n")
        #expect(r.stderr.contains("451 4.3.0 try again later"))
        #expect(boxes(outbox)["outbox"] == 1)
        try server.setFaults([:])
        let resumed = try send(server, ["reading", "--to", "jane@example.org"], outbox: outbox)
        #expect(resumed.stdoutText == "Sent 1, deferred 0, failed 0, unconfirmed 0.\n")
        #expect(try server.messageIDs().values.sorted() == [1])
    }

    @Test func refusedRecipientIsReportedAndOthersStillDelivered() throws {
        let server = try SMTPTestServer(faults: ["reject": ["nobody@example.org"]])
        let outbox = try temporaryFolder()
        let path = try recipients(extra: "wakefield,No Body,nobody@example.org,lead member\n")
        let r = try send(server, ["--all", "--recipients", path], outbox: outbox)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdoutText == "Sent 5, deferred 0, failed 0, unconfirmed 0.\n")
        #expect(r.stderr.contains("server refused recipient 'nobody@example.org': 550 5.1.1 user unknown"))
        let wakefield = try #require(
            try server.received().first { ($0.envelope["to"] as? [String])?.contains("person3@example.org") == true })
        #expect(wakefield.envelope["to"] as? [String] == ["person3@example.org"])
        // A message whose only recipient is refused fails, with the server's reply kept beside it.
        let alone = try run(
            brief,
            [
                "mail", "reading", "--to", "nobody@example.org", "--send", "--smtp", server.url, "--smtp-ca", server.ca,
                "--outbox", outbox,
            ])
        #expect(alone.status == 1)
        #expect(alone.stdoutText == "Sent 0, deferred 0, failed 1, unconfirmed 0.\n")
        let failed = try FileManager.default.contentsOfDirectory(atPath: outbox + "/failed")
        #expect(failed.contains { $0.hasSuffix(".reply.txt") })
    }

    /// The whole message is in the socket's buffers before the server drops the connection, so
    /// the client cannot tell "during DATA" from "just after": it must hold the message as
    /// unconfirmed (or, had the drop come before the message went out, retry it), never send it twice.
    @Test func connectionDroppedDuringDataIsNeverSentTwice() throws {
        let server = try SMTPTestServer(faults: ["drop_during_data": 1])
        let outbox = try temporaryFolder()
        let r = try send(server, ["sandwell", "--to", "jane@example.org"], outbox: outbox)
        let sent = r.stdoutText == "Sent 1, deferred 0, failed 0, unconfirmed 0.\n"
        let held = r.stdoutText == "Sent 0, deferred 0, failed 0, unconfirmed 1.\n"
        #expect(sent || held, "\(r.stdoutText)")
        // The server dropped the first try before the end of DATA: it has the message once if
        // the client retried, and not at all if the client held it.
        #expect(try server.messageIDs().values.sorted() == (sent ? [1] : []))
        let again = try send(server, ["sandwell", "--to", "jane@example.org"], outbox: outbox)
        #expect(again.stdoutText == "Sent 0, deferred 0, failed 0, unconfirmed 0.\n")
        #expect(boxes(outbox)["outbox"] == 0)
        #expect(boxes(outbox)["sent"]! + boxes(outbox)["unconfirmed"]! == 1)
    }

    @Test func connectionDroppedAfterEndOfDataIsUnconfirmedAndNeverResent() throws {
        let server = try SMTPTestServer(faults: ["drop_after_data": 1])
        let outbox = try temporaryFolder()
        let r = try send(server, ["wokingham", "--to", "jane@example.org"], outbox: outbox)
        #expect(r.status == 75)
        #expect(r.stdoutText == "Sent 0, deferred 0, failed 0, unconfirmed 1.\n")
        #expect(r.stderr.contains("unconfirmed, held in unconfirmed/ and not resent"))
        let again = try send(server, ["wokingham", "--to", "jane@example.org"], outbox: outbox)
        #expect(again.stdoutText == "Sent 0, deferred 0, failed 0, unconfirmed 0.\n")
        #expect(try server.messageIDs().values.sorted() == [1], "the server got it once, and it was not sent again")
        #expect(boxes(outbox)["unconfirmed"] == 1)
    }

    @Test func killedMidMergeAndRunAgain() throws {
        let server = try SMTPTestServer(faults: ["slow_data": 0.6])
        let outbox = try temporaryFolder()
        let path = try recipients()
        let p = Process()
        p.executableURL = URL(fileURLWithPath: brief)
        p.arguments = [
            "mail", "--all", "--recipients", path, "--send", "--smtp", server.url, "--smtp-ca", server.ca, "--outbox", outbox,
        ]
        p.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        p.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try p.run()
        // Stop it part way: after a message or two, while it waits for the server's reply.
        let deadline = Date().addingTimeInterval(60)
        while (try? server.received().count) ?? 0 < 2, Date() < deadline { usleep(20_000) }
        #expect(try server.received().count >= 2, "the merge never got going")
        usleep(200_000)
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        let before = boxes(outbox)
        #expect(before["sent"]! >= 1 && before["sent"]! < 5, "\(before)")
        try server.setFaults([:])
        let r = try send(server, ["--all", "--recipients", path], outbox: outbox)
        let after = boxes(outbox)
        #expect(after["outbox"] == 0 && after["failed"] == 0, "\(after)")
        #expect(after["sent"]! + after["unconfirmed"]! == 5, "\(after)")
        // None lost, none twice: each of the five is delivered once, or held as unconfirmed.
        let ids = try server.messageIDs()
        #expect(ids.values.allSatisfy { $0 == 1 }, "\(ids)")
        #expect(ids.count >= after["sent"]!)
        #expect(ids.count <= 5)
        #expect(r.status == 0 || r.status == 75)
    }

    @Test func untrustedCertificateFailsWithAHint() throws {
        let server = try SMTPTestServer()
        let outbox = try temporaryFolder()
        let r = try run(
            brief, ["mail", "reading", "--to", "jane@example.org", "--send", "--smtp", server.url, "--outbox", outbox])
        #expect(r.status == 1)
        #expect(
            r.stderr.contains("the certificate of localhost is not trusted (use --smtp-ca FILE to trust a private authority)"))
        #expect(try server.received().isEmpty)
    }

    @Test func wrongPasswordQuotesTheServer() throws {
        let server = try SMTPTestServer()
        let outbox = try temporaryFolder()
        let url = "smtp://brief:wrong@localhost:\(server.port)"
        let r = try run(
            brief,
            ["mail", "reading", "--to", "jane@example.org", "--send", "--smtp", url, "--smtp-ca", server.ca, "--outbox", outbox])
        #expect(r.status == 1)
        #expect(r.stderr.contains("server refused AUTH: 535 5.7.8 Authentication credentials invalid"))
    }

    @Test func implicitTLSAndAuthLogin() throws {
        let server = try SMTPTestServer(mode: "implicit", onlyLogin: true)
        let r = try run(
            brief,
            [
                "mail", "reading", "--to", "jane@example.org", "--send", "--smtp",
                "smtps://brief:secret@localhost:\(server.port)",
                "--smtp-ca", server.ca, "--outbox", try temporaryFolder(),
            ])
        #expect(r.status == 0, "\(r.stderr)")
        let got = try server.received()
        #expect(got.count == 1 && got[0].envelope["tls"] as? Bool == true && got[0].envelope["user"] as? Bool == true)
    }

    @Test func plainTextOnlyWithTheExplicitFlag() throws {
        let server = try SMTPTestServer(mode: "plain")
        let refused = try run(
            brief,
            ["mail", "reading", "--to", "jane@example.org", "--send", "--smtp", server.url, "--outbox", try temporaryFolder()])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("does not offer STARTTLS; refusing to send in plain text"))
        #expect(try server.received().isEmpty)
        let allowed = try run(
            brief,
            [
                "mail", "reading", "--to", "jane@example.org", "--send", "--smtp", server.url, "--smtp-plain", "--outbox",
                try temporaryFolder(),
            ])
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(try server.received().first?.envelope["tls"] as? Bool == false)
    }

    @Test func plainTextNeedsTheExplicitFlag() throws {
        let r = try run(brief, ["mail", "reading", "--to", "jane@example.org", "--send", "--outbox", try temporaryFolder()])
        #expect(r.status == 64 && r.stderr == "brief: --send needs a server: --smtp URL or $BRIEF_SMTP_URL.\n")
        let bad = try run(
            brief,
            ["mail", "reading", "--to", "jane@example.org", "--send", "--smtp", "ftp://x", "--outbox", try temporaryFolder()])
        #expect(bad.status == 64)
        #expect(bad.stderr.hasPrefix("brief: SMTP server 'ftp://x' cannot be used"))
    }
}
