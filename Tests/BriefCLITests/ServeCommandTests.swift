import BriefTestSupport
import Foundation
import Testing

/// `brief serve` as a process: graceful shutdown and hostile clients.
@Suite(.serialized) struct ServeCommandTests {
    /// A running `brief serve --port 0` and the port it printed.
    typealias Server = ServedBrief

    @Test func sigtermFinishesTheRequestInFlightThenExitsZero() throws {
        let server = try Server()
        let client = try run(
            "python3",
            [TestPaths.root + "/Tests/Support/graceful_client.py", String(server.port), String(server.process.processIdentifier)])
        #expect(client.status == 0, "\(client.stdoutText) \(client.stderr)")
        #expect(server.exitStatus(within: 10) == 0)
    }

    @Test func hostileClientsGetClean4xxWhileOthersAreServedAndMemoryStaysFlat() throws {
        let server = try Server(["--body-time-limit", "2"])
        let result = try run(
            "python3",
            [
                TestPaths.root + "/scripts/hostile.py", "--url", "http://127.0.0.1:\(server.port)", "--pid",
                String(server.process.processIdentifier), "--rounds", "2", "--slow-seconds", "4",
            ])
        #expect(result.status == 0, "\(result.stdoutText)\n\(result.stderr)")
        #expect(result.stdoutText.contains("hostile input: passed"))
        #expect(server.process.isRunning)
    }

    @Test func connectionsThatDoNotKeepAliveCloseAfterTheResponse() throws {
        let server = try Server()
        let r = try run("python3", [TestPaths.root + "/Tests/Support/connection_close.py", String(server.port)])
        #expect(r.status == 0, "\(r.stdoutText)\(r.stderr)")
    }

    /// 300 seeded random records (scripts/fuzz_post.py): a 200 or a 4xx every time, never a 5xx.
    /// Awaited, not waited for: a blocked thread of the test pool would starve the in-process
    /// server tests running beside it.
    @Test func randomRecordsNeverGetA5xx() async throws {
        let server = try Server(["--cache", "0"])
        let fuzz = Process()
        fuzz.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        fuzz.arguments = ["python3", TestPaths.root + "/scripts/fuzz_post.py", String(server.port), "300", "15"]
        let out = Pipe()
        fuzz.standardOutput = out
        fuzz.standardError = out
        let status: Int32 = try await withCheckedThrowingContinuation { done in
            fuzz.terminationHandler = { p in done.resume(returning: p.terminationStatus) }
            do { try fuzz.run() } catch { done.resume(throwing: error) }
        }
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(status == 0, "\(text)")
        #expect(text.contains("5xx 0"), "\(text)")
    }

    @Test func badOptionsAreUsageErrors() throws {
        let r = try run(TestPaths.brief, ["serve", "--port", "70000"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--port '70000' is not a port; expected 0 to 65535."))
        // A time limit too large for a Duration was a crash, not a usage error.
        let inf = try run(TestPaths.brief, ["serve", "--time-limit", "inf"])
        #expect(inf.status == 64)
        #expect(inf.stderr.contains("--time-limit 'inf' must be from 0.001 to 3600 seconds."))
    }
}
