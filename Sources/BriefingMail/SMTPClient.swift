import Foundation
import NIOCore
import NIOPosix
import NIOSSL

/// What became of one message at the server.
public enum SMTPOutcome: Sendable, Equatable {
    /// The server answered 250 to the end of DATA; `refused` holds the recipients it refused.
    case delivered(refused: [String])
    /// A temporary failure (4xx, or the connection lost before the end of DATA): safe to retry.
    case deferred(String)
    /// A permanent failure (5xx): do not retry.
    case failed(String)
    /// The connection was lost after the end of DATA: the server may have the message, so it
    /// must not be sent again blindly.
    case unconfirmed(String)
}

/// Delivers one message per connection over SMTP: EHLO, STARTTLS (then EHLO again), AUTH PLAIN
/// or LOGIN, MAIL, RCPT, DATA. Certificates are verified unless told to trust a private authority.
public struct SMTPClient: Sendable {
    public let configuration: SMTPConfiguration
    /// How long to wait for the server at each step.
    public var timeout: TimeAmount
    /// How long one message may take in all, however the server paces its replies: a server
    /// that sends a byte every few seconds never trips `timeout`, and would hold brief forever.
    public var deadline: TimeAmount
    /// The longest reply line (RFC 5321 allows 512 octets) and the most lines in one reply a
    /// server may send before the connection is dropped: an endless `250-` reply cannot fill memory.
    static let longestReplyLine = 2_048
    static let mostReplyLines = 100

    public init(configuration: SMTPConfiguration, timeout: TimeAmount = .seconds(30), deadline: TimeAmount = .seconds(120)) {
        self.configuration = configuration
        self.timeout = timeout
        self.deadline = deadline
    }

    /// Sends `message` (RFC 5322 bytes with CRLF) from `sender` to `recipients`;
    /// `beforeData` runs just before the message is written, so a caller can record that from
    /// then on the server may have it.
    public func deliver(
        _ message: [UInt8], from sender: String, to recipients: [String], beforeData: @Sendable () throws -> Void = {}
    ) async -> SMTPOutcome {
        let state = DataState()
        do {
            return try await session(message, sender: sender, recipients: recipients, state: state, beforeData: beforeData)
        } catch let reply as SMTPReplyError {
            return reply.outcome
        } catch let tls as NIOSSLError {
            // A certificate the client does not trust will not become trusted by retrying.
            let untrusted = "\(tls)".contains("CERTIFICATE_VERIFY_FAILED")
            return .failed(
                untrusted
                    ? "the certificate of \(configuration.host) is not trusted (use --smtp-ca FILE to trust a private authority)"
                    : "TLS with \(configuration.host) failed: \(tls)")
        } catch {
            let why =
                state.pastDeadline
                ? "the whole message took longer than \(deadline.nanoseconds / 1_000_000_000) s" : Self.describe(error)
            let reason = "connection to \(configuration.host):\(configuration.port) lost: \(why)"
            return state.sent ? .unconfirmed(reason) : .deferred(reason)
        }
    }

    /// Whether the end of DATA has been written, so a lost connection means "unconfirmed".
    final class DataState: @unchecked Sendable {
        var sent = false
        /// Set when the message's deadline closed the connection.
        var pastDeadline = false
    }

    /// The message with lines that start with "." doubled, ending in CRLF.CRLF (RFC 5321 4.5.2).
    static func dotStuffed(_ message: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(message.count + 64)
        var atLineStart = true
        for b in message {
            if atLineStart && b == UInt8(ascii: ".") { out.append(b) }
            out.append(b)
            atLineStart = b == UInt8(ascii: "\n")
        }
        if !(out.count >= 2 && out[out.count - 2] == 13 && out[out.count - 1] == 10) { out += [13, 10] }
        out += Array(".\r\n".utf8)
        return out
    }

    static func describe(_ error: any Error) -> String {
        if error is SMTPConnectionClosed { return "the server closed the connection" }
        if let long = error as? SMTPReplyTooLong { return long.reason }
        return "\(error)"
    }
}

/// One server reply: its code and its lines.
struct SMTPReply {
    var code: Int
    var lines: [String]
    /// `550 5.1.1 user unknown`, several lines joined.
    var text: String { lines.joined(separator: " / ") }

    /// The reply, or the outcome its code means when it is not `code`.
    @discardableResult
    func expect(_ expected: Int, _ step: String) throws -> SMTPReply {
        guard code != expected else { return self }
        let message = "server refused \(step): \(text)"
        throw SMTPReplyError(outcome: code / 100 == 4 ? .deferred(message) : .failed(message))
    }
}

struct SMTPReplyError: Error {
    var outcome: SMTPOutcome
}

struct SMTPConnectionClosed: Error {}

/// A server reply past ``SMTPClient/longestReplyLine`` or ``SMTPClient/mostReplyLines``.
struct SMTPReplyTooLong: Error {
    var reason: String
}

/// Closes the connection when the idle handler says the server has been silent too long.
final class CloseOnIdle: ChannelInboundHandler, Sendable {
    typealias InboundIn = ByteBuffer

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if event is IdleStateHandler.IdleStateEvent {
            context.close(promise: nil)
        } else {
            context.fireUserInboundEventTriggered(event)
        }
    }
}

/// Splits the byte stream into lines, without their CRLF.
final class LineDecoder: ByteToMessageDecoder {
    typealias InboundOut = String

    func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let newline = buffer.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) else {
            guard buffer.readableBytes <= SMTPClient.longestReplyLine else {
                throw SMTPReplyTooLong(reason: "the server sent a reply line over \(SMTPClient.longestReplyLine) bytes")
            }
            return .needMoreData
        }
        guard newline - buffer.readerIndex <= SMTPClient.longestReplyLine else {
            throw SMTPReplyTooLong(reason: "the server sent a reply line over \(SMTPClient.longestReplyLine) bytes")
        }
        var line = buffer.readString(length: newline - buffer.readerIndex) ?? ""
        buffer.moveReaderIndex(forwardBy: 1)
        if line.hasSuffix("\r") { line.removeLast() }
        context.fireChannelRead(wrapInboundOut(line))
        return .continue
    }
}
