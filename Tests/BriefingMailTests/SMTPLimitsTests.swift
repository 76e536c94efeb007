import Foundation
import NIOCore
import Testing

@testable import BriefingMail

/// A misbehaving SMTP server on loopback (issue 15, point 5): one that trickles a byte at a time,
/// one that never ends a reply, one with an endless line. Each delivery ends in bounded time with
/// a reason, and nothing grows without bound. The server is made up, a thread with a socket.
@Suite struct SMTPLimitsTests {
    /// A one-connection server on 127.0.0.1 that runs `script` on the connection it accepts.
    final class MisbehavingServer: @unchecked Sendable {
        let port: Int
        private let listener: Int32

        init(_ script: @escaping @Sendable (Int32) -> Void) throws {
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let bound = withUnsafeMutablePointer(to: &address) { p in
                p.withMemoryRebound(to: sockaddr.self, capacity: 1) { a in
                    bind(fd, a, length) == 0 && listen(fd, 1) == 0 && getsockname(fd, a, &length) == 0
                }
            }
            guard bound else {
                close(fd)
                throw POSIXError(.EADDRINUSE)
            }
            listener = fd
            port = Int(UInt16(bigEndian: address.sin_port))
            Thread {
                let connection = accept(fd, nil, nil)
                guard connection >= 0 else { return }
                script(connection)
                close(connection)
            }.start()
        }

        deinit { close(listener) }

        /// Writes `text` to `fd`; false once the client has gone.
        static func send(_ fd: Int32, _ text: String) -> Bool {
            let bytes = Array(text.utf8)
            return bytes.withUnsafeBufferPointer { Foundation.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                == bytes.count
        }
    }

    private func deliver(to server: MisbehavingServer, deadline: TimeAmount = .seconds(2)) async throws -> (SMTPOutcome, Double) {
        let config = try SMTPConfiguration(url: "smtp://127.0.0.1:\(server.port)", allowPlain: true)
        let client = SMTPClient(configuration: config, timeout: .seconds(1), deadline: deadline)
        let start = Date()
        let outcome = await client.deliver(
            Array("Subject: made up\r\n\r\nMade up.\r\n".utf8), from: "a@example.org", to: ["b@example.org"])
        return (outcome, Date().timeIntervalSince(start))
    }

    @Test func aServerThatTricklesMeetsTheDeadline() async throws {
        let server = try MisbehavingServer { fd in
            // A byte every 0.3 s: never silent for the 1 s timeout, never a whole reply.
            for _ in 0..<40 where MisbehavingServer.send(fd, "2") { Thread.sleep(forTimeInterval: 0.3) }
        }
        let (outcome, seconds) = try await deliver(to: server)
        #expect(outcome == .deferred("connection to 127.0.0.1:\(server.port) lost: the whole message took longer than 2 s"))
        #expect(seconds < 5, "\(seconds) s")
    }

    @Test func anEndlessReplyIsCutOff() async throws {
        let server = try MisbehavingServer { fd in
            guard MisbehavingServer.send(fd, "220 made up\r\n") else { return }
            var buffer = [UInt8](repeating: 0, count: 512)
            _ = recv(fd, &buffer, buffer.count, 0)  // EHLO
            for _ in 0..<100_000 where MisbehavingServer.send(fd, "250-made up\r\n") {}
        }
        let (outcome, seconds) = try await deliver(to: server)
        #expect(outcome == .deferred("connection to 127.0.0.1:\(server.port) lost: the server sent a reply of over 100 lines"))
        #expect(seconds < 5, "\(seconds) s")
    }

    @Test func anEndlessLineIsCutOff() async throws {
        let line = String(repeating: "x", count: 1_000)
        let server = try MisbehavingServer { fd in
            guard MisbehavingServer.send(fd, "220 ") else { return }
            for _ in 0..<20_000 where MisbehavingServer.send(fd, line) {}
        }
        let (outcome, seconds) = try await deliver(to: server)
        guard case .deferred(let reason) = outcome else {
            Issue.record("\(outcome)")
            return
        }
        #expect(reason.hasSuffix("the server sent a reply line over 2048 bytes"), "\(reason)")
        #expect(seconds < 5, "\(seconds) s")
    }
}
