import BriefTestSupport
import Foundation
import Testing

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

/// `brief mail --send` against a misbehaving SMTP server on loopback (issue 15, point 5): one that
/// trickles a byte at a time, one that never ends a reply, one with an endless line. Each run ends
/// in bounded time, the message deferred with its reason, and nothing grows without bound. The
/// server and the mail are made up. Through the CLI, so the client runs in a process of its own.
/// Each test is bounded: a hang fails it (the limit allows for a loaded machine running the whole suite).
@Suite(.timeLimit(.minutes(5))) struct SMTPMisbehaviourTests {
    let brief = TestPaths.brief

    /// How long the connection lasted, from the server's side.
    final class Stopwatch: @unchecked Sendable {
        var seconds: Double?
    }

    private func send(to server: MisbehavingServer, deadline: Int) throws -> ProcessResult {
        let outbox = try temporaryFolder()
        return try run(
            brief,
            [
                "mail", "reading", "--to", "jane@example.org", "--send", "--smtp", "smtp://127.0.0.1:\(server.port)",
                "--smtp-plain",
                "--outbox", outbox, "--attempts", "1", "--smtp-deadline", String(deadline),
            ])
    }

    @Test func aServerThatTricklesMeetsTheDeadline() throws {
        let lasted = Stopwatch()
        let server = try MisbehavingServer { fd in
            // A byte every 0.3 s: never silent for the 30 s a step has, never a whole reply; until
            // the client hangs up.
            let start = Date()
            while MisbehavingServer.send(fd, "2"), Date().timeIntervalSince(start) < 300 { Thread.sleep(forTimeInterval: 0.3) }
            lasted.seconds = Date().timeIntervalSince(start)
        }
        let r = try send(to: server, deadline: 2)
        #expect(r.status == 75, "\(r.stderr)")
        #expect(r.stderr.contains("lost: the whole message took longer than 2 s"), "\(r.stderr)")
        #expect((lasted.seconds ?? 0) < 5, "\(String(describing: lasted.seconds)) s")
    }

    @Test func anEndlessReplyIsCutOff() throws {
        let server = try MisbehavingServer { fd in
            guard MisbehavingServer.send(fd, "220 made up\r\n") else { return }
            var buffer = [UInt8](repeating: 0, count: 512)
            _ = recv(fd, &buffer, buffer.count, 0)  // EHLO
            while MisbehavingServer.send(fd, "250-made up\r\n") {}
        }
        let r = try send(to: server, deadline: 60)
        #expect(r.status == 75, "\(r.stderr)")
        #expect(r.stderr.contains("lost: the server sent a reply of over 100 lines"), "\(r.stderr)")
    }

    @Test func anEndlessLineIsCutOff() throws {
        let line = String(repeating: "x", count: 1_000)
        let server = try MisbehavingServer { fd in
            guard MisbehavingServer.send(fd, "220 ") else { return }
            while MisbehavingServer.send(fd, line) {}
        }
        let r = try send(to: server, deadline: 60)
        #expect(r.status == 75, "\(r.stderr)")
        #expect(r.stderr.contains("the server sent a reply line over 2048 bytes"), "\(r.stderr)")
    }
}
