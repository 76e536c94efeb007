import Foundation
import NIOCore
import NIOPosix
import NIOSSL

/// The SMTP dialogue of one delivery, one step per function, in the order RFC 5321 puts them.
extension SMTPClient {
    /// The whole dialogue over one connection: greeting, EHLO (and STARTTLS), AUTH, the
    /// envelope, DATA, QUIT.
    func session(
        _ message: [UInt8], sender: String, recipients: [String], state: DataState, beforeData: () throws -> Void
    ) async throws -> SMTPOutcome {
        let tls = configuration.security == .plain ? nil : try tlsContext()
        let serverName = configuration.host.contains(where: { $0.isLetter }) ? configuration.host : nil
        let channel = try await connect(tls: tls, serverName: serverName)
        // However the server paces its replies, the message has `deadline` in all.
        let raw = channel.channel
        let cutOff = raw.eventLoop.scheduleTask(in: deadline) {
            state.pastDeadline = true
            raw.close(promise: nil)
        }
        defer { cutOff.cancel() }
        return try await channel.executeThenClose { inbound, outbound in
            var talk = Conversation(lines: inbound.makeAsyncIterator(), outbound: outbound)
            try await talk.reply().expect(220, "greeting")
            let ehlo = try await hello(&talk, channel: channel.channel, tls: tls, serverName: serverName)
            try await authenticate(&talk, ehlo: ehlo)
            let refused = try await envelope(&talk, sender: sender, recipients: recipients)
            try await transmit(&talk, message, state: state, beforeData: beforeData)
            _ = try? await talk.command("QUIT")
            return .delivered(refused: refused)
        }
    }

    private func tlsContext() throws -> NIOSSLContext {
        var tls = TLSConfiguration.makeClientConfiguration()
        if let ca = configuration.caFile { tls.trustRoots = .file(ca) }
        return try NIOSSLContext(configuration: tls)
    }

    /// Opens the connection (TLS from the start for smtps) with the handlers that cut off a
    /// silent server and split what it says into lines.
    private func connect(tls: NIOSSLContext?, serverName: String?) async throws -> NIOAsyncChannel<String, ByteBuffer> {
        let config = configuration
        return try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(timeout)
            .connect(host: config.host, port: config.port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    if config.security == .implicitTLS, let tls {
                        try channel.pipeline.syncOperations.addHandler(
                            NIOSSLClientHandler(context: tls, serverHostname: serverName))
                    }
                    // A server that stops answering closes the connection instead of hanging brief.
                    try channel.pipeline.syncOperations.addHandler(IdleStateHandler(readTimeout: timeout))
                    try channel.pipeline.syncOperations.addHandler(CloseOnIdle())
                    try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(LineDecoder()))
                    return try NIOAsyncChannel<String, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
    }

    /// EHLO; with STARTTLS, the upgrade and EHLO again. Returns the last EHLO reply, which
    /// lists the AUTH mechanisms on offer.
    private func hello(
        _ talk: inout Conversation, channel: any Channel, tls: NIOSSLContext?, serverName: String?
    ) async throws -> SMTPReply {
        let config = configuration
        let ehlo = try await talk.command("EHLO \(config.clientName)").expect(250, "EHLO")
        guard config.security == .startTLS else { return ehlo }
        guard ehlo.lines.contains(where: { $0.dropFirst(4).uppercased().hasPrefix("STARTTLS") }) else {
            throw SMTPReplyError(
                outcome: .failed("server \(config.host) does not offer STARTTLS; refusing to send in plain text"))
        }
        try await talk.command("STARTTLS").expect(220, "STARTTLS")
        guard let tls else { throw SMTPConnectionClosed() }
        try await channel.eventLoop.submit {
            try channel.pipeline.syncOperations.addHandler(
                NIOSSLClientHandler(context: tls, serverHostname: serverName), position: .first)
        }.get()
        return try await talk.command("EHLO \(config.clientName)").expect(250, "EHLO after STARTTLS")
    }

    /// AUTH PLAIN, or LOGIN when the server offers LOGIN and not PLAIN; nothing without a user.
    private func authenticate(_ talk: inout Conversation, ehlo: SMTPReply) async throws {
        guard let user = configuration.username else { return }
        let password = configuration.password ?? ""
        let offered = ehlo.lines.first { $0.dropFirst(4).uppercased().hasPrefix("AUTH") }?.uppercased() ?? ""
        if offered.contains("PLAIN") || !offered.contains("LOGIN") {
            let token = Data(("\0" + user + "\0" + password).utf8).base64EncodedString()
            try await talk.command("AUTH PLAIN " + token).expect(235, "AUTH")
        } else {
            try await talk.command("AUTH LOGIN").expect(334, "AUTH")
            try await talk.command(Data(user.utf8).base64EncodedString()).expect(334, "AUTH")
            try await talk.command(Data(password.utf8).base64EncodedString()).expect(235, "AUTH")
        }
    }

    /// MAIL FROM and one RCPT TO per recipient. Returns the refusals (5xx) worth noting; a
    /// deferred recipient defers the message, and refusing every recipient fails it.
    private func envelope(_ talk: inout Conversation, sender: String, recipients: [String]) async throws -> [String] {
        try await talk.command("MAIL FROM:<\(sender)>").expect(250, "sender '\(sender)'")
        var refused: [String] = []
        for r in recipients {
            let answer = try await talk.command("RCPT TO:<\(r)>")
            if answer.code / 100 == 2 { continue }
            if answer.code / 100 == 4 {
                throw SMTPReplyError(outcome: .deferred("server deferred recipient '\(r)': \(answer.text)"))
            }
            refused.append("server refused recipient '\(r)': \(answer.text)")
        }
        guard refused.count < recipients.count else {
            _ = try? await talk.command("QUIT")
            throw SMTPReplyError(outcome: .failed(refused.joined(separator: "; ")))
        }
        return refused
    }

    /// DATA, the dot-stuffed message, and the server's answer to its end. `beforeData` runs
    /// just before the message is written; once its end is written, `state` says so.
    private func transmit(
        _ talk: inout Conversation, _ message: [UInt8], state: DataState, beforeData: () throws -> Void
    ) async throws {
        try await talk.command("DATA").expect(354, "DATA")
        try beforeData()
        try await talk.outbound.write(ByteBuffer(bytes: Self.dotStuffed(message)))
        state.sent = true
        let final = try await talk.reply()
        guard final.code == 250 else {
            let text = "server answered the end of DATA with \(final.text)"
            throw SMTPReplyError(outcome: final.code / 100 == 4 ? .deferred(text) : .failed(text))
        }
    }
}

/// One connection's two directions: a command goes out, its reply (one line or several) comes back.
private struct Conversation {
    var lines: NIOAsyncChannelInboundStream<String>.AsyncIterator
    let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>

    /// The next reply; a connection that ends before a whole one arrives throws SMTPConnectionClosed.
    mutating func reply() async throws -> SMTPReply {
        var text: [String] = []
        while let line = try await lines.next() {
            text.append(line)
            guard text.count <= SMTPClient.mostReplyLines else {
                throw SMTPReplyTooLong(reason: "the server sent a reply of over \(SMTPClient.mostReplyLines) lines")
            }
            // The last line of a reply has a space (or nothing) after its code.
            if line.count < 4 || line[line.index(line.startIndex, offsetBy: 3)] == " " { break }
        }
        guard let first = text.first, let code = Int(first.prefix(3)) else { throw SMTPConnectionClosed() }
        return SMTPReply(code: code, lines: text)
    }

    /// Writes `text` and a CRLF, then reads the reply.
    mutating func command(_ text: String) async throws -> SMTPReply {
        try await outbound.write(ByteBuffer(string: text + "\r\n"))
        return try await reply()
    }
}
